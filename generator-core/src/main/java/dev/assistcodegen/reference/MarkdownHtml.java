package dev.assistcodegen.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A safe subset of Markdown as HTML, for the descriptions of a spec: paragraphs, headings, lists,
 * block quotes, fenced code, simple tables, and inline code, bold, italics and links. Every piece of
 * spec text is escaped ({@link Html#text}) before it is put between tags of our own; HTML in the
 * spec is shown as text, never passed through, and a link keeps its target only when that is
 * http(s), mailto or a fragment. The output uses only the tags of {@link #TAGS}.
 */
final class MarkdownHtml {
  /** Every tag the output may contain. */
  static final List<String> TAGS = List.of("p", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre",
      "code", "strong", "em", "a", "table", "thead", "tbody", "tr", "th", "td", "br");

  private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,}).*");
  private static final Pattern HEADING = Pattern.compile(" {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*");
  private static final Pattern ITEM = Pattern.compile("( *)([-*+]|\\d{1,9}[.)])\\s+(.*)");
  private static final Pattern QUOTE = Pattern.compile(" {0,3}> ?(.*)");
  private static final Pattern TABLE_RULE = Pattern.compile("\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*");
  /** A run of backticks, the shortest text, the same run again (runs are whole: no backtracking into them). */
  private static final Pattern CODE_SPAN = Pattern.compile("(?<!`)(`++)(?!`)(.+?)(?<!`)\\1(?!`)");
  private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]]+)\\]\\(\\s*([^()\\s]+)\\s*\\)");
  private static final Pattern STRONG = Pattern.compile("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*|__(?=\\S)(.+?)(?<=\\S)__");
  private static final Pattern EMPHASIS = Pattern.compile("(?<![*\\w])\\*(?=\\S)(.+?)(?<=\\S)\\*(?![*\\w])"
      + "|(?<![_\\w])_(?=\\S)(.+?)(?<=\\S)_(?![_\\w])");
  private static final Pattern SAFE_URL = Pattern.compile("(?i)(https?://|mailto:|#)[^\\s]*");
  private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");
  /**
   * Longer text is shown escaped, without inline Markdown: the inline patterns may look ahead to the end
   * of the text from each of its characters, and a description is not worth seconds of a run.
   */
  private static final int MAX_INLINE = 10_000;
  /** Deeper block quotes are shown as the text they hold. */
  private static final int MAX_QUOTE_DEPTH = 4;

  private final int topHeading;

  /** {@code topHeading}: the HTML level (3 to 6) of the description's own largest heading. */
  private MarkdownHtml(int topHeading) {
    this.topHeading = Math.max(3, Math.min(6, topHeading));
  }

  /** {@code markdown} as HTML; its largest heading becomes an {@code h<topHeading>}. */
  static String render(String markdown, int topHeading) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    List<String> lines = List.of(markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    StringBuilder out = new StringBuilder();
    MarkdownHtml renderer = new MarkdownHtml(topHeading);
    renderer.blocks(lines, out, 0, largestHeading(lines));
    return out.toString().strip();
  }

  /** The text of one line of Markdown (a name, a summary) as inline HTML. */
  static String inline(String markdown) {
    return inlineText(markdown == null ? "" : markdown.replaceAll("\\s+", " ").strip());
  }

  private static int largestHeading(List<String> lines) {
    int largest = 6;
    if (lines.stream().noneMatch(l -> l.indexOf('#') >= 0)) {
      return largest;
    }
    boolean inFence = false;
    for (String line : lines) {
      if (FENCE.matcher(line).matches()) {
        inFence = !inFence;
      }
      Matcher h = HEADING.matcher(line);
      if (!inFence && h.matches()) {
        largest = Math.min(largest, h.group(1).length());
      }
    }
    return largest;
  }

  private void blocks(List<String> lines, StringBuilder out, int depth, int largest) {
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i);
      if (line.isBlank()) {
        i++;
        continue;
      }
      if (!mayStartBlock(line)) {
        i = paragraph(lines, i, out);
        continue;
      }
      Matcher fence = FENCE.matcher(line);
      Matcher heading = HEADING.matcher(line);
      if (fence.matches()) {
        i = fence(lines, i, fence.group(1), out);
      } else if (heading.matches()) {
        // relative to the text's largest heading; a quote's own headings may be larger than those around it
        int level = Math.max(topHeading, Math.min(6, topHeading + heading.group(1).length() - largest));
        out.append("<h").append(level).append('>').append(inlineText(heading.group(2))).append("</h").append(level)
            .append(">\n");
        i++;
      } else if (QUOTE.matcher(line).matches()) {
        i = quote(lines, i, out, depth, largest);
      } else if (ITEM.matcher(line).matches()) {
        i = list(lines, i, out);
      } else if (isTable(lines, i)) {
        i = table(lines, i, out);
      } else {
        i = paragraph(lines, i, out);
      }
    }
  }

  private static int fence(List<String> lines, int start, String marker, StringBuilder out) {
    StringBuilder code = new StringBuilder();
    int i = start + 1;
    for (; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.strip().startsWith(marker) && line.strip().replace(marker.substring(0, 1), "").isEmpty()) {
        i++;
        break;
      }
      code.append(line).append('\n');
    }
    // a line break right after <pre> is dropped by HTML parsers: a leading empty line needs a second one
    out.append("<pre><code>").append(Html.text(code.toString())).append("</code></pre>\n");
    return i;
  }

  private int quote(List<String> lines, int start, StringBuilder out, int depth, int largest) {
    List<String> inner = new ArrayList<>();
    int i = start;
    for (; i < lines.size(); i++) {
      Matcher q = QUOTE.matcher(lines.get(i));
      if (!q.matches()) {
        break;
      }
      inner.add(q.group(1));
    }
    out.append("<blockquote>\n");
    if (depth + 1 >= MAX_QUOTE_DEPTH) {
      paragraph(inner, 0, out);
    } else {
      blocks(inner, out, depth + 1, largest);
    }
    out.append("</blockquote>\n");
    return i;
  }

  /** One list (nested items are shown at one level); lines indented under an item continue it. */
  private static int list(List<String> lines, int start, StringBuilder out) {
    Matcher first = ITEM.matcher(lines.get(start));
    first.matches();
    boolean ordered = Character.isDigit(first.group(2).charAt(0));
    String tag = ordered ? "ol" : "ul";
    out.append('<').append(tag).append(">\n");
    int i = start;
    StringBuilder item = null;
    for (; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher m = ITEM.matcher(line);
      if (m.matches() && Character.isDigit(m.group(2).charAt(0)) != ordered) {
        break;
      }
      if (m.matches()) {
        closeItem(item, out);
        item = new StringBuilder(m.group(3));
      } else if (!line.isBlank() && (Character.isWhitespace(line.charAt(0)) || !startsBlock(line))) {
        item.append(' ').append(line.strip());
      } else if (line.isBlank() && i + 1 < lines.size() && (ITEM.matcher(lines.get(i + 1)).matches()
          || lines.get(i + 1).startsWith("  "))) {
        continue;
      } else {
        break;
      }
    }
    closeItem(item, out);
    out.append("</").append(tag).append(">\n");
    return i;
  }

  private static void closeItem(StringBuilder item, StringBuilder out) {
    if (item != null) {
      out.append("<li>").append(inlineText(item.toString().strip())).append("</li>\n");
    }
  }

  private static boolean startsBlock(String line) {
    return mayStartBlock(line) && (FENCE.matcher(line).matches() || HEADING.matcher(line).matches()
        || QUOTE.matcher(line).matches());
  }

  /** False when {@code line}'s first visible character starts no block but a paragraph (most lines: no pattern to try). */
  private static boolean mayStartBlock(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != ' ' && c != '\t') {
        return c == '`' || c == '~' || c == '#' || c == '>' || c == '-' || c == '*' || c == '+' || c == '|'
            || (c >= '0' && c <= '9');
      }
    }
    return false;
  }

  private static boolean isTable(List<String> lines, int i) {
    return lines.get(i).strip().startsWith("|") && i + 1 < lines.size()
        && TABLE_RULE.matcher(lines.get(i + 1)).matches() && lines.get(i + 1).contains("-");
  }

  private static int table(List<String> lines, int start, StringBuilder out) {
    out.append("<table>\n<thead>\n").append(row(lines.get(start), "th")).append("</thead>\n<tbody>\n");
    int i = start + 2;
    for (; i < lines.size() && lines.get(i).strip().startsWith("|"); i++) {
      out.append(row(lines.get(i), "td"));
    }
    out.append("</tbody>\n</table>\n");
    return i;
  }

  private static String row(String line, String cell) {
    String text = line.strip();
    text = text.substring(1);
    if (text.endsWith("|") && !text.endsWith("\\|")) {
      text = text.substring(0, text.length() - 1);
    }
    StringBuilder out = new StringBuilder("<tr>");
    for (String c : text.split("(?<!\\\\)\\|", -1)) {
      out.append('<').append(cell).append('>').append(inlineText(c.strip().replace("\\|", "|"))).append("</")
          .append(cell).append('>');
    }
    return out.append("</tr>\n").toString();
  }

  private static int paragraph(List<String> lines, int start, StringBuilder out) {
    List<String> text = new ArrayList<>();
    int i = start;
    for (; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || (i > start && mayStartBlock(line) && (startsBlock(line) || ITEM.matcher(line).matches()
          || isTable(lines, i)))) {
        break;
      }
      text.add(line.strip());
    }
    out.append("<p>").append(inlineText(String.join("\n", text))).append("</p>\n");
    return i;
  }

  /** Inline Markdown: code spans first (their text is literal), then links, then bold and italics. */
  static String inlineText(String text) {
    if (text.length() > MAX_INLINE) {
      return Html.text(text);
    }
    if (text.indexOf('`') < 0) {
      return links(text);
    }
    StringBuilder out = new StringBuilder();
    Matcher code = CODE_SPAN.matcher(text);
    int at = 0;
    while (code.find()) {
      out.append(links(text.substring(at, code.start())));
      out.append("<code>").append(Html.text(code.group(2).strip().isEmpty() ? code.group(2) : code.group(2).strip()))
          .append("</code>");
      at = code.end();
    }
    out.append(links(text.substring(at)));
    return out.toString();
  }

  private static String links(String text) {
    if (text.indexOf("](") < 0) {
      return emphasis(text);
    }
    StringBuilder out = new StringBuilder();
    Matcher link = LINK.matcher(text);
    int at = 0;
    while (link.find()) {
      out.append(emphasis(text.substring(at, link.start())));
      String url = link.group(2);
      if (SAFE_URL.matcher(url).matches()) {
        out.append("<a href=\"").append(Html.text(url)).append("\">").append(emphasis(link.group(1))).append("</a>");
      } else {
        out.append(emphasis(link.group(1)));
      }
      at = link.end();
    }
    out.append(emphasis(text.substring(at)));
    return out.toString();
  }

  /** Bold and italics on escaped text: the tags are ours, everything between them was escaped first. */
  private static String emphasis(String raw) {
    if (raw.indexOf('*') < 0 && raw.indexOf('_') < 0 && raw.indexOf('<') < 0) {
      return Html.text(raw);
    }
    String[] pieces = raw.indexOf('<') < 0 ? new String[] {raw} : BREAK.split(raw, -1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pieces.length; i++) {
      if (i > 0) {
        out.append("<br>");
      }
      String html = Html.text(pieces[i]);
      if (html.indexOf('*') < 0 && html.indexOf('_') < 0) {
        out.append(html);
        continue;
      }
      html = STRONG.matcher(html).replaceAll(m -> "<strong>" + Matcher.quoteReplacement(
          m.group(1) != null ? m.group(1) : m.group(2)) + "</strong>");
      html = EMPHASIS.matcher(html).replaceAll(m -> "<em>" + Matcher.quoteReplacement(
          m.group(1) != null ? m.group(1) : m.group(2)) + "</em>");
      out.append(html);
    }
    return out.toString();
  }

  /** For tests: the lower-case name of every tag in {@code html}, in order. */
  static List<String> tagsOf(String html) {
    List<String> tags = new ArrayList<>();
    Matcher m = Pattern.compile("<\\s*/?\\s*([^\\s>/]+)").matcher(html);
    while (m.find()) {
      tags.add(m.group(1).toLowerCase(Locale.ROOT));
    }
    return tags;
  }
}
