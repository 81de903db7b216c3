package dev.assistcodegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assistcodegen.cli.BadInputTest.Run;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The help of every command reads as written: lines break at spaces only (never inside "v2.1.0" or
 * "./assist-codegen-out"), every line of an option's description starts at the description column,
 * a paragraph is never hard-wrapped in the source, and -V is the top command's alone.
 */
class HelpTextTest {
  private static final int WIDTH = 80;

  /** The help of {@code command} ("top": the top command) and its spec. */
  private static Help help(String command) {
    CommandLine top = AssistCodegen.commandLine();
    boolean isTop = command.equals("top");
    CommandLine cmd = isTop ? top : top.getSubcommands().get(command);
    Run r = isTop ? BadInputTest.run("--help") : BadInputTest.run(command, "--help");
    assertEquals(0, r.exit(), r.stderr());
    return new Help(r.stdout(), cmd.getCommandSpec());
  }

  record Help(String text, CommandSpec spec) {
    List<String> lines() {
      return text.lines().toList();
    }

    /** Every paragraph of running text the help shows: description, footer, options, commands. */
    List<String> paragraphs() {
      List<String> paragraphs = new ArrayList<>();
      paragraphs.addAll(Arrays.asList(spec.usageMessage().description()));
      paragraphs.addAll(Arrays.asList(spec.usageMessage().footer()));
      for (OptionSpec option : spec.options()) {
        if (!option.hidden()) {
          paragraphs.addAll(Arrays.asList(option.description()));
        }
      }
      for (CommandLine command : spec.subcommands().values()) {
        // the commands list shows a command's header, or else the first paragraph of its description
        String[] header = command.getCommandSpec().usageMessage().header();
        paragraphs.add(header.length > 0 ? header[0] : command.getCommandSpec().usageMessage().description()[0]);
      }
      paragraphs.replaceAll(p -> p.replace("%n", ""));
      paragraphs.removeIf(p -> p.isBlank() || p.startsWith("  "));
      return paragraphs;
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"top", "generate", "roles", "languages", "validate"})
  void linesBreakAtSpacesOnly(String command) {
    Help help = help(command);
    List<String> words = Arrays.asList(help.text().strip().split("\\s+"));
    for (String paragraph : help.paragraphs()) {
      List<String> expected = Arrays.asList(paragraph.strip().split("\\s+"));
      assertTrue(java.util.Collections.indexOfSubList(words, expected) >= 0,
          "help breaks a word of:\n" + paragraph + "\n\n" + help.text());
    }
    for (String line : help.lines()) {
      assertTrue(line.length() <= WIDTH || !line.strip().contains(" "), "line longer than " + WIDTH + ": " + line);
    }
  }

  /** A paragraph in the source is one element: it ends a sentence (or a heading), it is not a hard-wrapped line. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"top", "generate", "roles", "languages", "validate"})
  void noParagraphIsHardWrappedInTheSource(String command) {
    for (String paragraph : help(command).paragraphs()) {
      assertTrue(paragraph.strip().matches("(?s).*[.:?!)]"), "a paragraph that does not end a sentence: " + paragraph);
    }
  }

  /** In the option list every line of every description, the first and the continued ones, starts at one column. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"top", "generate", "roles", "languages", "validate"})
  void everyLineOfADescriptionStartsAtTheDescriptionColumn(String command) {
    Help help = help(command);
    List<String> lines = help.lines();
    int start = 0;
    while (start < lines.size() && !lines.get(start).matches("( {2}-| {6}--)\\S.*")) {
      start++;
    }
    assertTrue(start < lines.size(), "no option list in\n" + help.text());
    // a row: up to 6 spaces, the names, 2 or more spaces, the description; else a continued description
    Pattern row = Pattern.compile("^ {2,6}-\\S*(?:, \\S+)?( {2,})\\S");
    List<Integer> columns = new ArrayList<>();
    for (String line : lines.subList(start, lines.size())) {
      if (line.isEmpty()) {
        break;
      }
      int indent = line.length() - line.stripLeading().length();
      Matcher m = row.matcher(line);
      if (indent > 6) {
        columns.add(indent);
      } else if (m.find()) {
        columns.add(m.end(1));
      }
    }
    assertTrue(columns.size() > 1, help.text());
    assertEquals(List.of(columns.get(0)), columns.stream().distinct().toList(), help.text());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"generate", "roles", "languages", "validate"})
  void onlyTheTopCommandOffersVersion(String command) {
    assertFalse(help(command).text().contains("--version"), help(command).text());
    assertTrue(help("top").text().contains("-V, --version"), help("top").text());
  }

  @org.junit.jupiter.api.Test
  void theTopCommandListsTheCommandsNotGeneratesOptions() {
    String text = help("top").text();
    assertTrue(text.startsWith("Usage: assist-codegen [OPTIONS] [COMMAND]"), text);
    assertFalse(text.contains("--spec="), text);
    assertTrue(text.replaceAll("\\s+", " ")
        .contains("'assist-codegen --spec api.yaml' is 'assist-codegen generate --spec api.yaml'"), text);
    for (String command : List.of("generate", "validate", "roles", "languages", "help")) {
      assertTrue(text.contains("\n  " + command + " "), command + " missing from:\n" + text);
    }
  }
}
