package dev.assistcodegen.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The page's JSON block can neither end its script element nor change how it parses, and keeps every string. */
class ScriptJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void noCharacterThatEndsOrChangesTheBlockIsLeftAsItIs() throws Exception {
    ObjectNode data = JSON.createObjectNode();
    data.put("text", HtmlTest.HOSTILE + " \u2029 \\u003c & <!-- </SCRIPT");
    data.putArray("list").add("<").add(">").add("&");
    data.put("</script>", 1);
    String json = ScriptJson.of(data);
    for (String c : new String[] {"<", ">", "&", "\u2028", "\u2029"}) {
      assertFalse(json.contains(c), "raw " + c + " in " + json);
    }
    JsonNode back = JSON.readTree(json);
    assertEquals(data, back);
  }

  @Test
  void otherTextStaysReadable() {
    ObjectNode data = JSON.createObjectNode().put("name", "é 😀 \"quoted\"\n");
    assertEquals("{\"name\":\"é 😀 \\\"quoted\\\"\\n\"}", ScriptJson.of(data));
  }
}
