package dev.assistcodegen.postman;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The data line of a script: one inert line of ASCII (that node reads it back: {@link ScriptDataNodeIT}). */
class ScriptDataTest {
  static final String HOSTILE = "\"'`\\</script><!-- */ ${x} \u2028\u2029\n\r\u0000 é 😀";

  @Test
  void constLineIsOneLineOfAsciiWithoutMarkup() {
    ObjectNode data = PostmanJson.NODES.objectNode().put("text", HOSTILE);
    String line = ScriptData.constLine("CONFIG", data);
    assertTrue(line.startsWith("const CONFIG = {") && line.endsWith("};"), line);
    assertFalse(line.contains("\n") || line.contains("\r") || line.contains("\u2028") || line.contains("<")
        || line.contains(">"), line);
    assertTrue(line.chars().allMatch(c -> c >= 0x20 && c < 0x7f), line);
  }

  @Test
  void rejectsNamesThatAreNotConstants() {
    assertThrows(IllegalArgumentException.class, () -> ScriptData.constLine("x = 1; y", PostmanJson.NODES.objectNode()));
  }

  @Test
  void eventPutsTheDataLineFirstThenTheResourceInsideAGeneratedBlock() {
    ObjectNode event = ScriptData.event("prerequest", "seed", "CONFIG", PostmanJson.NODES.objectNode().put("a", 1),
        "token-prerequest.js");
    assertEquals("prerequest", event.path("listen").asText());
    List<String> lines = new ArrayList<>();
    event.path("script").path("exec").forEach(l -> lines.add(l.asText()));
    assertTrue(lines.get(0).startsWith(GeneratedBlock.START), lines.get(0));
    assertEquals("const CONFIG = {\"a\":1};", lines.get(1));
    assertTrue(lines.get(2).startsWith("// Fetches an OAuth 2 access token"));
    assertTrue(lines.get(lines.size() - 1).startsWith(GeneratedBlock.END), lines.get(lines.size() - 1));
    GeneratedBlock.Parts parts = GeneratedBlock.split(lines);
    assertEquals(1, parts.blocks());
    assertFalse(parts.edited() || parts.hasUserCode());
  }
}
