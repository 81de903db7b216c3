package dev.assistcodegen.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Spec text is only ever text in an element or a double-quoted attribute. */
class HtmlTest {
  static final String HOSTILE = "</script><script>alert(1)</script> \"' onload=x <!-- --> &amp; ]]> \u2028 é😀";

  @Test
  void everyCharacterThatOpensMarkupIsAReference() {
    assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
        Html.text("<a href=\"x\" title='y'>&</a>"));
    String html = Html.text(HOSTILE);
    for (String c : new String[] {"<", ">", "\"", "'"}) {
      assertFalse(html.contains(c), c + " in " + html);
    }
    // what a browser shows is the text itself
    assertEquals(HOSTILE, unescape(html));
  }

  static String unescape(String html) {
    return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  @Test
  void textWithoutMarkupIsReturnedAsItIs() {
    String text = "plain text, é, 😀";
    assertEquals(text, Html.text(text));
    assertEquals("", Html.text(null));
  }

  @Test
  void lineFoldsWhiteSpace() {
    assertEquals("a b &lt;c&gt;", Html.line(" a\n\t b <c> "));
  }
}
