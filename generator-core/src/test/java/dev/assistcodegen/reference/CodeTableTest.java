package dev.assistcodegen.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Snippets stored once per distinct line come back byte for byte, as the page's script decodes them. */
class CodeTableTest {
  private static final List<String> TEXTS = List.of("", "\n", "a", "a\n", "a\nb\n\n", "\r\n\r\n", "x\r\ny",
      "é 😀\n\u2028\n</script>\n", "#!/bin/sh\necho 1\necho 2\necho 3\n", "#!/bin/sh\necho 1\necho 2\necho 4\n");

  private static Code code(String path, String text) {
    return new Code("sh", "Shell", path, text.getBytes(StandardCharsets.UTF_8));
  }

  /** The page script's decoding ({@code reference.js} snippet()), in Java. */
  static String decode(JsonNode data, String anchor, int language) {
    JsonNode runs = data.path("code").path(anchor).path(language).path(1);
    List<String> out = new ArrayList<>();
    int last = -1;
    for (JsonNode r : runs) {
      int run = r.asInt();
      if (run >= 0) {
        out.add(data.path("lines").path(run).asText());
        last = run;
      } else {
        for (int k = 1; k <= -run; k++) {
          out.add(data.path("lines").path(last + k).asText());
        }
        last -= run;
      }
    }
    return String.join("\n", out);
  }

  @Test
  void everySnippetComesBackExactly() throws Exception {
    CodeTable table = new CodeTable();
    for (int i = 0; i < TEXTS.size(); i++) {
      table.add("r" + i, List.of(code("a/" + i, TEXTS.get(i)), code("b/" + i, TEXTS.get(i) + "tail")));
    }
    JsonNode data = new ObjectMapper().readTree(table.json());
    for (int i = 0; i < TEXTS.size(); i++) {
      assertEquals(TEXTS.get(i), decode(data, "r" + i, 0), "text " + i);
      assertEquals(TEXTS.get(i) + "tail", decode(data, "r" + i, 1), "text " + i + " in the second language");
      assertEquals(TEXTS.get(i), table.decode("r" + i, 0));
      assertEquals("a/" + i, data.path("code").path("r" + i).path(0).path(0).asText());
    }
  }

  @Test
  void sharedLinesAreStoredOnceAndRunsAreShort() throws Exception {
    CodeTable table = new CodeTable();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      text.append("line ").append(i).append('\n');
    }
    for (int r = 0; r < 50; r++) {
      table.add("r" + r, List.of(code("p" + r, text + "only " + r)));
    }
    assertEquals(200 + 50, table.lineCount());
    JsonNode data = new ObjectMapper().readTree(table.json());
    // 200 shared lines in a row: one number and one run
    assertEquals(3, data.path("code").path("r7").path(0).path(1).size());
    assertEquals(text + "only 7", decode(data, "r7", 0));
    // fifty snippets of about 2 KB take about one snippet's room
    assertTrue(table.size() < text.length() * 3L, "size " + table.size() + " for 50 snippets of " + text.length());
  }

  @Test
  void aRequestTakenBackLeavesTheTableAsItWas() throws Exception {
    CodeTable table = new CodeTable();
    table.add("kept", List.of(code("k", "shared\nkept")));
    String before = table.json();
    long size = table.size();
    CodeTable.Mark mark = table.mark();
    StringBuilder many = new StringBuilder("shared\n");
    for (int i = 0; i < 5_000; i++) {
      many.append("new ").append(i).append('\n');
    }
    table.add("gone", List.of(code("g", many.toString())));
    table.rollBack("gone", mark);
    assertEquals(before, table.json());
    assertEquals(size, table.size());
    // and the table still finds what it holds and takes more
    table.add("next", List.of(code("n", "shared\nkept\nnew 1")));
    JsonNode data = new ObjectMapper().readTree(table.json());
    assertEquals(3, data.path("lines").size());
    assertEquals("shared\nkept\nnew 1", decode(data, "next", 0));
  }
}
