package dev.assistcodegen.load;

import dev.assistcodegen.GenerationException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns swagger-parser's notes about references it could not load into one clear error. */
final class RefProblems {
  private static final Pattern UNLOADABLE = Pattern.compile("(?i)unable to load (?:\\w+ )?ref:? *([^ ]+)");

  private RefProblems() {}

  static void check(SpecSource source, List<String> messages) {
    if (messages == null) {
      return;
    }
    for (String message : messages) {
      Matcher m = UNLOADABLE.matcher(message);
      if (m.find()) {
        throw unresolved(source, m.group(1), null);
      }
    }
  }

  /** An error for a reference that points nowhere, with the line it is written on. */
  static GenerationException unresolved(SpecSource source, String ref, String where) {
    int line = lineOf(source.text(), ref);
    String position = line > 0 ? ":" + line : "";
    return new GenerationException(source.displayName() + position + ": unresolved $ref '" + ref + "'"
        + (where == null ? "" : " (used at " + where + ")"));
  }

  private static int lineOf(String text, String needle) {
    int at = text.indexOf(needle);
    if (at < 0) {
      return -1;
    }
    int line = 1;
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
