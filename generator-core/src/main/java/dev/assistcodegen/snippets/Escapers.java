package dev.assistcodegen.snippets;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * String literals and comments for every snippet language. Each function turns any text
 * (quotes, backslashes, control characters, {@code $()}, {@code #{}}, {@code <?php}, U+2028 ...)
 * into a complete literal of its language that evaluates to exactly that text. Where a
 * language cannot hold a character at all (NUL in a bash argument) the character is dropped.
 */
public final class Escapers {
  private Escapers() {}

  /** Literal kinds by the name a language descriptor uses ({@code literal: python}). */
  private static final Map<String, UnaryOperator<String>> BY_NAME = Map.ofEntries(
      Map.entry("bash", Escapers::bash),
      Map.entry("powershell", Escapers::powershell),
      Map.entry("python", Escapers::python),
      Map.entry("javascript", Escapers::javascript),
      Map.entry("java", Escapers::java),
      Map.entry("csharp", Escapers::csharp),
      Map.entry("go", Escapers::go),
      Map.entry("ruby", Escapers::ruby),
      Map.entry("php", Escapers::php));

  /** The literal function named {@code name}, or null. */
  public static UnaryOperator<String> named(String name) {
    return BY_NAME.get(name);
  }

  public static Set<String> names() {
    return new TreeSet<>(BY_NAME.keySet());
  }

  /** Bash single-quoted word: nothing inside is special except the quote itself; NUL dropped. */
  public static String bash(String s) {
    return "'" + s.replace("\0", "").replace("'", "'\\''") + "'";
  }

  /**
   * PowerShell single-quoted string. PowerShell also ends such strings at the typographic
   * quotes U+2018..U+201B, so they are doubled too. Characters outside printable ASCII are
   * joined in as {@code [char]0x....} so the script survives any file encoding (Windows
   * PowerShell 5.1 reads BOM-less files as ANSI).
   */
  public static String powershell(String s) {
    StringBuilder out = new StringBuilder();
    StringBuilder run = new StringBuilder();
    boolean joined = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7f) {
        run.append(c == '\'' ? "''" : String.valueOf(c));
        continue;
      }
      out.append(joined ? " + " : "").append('\'').append(run).append('\'');
      run.setLength(0);
      out.append(" + [char]0x").append(hex4(c));
      joined = true;
    }
    if (!joined) {
      return "'" + run + "'";
    }
    if (run.length() > 0) {
      out.append(" + '").append(run).append('\'');
    }
    return "(" + out + ")";
  }

  /** Python str literal, ASCII only. */
  public static String python(String s) {
    StringBuilder out = new StringBuilder("\"");
    s.codePoints().forEach(cp -> {
      switch (cp) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (cp >= 0x20 && cp < 0x7f) {
            out.appendCodePoint(cp);
          } else if (cp < 0x100) {
            out.append("\\x").append(hex2(cp));
          } else if (cp < 0x10000) {
            out.append("\\u").append(hex4(cp));
          } else {
            out.append(String.format(Locale.ROOT, "\\U%08x", cp));
          }
        }
      }
    });
    return out.append('"').toString();
  }

  /** JavaScript string literal, ASCII only (so U+2028 and template syntax are inert). */
  public static String javascript(String s) {
    return cStyle(s, Dialect.PLAIN);
  }

  /**
   * Java string literal, ASCII only. A backslash is always doubled, so no {@code \\u} escape
   * can be formed (Java decodes those before it even reads the string).
   */
  public static String java(String s) {
    if (s.length() <= JAVA_CHUNK) {
      return cStyle(s, Dialect.JAVA);
    }
    // a constant string may not exceed 65,535 bytes of modified UTF-8 (javac: "constant string
    // too long"), and javac folds "a" + "b" into one constant; String.join is not a constant
    StringBuilder out = new StringBuilder("String.join(\"\"");
    for (int i = 0; i < s.length(); i += JAVA_CHUNK) {
      out.append(", ").append(cStyle(s.substring(i, Math.min(s.length(), i + JAVA_CHUNK)), Dialect.JAVA));
    }
    return out.append(')').toString();
  }

  /** Characters per Java literal: at most 3 bytes each, well below the 65,535-byte constant limit. */
  static final int JAVA_CHUNK = 16_000;

  /** C# regular string literal, ASCII only ({@code \\x} is avoided: it takes up to four digits). */
  public static String csharp(String s) {
    return cStyle(s, Dialect.PLAIN);
  }

  /** Go interpreted string literal, ASCII only; code points above U+FFFF as {@code \\U}. */
  public static String go(String s) {
    return cStyle(s, Dialect.GO);
  }

  /** Ruby double-quoted string with {@code #} and every non-ASCII character escaped. */
  public static String ruby(String s) {
    StringBuilder out = new StringBuilder("\"");
    s.codePoints().forEach(cp -> {
      switch (cp) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '#' -> out.append("\\#");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (cp >= 0x20 && cp < 0x7f) {
            out.appendCodePoint(cp);
          } else {
            out.append("\\u{").append(Integer.toHexString(cp)).append('}');
          }
        }
      }
    });
    return out.append('"').toString();
  }

  /** PHP double-quoted string with {@code $} and every non-ASCII character escaped. */
  public static String php(String s) {
    StringBuilder out = new StringBuilder("\"");
    s.codePoints().forEach(cp -> {
      switch (cp) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '$' -> out.append("\\$");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (cp >= 0x20 && cp < 0x7f) {
            out.appendCodePoint(cp);
          } else if (cp < 0x80) {
            out.append("\\x").append(hex2(cp));
          } else {
            out.append("\\u{").append(Integer.toHexString(cp)).append('}');
          }
        }
      }
    });
    return out.append('"').toString();
  }

  /**
   * Text safe inside a line comment of any of our languages: one line, printable ASCII
   * (others as {@code ?}), no {@code ?>} (ends PHP code even in a comment), no backslash-u
   * (a Java unicode escape is decoded even in comments), no {@code *}{@code /}.
   */
  public static String comment(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints().forEach(cp -> {
      if (cp >= 0x20 && cp < 0x7f) {
        out.appendCodePoint(cp);
      } else if (Character.isWhitespace(cp) || Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029) {
        out.append(' ');
      } else {
        out.append('?');
      }
    });
    return out.toString().replace("?>", "? >").replace("\\", "/").replace("*/", "* /").strip();
  }

  private enum Dialect { PLAIN, JAVA, GO }

  private static String cStyle(String s, Dialect dialect) {
    boolean go = dialect == Dialect.GO;
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c >= 0x20 && c < 0x7f) {
            out.append(c);
          } else if (dialect == Dialect.JAVA && c < 0x80) {
            // octal: Java decodes unicode escapes before lexing, so a control character must not be one
            out.append(String.format(Locale.ROOT, "\\%03o", (int) c));
          } else if (go) {
            int cp = s.codePointAt(i);
            if (Character.isSurrogate(c) && Character.charCount(cp) == 1) {
              cp = 0xfffd; // a lone surrogate is not text; Go would reject its escape
            }
            if (cp > 0xffff) {
              out.append(String.format(Locale.ROOT, "\\U%08x", cp));
              i++;
            } else {
              out.append("\\u").append(hex4(cp));
            }
          } else {
            out.append("\\u").append(hex4(c));
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static String hex2(int c) {
    return String.format(Locale.ROOT, "%02x", c);
  }

  private static String hex4(int c) {
    return String.format(Locale.ROOT, "%04x", c);
  }
}
