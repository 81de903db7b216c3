package dev.assistcodegen.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assistcodegen.report.GenerationException;
import dev.assistcodegen.Generator;
import dev.assistcodegen.GeneratorConfig;
import dev.assistcodegen.report.GeneratorLog;
import dev.assistcodegen.load.SpecLoader;
import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.postman.CollectionValidator;
import dev.assistcodegen.postman.PostmanJson;
import dev.assistcodegen.testing.RepoPaths;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Real-world input: every spec of @readme/oas-examples and GitHub's full REST spec generate a
 * collection that passes the official Postman v2.1 schema, or fail with the exact message
 * listed here. Prints a summary table.
 */
class RealWorldCorpusTest {
  /** Specs that must fail, with the exact message (file names relative to the corpus root). */
  private static final Map<String, String> EXPECTED_FAILURES = new TreeMap<>(Map.of());

  @Test
  void everyOasExampleConvertsOrFailsAsExpected() throws Exception {
    List<String> rows = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int converted = 0;
    int requests = 0;
    for (Path spec : SpecCorpus.oasExamples()) {
      String name = SpecCorpus.name(spec);
      String outcome;
      try {
        Result r = convert(spec);
        converted++;
        requests += r.operations;
        outcome = "ok (" + r.operations + " requests, " + r.files + " files)";
        if (EXPECTED_FAILURES.containsKey(name)) {
          problems.add(name + ": expected to fail with '" + EXPECTED_FAILURES.get(name) + "' but converted");
        }
      } catch (GenerationException e) {
        outcome = "error: " + e.getMessage();
        String expected = EXPECTED_FAILURES.get(name);
        if (expected == null) {
          problems.add(name + ": unexpected error: " + e.getMessage());
        } else if (!expected.equals(e.getMessage())) {
          problems.add(name + ": expected error '" + expected + "' but got '" + e.getMessage() + "'");
        }
      } catch (RuntimeException | AssertionError e) {
        outcome = "BUG: " + e;
        problems.add(name + ": " + e);
      }
      rows.add(String.format("%-55s %s", name, outcome));
    }
    System.out.println("oas-examples corpus: " + rows.size() + " specs, " + converted + " converted ("
        + requests + " requests), " + (rows.size() - converted) + " failed\n  " + String.join("\n  ", rows));
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void githubsFullSpecConverts() throws Exception {
    Path spec = RepoPaths.npmFile(SpecCorpus.GITHUB);
    Result r = convert(spec);
    System.out.println("GitHub REST spec: " + r.operations + " requests, " + r.files + " files, "
        + r.collectionBytes / 1024 + " KiB collection");
    assertTrue(r.operations > 900, "GitHub's spec has over 900 operations, got " + r.operations);
  }

  private record Result(int operations, int files, long collectionBytes) {}

  private static Result convert(Path spec) throws Exception {
    ApiSpec model = SpecLoader.load(spec.toString(), GeneratorLog.silent());
    GeneratorConfig config = GeneratorConfig.builder().spec(spec.toString()).build();
    Map<String, byte[]> files = Generator.render(model, config, GeneratorLog.silent());
    long size = 0;
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      if (e.getKey().endsWith(".postman_collection.json")) {
        JsonNode collection = PostmanJson.MAPPER.readTree(e.getValue());
        // render() validates too; validating the written bytes proves the serialisation keeps it valid
        assertEquals(List.of(), CollectionValidator.validate(collection), spec + ": written collection is invalid");
        size = e.getValue().length;
      }
    }
    return new Result(model.operations().size(), files.size(), size);
  }
}
