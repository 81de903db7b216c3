package dev.assistcodegen.postman;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistcodegen.Generator;
import dev.assistcodegen.GeneratorConfig;
import dev.assistcodegen.report.GeneratorLog;
import dev.assistcodegen.load.SpecLoader;
import dev.assistcodegen.reference.ReferenceFormat;
import dev.assistcodegen.testing.Newman;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A collection generated in-process into a folder, with its first environment ready to fill in. */
record GeneratedFiles(Path collection, ObjectNode environment) {

  static GeneratedFiles generate(Path spec, Path dir) {
    return generate(spec, dir, GeneratorConfig.defaults().tests());
  }

  /** The same with the response tests {@code tests}. */
  static GeneratedFiles generate(Path spec, Path dir, ResponseTests tests) {
    // the collection and environments are what Newman runs (checked against the schema first);
    // snippets and the reference page have their own tests
    GeneratorConfig config = GeneratorConfig.builder().spec(spec.toString()).outputDir(dir)
        .languages(java.util.List.of("none")).reference(ReferenceFormat.NONE).checkCollection(true).tests(tests)
        .build();
    Map<String, byte[]> files = Generator.render(SpecLoader.load(spec.toString(), GeneratorLog.silent()), config,
        GeneratorLog.silent());
    Path collection = null;
    ObjectNode environment = null;
    try {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Path target = dir.resolve(f.getKey());
        Files.createDirectories(target.getParent());
        Files.write(target, f.getValue());
        if (f.getKey().endsWith(".postman_collection.json")) {
          collection = target;
        } else if (environment == null && f.getKey().endsWith(".postman_environment.json")) {
          environment = Newman.readObject(f.getValue());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (collection == null || environment == null) {
      throw new AssertionError("no collection or environment generated: " + files.keySet());
    }
    return new GeneratedFiles(collection, environment);
  }

  /** Sets one environment variable (it must be declared by the generator). */
  GeneratedFiles set(String key, String value) {
    for (JsonNode v : environment.path("values")) {
      if (key.equals(v.path("key").asText())) {
        ((ObjectNode) v).put("value", value);
        return this;
      }
    }
    throw new AssertionError("the environment does not declare '" + key + "': " + environment);
  }

  /** Fills every empty variable with a dummy credential, as a user fills in the environment. */
  GeneratedFiles fillEmpty() {
    for (JsonNode v : environment.path("values")) {
      if (v.path("value").asText().isEmpty()) {
        ((ObjectNode) v).put("value", "dummy-" + v.path("key").asText());
      }
    }
    return this;
  }
}
