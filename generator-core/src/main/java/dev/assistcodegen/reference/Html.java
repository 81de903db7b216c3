package dev.assistcodegen.reference;

/**
 * Text as HTML: every character that could open a tag, an entity or end a quoted attribute value is
 * written as a character reference, so spec text is only ever text, in an element or in a
 * double-quoted attribute.
 */
final class Html {
  private Html() {}

  /** {@code text} for element content or a double-quoted attribute value. */
  static String text(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String entity = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> null;
      };
      if (entity == null) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      out.append(entity);
    }
    return out == null ? text : out.toString();
  }

  /** {@code text} on one line (line breaks and runs of white space as one space), as HTML. */
  static String line(String text) {
    return text(text == null ? "" : text.replaceAll("\\s+", " ").strip());
  }
}
