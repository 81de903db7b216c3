package dev.assistcodegen.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** What each escaper writes for hostile strings (that each language reads them back unchanged: {@link EscapersRoundTripIT}). */
class EscapersTest {
  static final List<String> HOSTILE = List.of("plain", "", "it's \"quoted\"", "back\\slash\\", "new\nline\r\ttab",
      "$(id) `id` ${HOME} #{x} %s %d {0}", "<?php echo 1; ?>", "é ü € 😀", "line\u2028sep\u2029",
      "ctl\u0001\u001b\u007f", "\\u000a \\x41 \\0", "'''\"\"\"", "‘smart’ “quotes”");

  @Test
  void javaGoAndCsharpLiteralsAreAsciiWithoutRawLineBreaksOrUnicodeEscapesOfSyntax() {
    for (UnaryOperator<String> lit : List.<UnaryOperator<String>>of(Escapers::java, Escapers::go, Escapers::csharp)) {
      for (String s : HOSTILE) {
        String l = lit.apply(s);
        assertTrue(l.chars().allMatch(c -> c >= 0x20 && c < 0x7f), l);
        assertTrue(l.startsWith("\"") && l.endsWith("\""), l);
      }
    }
    // Java decodes backslash-u before lexing: a control character must never become one
    assertEquals("\"\\001\\n\\\\u000a\"", Escapers.java("\u0001\n\\u000a"));
    assertEquals("\"\\U0001f600\"", Escapers.go("😀"));
  }

  @Test
  void powershellDoublesEveryKindOfSingleQuoteAndJoinsNonAscii() {
    assertEquals("'it''s'", Escapers.powershell("it's"));
    assertEquals("('a' + [char]0x2018 + '')".replace(" + ''", ""), Escapers.powershell("a\u2018"));
    assertEquals("('$(x) ' + [char]0x000a + 'b')", Escapers.powershell("$(x) \nb"));
  }

  @Test
  void commentsAreOneInertLine() {
    String c = Escapers.comment("a\nb\u2028c ?> */ \\u000a é");
    assertFalse(c.contains("\n") || c.contains("?>") || c.contains("*/") || c.contains("\\"), c);
    assertEquals("a b c ? > * / /u000a ?", c);
  }
}
