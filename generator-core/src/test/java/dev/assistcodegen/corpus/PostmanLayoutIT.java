package dev.assistcodegen.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assistcodegen.Generator;
import dev.assistcodegen.GeneratorConfig;
import dev.assistcodegen.load.SpecLoader;
import dev.assistcodegen.report.GenerationException;
import dev.assistcodegen.report.GeneratorLog;
import dev.assistcodegen.testing.Processes;
import dev.assistcodegen.testing.RepoPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Postman app exports a collection or an environment as {@code JSON.stringify(value, null, "\t")}.
 * node runs exactly that on every collection and environment of the golden cases, the Loome spec and
 * hostile specs (control characters, quotes, emoji, U+2028 in every string) and must give back our bytes,
 * so exporting an unchanged import from Postman gives a file identical to ours.
 */
class PostmanLayoutIT {
  private static final String RESTRINGIFY = String.join("\n",
      "const fs = require('fs');",
      "const differ = [];",
      "for (const file of process.argv.slice(2)) {",
      "  const ours = fs.readFileSync(file, 'utf8');",
      "  if (JSON.stringify(JSON.parse(ours), null, '\\t') !== ours) differ.push(file);",
      "}",
      "process.stdout.write(differ.join('\\n'));",
      "process.exit(differ.length ? 1 : 0);");

  @TempDir
  Path dir;

  @Test
  void everyFileIsWhatPostmanWouldExport() throws Exception {
    List<Map<String, byte[]>> outputs = new ArrayList<>();
    for (String name : GoldenCasesTest.cases().toList()) {
      outputs.add(GoldenCasesTest.render(name));
    }
    outputs.add(render(null));
    for (int i = 0; i < 20; i++) {
      Path spec = dir.resolve("hostile-" + i + ".json");
      Files.writeString(spec, new ObjectMapper().writeValueAsString(
          HostileStringsIT.spec(new Random(HostileStringsIT.FIXED_SEED + i))));
      try {
        outputs.add(render(spec.toString()));
      } catch (GenerationException refused) {
        // HostileStringsIT covers refusals; here only what is written counts
      }
    }
    List<String> command = new ArrayList<>(List.of(RepoPaths.command("node", "nodejs").toString(),
        Files.writeString(dir.resolve("restringify.js"), RESTRINGIFY).toString()));
    int n = 0;
    for (Map<String, byte[]> files : outputs) {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        if (file.getKey().endsWith(".postman_collection.json") || file.getKey().endsWith(".postman_environment.json")) {
          command.add(Files.write(dir.resolve(n++ + "-" + file.getKey()), file.getValue()).toString());
        }
      }
    }
    assertTrue(n > 80, "files compared: " + n);
    Processes.Result result = Processes.run(command, dir, null, 120);
    assertEquals(0, result.exitCode(), "not laid out as JSON.stringify(value, null, '\\t'):\n" + result.output());
  }

  private static Map<String, byte[]> render(String spec) {
    return Generator.render(SpecLoader.load(spec, GeneratorLog.silent()),
        GeneratorConfig.builder().spec(spec).languages(List.of("none")).build(), GeneratorLog.silent());
  }
}
