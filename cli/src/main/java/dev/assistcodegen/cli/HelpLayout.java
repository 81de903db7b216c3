package dev.assistcodegen.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Lays out the help text: every paragraph wrapped at spaces only, and every line of a description at
 * the same column. picocli's own wrapping breaks inside words wherever Java's line BreakIterator allows
 * (after '.', before '/', after '-': "v2." / "1.0", "into ." / "/assist-codegen-out.") and indents
 * continuation lines, so a second paragraph started left of the first one's continuation.
 */
final class HelpLayout {
  /** The widest left column (option names) before a description moves to the next line. */
  private static final int MAX_NAMES = 30;

  private HelpLayout() {}

  /** Uses this layout for {@code cmd} and all its subcommands. */
  static void applyTo(CommandLine cmd) {
    Map<String, CommandLine.IHelpSectionRenderer> sections = cmd.getHelpSectionMap();
    sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION,
        help -> paragraphs(help.commandSpec().usageMessage().description(), width(help)));
    sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER,
        help -> paragraphs(help.commandSpec().usageMessage().footer(), width(help)));
    sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, HelpLayout::options);
    sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_PARAMETER_LIST, HelpLayout::parameters);
    sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, HelpLayout::commands);
    cmd.getSubcommands().values().forEach(HelpLayout::applyTo);
  }

  private static int width(Help help) {
    return help.commandSpec().usageMessage().width();
  }

  /** The options not hidden, help and version last, as a two-column table. */
  private static String options(Help help) {
    List<Row> rows = new ArrayList<>();
    List<Row> last = new ArrayList<>();
    for (OptionSpec option : help.commandSpec().options()) {
      if (option.hidden()) {
        continue;
      }
      String shortName = option.shortestName().startsWith("--") ? "    " : option.shortestName() + ", ";
      String label = help.parameterLabelRenderer().renderParameterLabel(option, Help.Ansi.OFF, List.of()).toString();
      Row row = new Row("  " + shortName + option.longestName() + label, List.of(option.description()));
      (option.usageHelp() || option.versionHelp() ? last : rows).add(row);
    }
    rows.addAll(last);
    return table(rows, width(help));
  }

  private static String parameters(Help help) {
    List<Row> rows = new ArrayList<>();
    for (PositionalParamSpec parameter : help.commandSpec().positionalParameters()) {
      if (!parameter.hidden()) {
        rows.add(new Row("  " + parameter.paramLabel() + (parameter.isMultiValue() ? "..." : ""),
            List.of(parameter.description())));
      }
    }
    return table(rows, width(help));
  }

  /** Each command with the first paragraph of its description. */
  private static String commands(Help help) {
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<String, CommandLine> command : help.commandSpec().subcommands().entrySet()) {
      CommandSpec spec = command.getValue().getCommandSpec();
      if (spec.usageMessage().hidden()) {
        continue;
      }
      String[] text = spec.usageMessage().header().length > 0 ? spec.usageMessage().header()
          : spec.usageMessage().description();
      rows.add(new Row("  " + command.getKey(), text.length == 0 ? List.of() : List.of(text[0])));
    }
    return table(rows, width(help));
  }

  /** Rows of names and descriptions; each description paragraph wrapped, all lines at one column. */
  static String table(List<Row> rows, int width) {
    int column = 2 + rows.stream().mapToInt(r -> r.names().length()).filter(n -> n + 2 <= MAX_NAMES)
        .max().orElse(MAX_NAMES - 2);
    StringBuilder out = new StringBuilder();
    for (Row row : rows) {
      List<String> lines = new ArrayList<>();
      for (String paragraph : row.paragraphs()) {
        lines.addAll(wrap(paragraph, width - column));
      }
      String first = lines.isEmpty() ? "" : lines.remove(0);
      if (row.names().length() + 2 > column) {
        out.append(row.names()).append(System.lineSeparator());
        out.append(" ".repeat(column)).append(first).append(System.lineSeparator());
      } else {
        out.append(pad(row.names(), column)).append(first).append(System.lineSeparator());
      }
      for (String line : lines) {
        out.append(" ".repeat(column)).append(line).append(System.lineSeparator());
      }
    }
    return out.toString().replaceAll("(?m) +$", "");
  }

  /**
   * Paragraphs of running text wrapped to the width; a line that starts with two spaces is kept as it is,
   * and {@code %n} (picocli's line break, used by its own help command) starts a new paragraph.
   */
  static String paragraphs(String[] elements, int width) {
    List<String> paragraphs = new ArrayList<>();
    for (String element : elements) {
      paragraphs.addAll(List.of(element.split("%n", -1)));
    }
    StringBuilder out = new StringBuilder();
    for (String paragraph : paragraphs) {
      List<String> lines = paragraph.startsWith("  ") ? List.of(paragraph) : wrap(paragraph, width);
      for (String line : lines.isEmpty() ? List.of("") : lines) {
        out.append(line).append(System.lineSeparator());
      }
    }
    return out.toString();
  }

  /** Greedy wrapping at spaces; a word longer than the width gets a line of its own, unbroken. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split(" +")) {
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }

  /** One row of a table: the names on the left, the description's paragraphs on the right. */
  record Row(String names, List<String> paragraphs) {
    Row {
      paragraphs = List.copyOf(paragraphs);
    }
  }
}
