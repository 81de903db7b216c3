package dev.assistcodegen.snippets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a snippet defines and never uses: imports, requires, usings and helper functions, read with
 * one rule per language (the languages' own tools do not report these: javac, mcs, node, php, ruby
 * and bash keep silent about an unused import or function; Python's is checked with its own parser
 * in {@link SnippetStrictIT}). A snippet is a program a person reads, so each line should be needed.
 */
final class SnippetDeadCode {
  /** A definition: the pattern finds the name in group 1, the use is the name's word elsewhere. */
  private record Rule(String what, Pattern definition, String useSuffix) {}

  private static final Map<String, List<Rule>> RULES = Map.of(
      "java", List.of(
          new Rule("import", Pattern.compile("(?m)^import (?:static )?[\\w.]+\\.(\\w+);$"), ""),
          new Rule("method", Pattern.compile("(?m)^\\s+(?:private |public )?static [\\w<>\\[\\], ]+ (\\w+)\\("), "\\(")),
      "csharp", List.of(
          new Rule("method", Pattern.compile("(?m)^\\s+(?:private |public |internal )?static [\\w<>\\[\\], ]+ (\\w+)\\("),
              "\\(")),
      "go", List.of(new Rule("function", Pattern.compile("(?m)^func (\\w+)\\("), "\\(")),
      "javascript", List.of(
          new Rule("function", Pattern.compile("(?m)^(?:async )?function (\\w+)\\("), "\\("),
          new Rule("require", Pattern.compile("(?m)^const (\\w+) = require\\("), "")),
      "ruby", List.of(new Rule("method", Pattern.compile("(?m)^def (\\w+)"), "")),
      "php", List.of(new Rule("function", Pattern.compile("(?m)^function (\\w+)\\("), "\\(")),
      "powershell", List.of(new Rule("function", Pattern.compile("(?m)^function ([\\w-]+)"), "")),
      "bash", List.of(new Rule("function", Pattern.compile("(?m)^(\\w+)\\(\\) \\{"), "")));

  /** The types each namespace a C# snippet may use brings, to tell a needed using from a dead one. */
  private static final Map<String, Pattern> CSHARP_NAMESPACES = Map.of(
      "System", Pattern.compile("\\b(?:Console|Environment|Uri|Convert|Exception|String|Math|TimeSpan)\\b"),
      "System.IO", Pattern.compile("\\b(?:File|Path|Stream|MemoryStream)\\b"),
      "System.Net.Http", Pattern.compile("\\b(?:Http\\w+|\\w+Content)\\b"),
      "System.Text", Pattern.compile("\\b(?:Encoding|StringBuilder)\\b"),
      "System.Text.RegularExpressions", Pattern.compile("\\b(?:Regex|Match)\\b"),
      "System.Security.Cryptography", Pattern.compile("\\b(?:MD5|SHA\\d+)\\b"));

  private SnippetDeadCode() {}

  /** The language whose rules apply to snippets of {@code languageId}. */
  private static String rules(String languageId) {
    return switch (languageId) {
      case "curl", "httpie", "wget" -> "bash";
      case "python", "python-requests" -> "python";
      default -> languageId;
    };
  }

  /** One line per dead definition of {@code text}, a snippet of {@code languageId}: "line N: method x is never used". */
  static List<String> of(String languageId, String text) {
    String language = rules(languageId);
    List<String> dead = new ArrayList<>();
    for (Rule rule : RULES.getOrDefault(language, List.of())) {
      Matcher m = rule.definition().matcher(text);
      while (m.find()) {
        String name = m.group(1);
        if (name.equals("main") || name.equals("Main")) {
          continue;
        }
        String rest = code(text.substring(0, m.start()) + text.substring(m.end()));
        if (!Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])" + rule.useSuffix()).matcher(rest).find()) {
          dead.add("line " + line(text, m.start()) + ": " + rule.what() + " " + name + " is never used");
        }
      }
    }
    if (language.equals("ruby")) {
      requires(text, dead);
    }
    if (language.equals("csharp")) {
      usings(text, dead);
    }
    return dead;
  }

  /** {@code require 'net/http'} is used when a constant named like its last part appears ({@code Net::HTTP}). */
  private static void requires(String text, List<String> dead) {
    Matcher m = Pattern.compile("(?m)^require '([\\w/]+)'$").matcher(text);
    while (m.find()) {
      String library = m.group(1).substring(m.group(1).lastIndexOf('/') + 1).replace("_", "").toLowerCase(Locale.ROOT);
      Matcher constant = Pattern.compile("\\b[A-Z]\\w*").matcher(code(text.substring(0, m.start()) + text.substring(m.end())));
      boolean used = false;
      while (!used && constant.find()) {
        used = constant.group().toLowerCase(Locale.ROOT).equals(library);
      }
      if (!used) {
        dead.add("line " + line(text, m.start()) + ": require '" + m.group(1) + "' is never used");
      }
    }
  }

  private static void usings(String text, List<String> dead) {
    Matcher m = Pattern.compile("(?m)^using ([\\w.]+);$").matcher(text);
    while (m.find()) {
      Pattern types = CSHARP_NAMESPACES.get(m.group(1));
      String rest = code(text.substring(0, m.start()) + text.substring(m.end()));
      if (types == null) {
        dead.add("line " + line(text, m.start()) + ": using " + m.group(1) + " (no rule says which types it brings)");
      } else if (!types.matcher(rest.replaceAll("(?m)^using .*$", "")).find()) {
        dead.add("line " + line(text, m.start()) + ": using " + m.group(1) + " is never used");
      }
    }
  }

  /** The text without its comment lines ("file to upload" in a header comment is no call of upload). */
  private static String code(String text) {
    return text.replaceAll("(?m)^\\s*(?:#|//).*$", "");
  }

  private static int line(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
