package dev.assistcodegen.postman;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistcodegen.testing.Processes;
import dev.assistcodegen.testing.RepoPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptDataTest {
  private static final String HOSTILE = "\"'`\\</script><!-- */ ${x} \u2028\u2029\n\r\u0000 é 😀";

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
  void nodeReadsBackExactlyTheSameValue(@TempDir Path dir) throws Exception {
    ObjectNode data = PostmanJson.NODES.objectNode().put("text", HOSTILE);
    data.putArray("list").add(HOSTILE).add("*/");
    Path script = dir.resolve("check.js");
    Files.writeString(script, ScriptData.constLine("DATA", data) + "\nprocess.stdout.write(JSON.stringify(DATA));\n");
    Processes.Result result = Processes.run(List.of(RepoPaths.command("node", "nodejs").toString(), script.toString()),
        dir, null, 60);
    assertEquals(0, result.exitCode(), result.output());
    assertEquals(data, PostmanJson.MAPPER.readTree(result.output()));
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
    List<String> lines = new java.util.ArrayList<>();
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
