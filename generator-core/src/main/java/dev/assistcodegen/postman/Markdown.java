package dev.assistcodegen.postman;

/** Keeps spec text from breaking the Markdown we put it in. */
final class Markdown {
  private Markdown() {}

  /** Text for a table cell: one line, pipes escaped. */
  static String cell(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ").strip();
  }

  /** Inline code that survives backticks in the text. */
  static String code(String text) {
    String t = text == null ? "" : text.replaceAll("\\R", " ");
    int longest = 0;
    int run = 0;
    for (char c : t.toCharArray()) {
      run = c == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    String pad = t.startsWith("`") || t.endsWith("`") ? " " : "";
    return fence + pad + t + pad + fence;
  }
}
