package dev.assistcodegen.postman;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistcodegen.testing.Processes;
import dev.assistcodegen.testing.RepoPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** node, the runtime of Postman's scripts, reads a script's data line back as exactly the same value. */
class ScriptDataNodeIT {
  @Test
  void nodeReadsBackExactlyTheSameValue(@TempDir Path dir) throws Exception {
    ObjectNode data = PostmanJson.NODES.objectNode().put("text", ScriptDataTest.HOSTILE);
    data.putArray("list").add(ScriptDataTest.HOSTILE).add("*/");
    Path script = dir.resolve("check.js");
    Files.writeString(script, ScriptData.constLine("DATA", data) + "\nprocess.stdout.write(JSON.stringify(DATA));\n");
    Processes.Result result = Processes.run(List.of(RepoPaths.command("node", "nodejs").toString(), script.toString()),
        dir, null, 60);
    assertEquals(0, result.exitCode(), result.output());
    assertEquals(data, PostmanJson.MAPPER.readTree(result.output()));
  }
}
