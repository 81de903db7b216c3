package dev.assistcodegen.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Descriptions become HTML of our own tags only, around escaped text. */
class MarkdownHtmlTest {
  @Test
  void paragraphsHeadingsListsQuotesCodeAndTables() {
    assertEquals("""
        <p>One <strong>bold</strong> and <em>soft</em> line
        with <code>a &lt; b</code> and a <a href="https://example.com/?a=1&amp;b=2">link</a>.</p>
        <h3>Top</h3>
        <h4>Below</h4>
        <ul>
        <li>one</li>
        <li>two continued</li>
        </ul>
        <ol>
        <li>first</li>
        </ol>
        <blockquote>
        <p>quoted</p>
        <ul>
        <li>in a list</li>
        </ul>
        </blockquote>
        <pre><code>
        if (a &lt; b) {}
        </code></pre>
        <table>
        <thead>
        <tr><th>A</th><th>B</th></tr>
        </thead>
        <tbody>
        <tr><td><code>x</code></td><td>y | z</td></tr>
        </tbody>
        </table>""", MarkdownHtml.render("""
        One **bold** and *soft* line
        with `a < b` and a [link](https://example.com/?a=1&b=2).

        ## Top
        ### Below

        - one
        - two
          continued

        1. first

        > quoted
        > - in a list

        ```js

        if (a < b) {}
        ```

        | A | B |
        |---|---|
        | `x` | y \\| z |
        """, 3));
  }

  @Test
  void htmlAndUnsafeLinksStayText() {
    assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt; <a href=\"#top\">up</a> x<br>y "
        + "[click &lt;img src=x onerror=alert(1)&gt;](javascript:alert(1)) click</p>",
        MarkdownHtml.render("<script>alert(1)</script> [up](#top) x<br/>y [click <img src=x onerror=alert(1)>]"
            + "(javascript:alert(1)) [click](javascript:void)", 3));
    assertEquals("<p>data</p>", MarkdownHtml.render("[data](data:text/html,alert)", 3));
  }

  @Test
  void emptyTextIsNoHtml() {
    assertEquals("", MarkdownHtml.render("  \n ", 3));
    assertEquals("", MarkdownHtml.render(null, 3));
  }

  private static final String[] PIECES = {"*", "**", "_", "`", "``", "[", "](", ")", "(", "# ", "> ", "- ", "1. ",
      "|", "|---|", "```", "\n", "\n\n", " ", "<", ">", "&", "\"", "'", "<br>", "</script>", "<!--", "javascript:",
      "https://x.example/", "mailto:", "#", "\u2028", "é", "a", "b", "\t", "~~~", "\\|", "&amp;", "&#39;"};
  private static final Pattern TAG = Pattern.compile("<(/?)([a-z0-9]+)((?: [a-z]+=\"[^\"<>]*\")*)>");

  /** Seeded property: whatever the text, the output is our tags (links only to safe targets) around text. */
  @Test
  void anyTextGivesOnlyOurTags() {
    Random random = new Random(20_261_201L);
    for (int i = 0; i < 3_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(40); n >= 0; n--) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String html = MarkdownHtml.render(text.toString(), 3) + MarkdownHtml.inline(text.toString());
      assertOnlyOurTags(html, text.toString());
    }
  }

  static void assertOnlyOurTags(String html, String source) {
    Matcher tag = TAG.matcher(html);
    int at = 0;
    while (tag.find()) {
      assertTrue(html.substring(at, tag.start()).indexOf('<') < 0 && html.substring(at, tag.start()).indexOf('>') < 0,
          "a < or > outside our tags in " + html + " from " + source);
      assertTrue(MarkdownHtml.TAGS.contains(tag.group(2)), "tag " + tag.group() + " from " + source);
      String attributes = tag.group(3);
      assertTrue(attributes.isEmpty() || (tag.group(2).equals("a")
          && attributes.matches(" href=\"(https?://|mailto:|#)[^\"]*\"")), "attributes " + attributes + " from " + source);
      at = tag.end();
    }
    assertTrue(html.substring(at).indexOf('<') < 0 && html.substring(at).indexOf('>') < 0, html);
  }

  @Test
  void longTextTakesLittleTime() {
    List<String> worst = List.of("`".repeat(20_000), "*a".repeat(20_000), "[".repeat(20_000) + "](",
        "_x ".repeat(5_000) + "\n" + "- ".repeat(5_000), "> ".repeat(3_000) + "x", "`a".repeat(4_000) + "``");
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      for (String text : worst) {
        assertOnlyOurTags(MarkdownHtml.render(text, 3), "long text");
      }
    });
  }
}
