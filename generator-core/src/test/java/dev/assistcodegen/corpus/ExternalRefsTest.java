package dev.assistcodegen.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assistcodegen.Generator;
import dev.assistcodegen.GeneratorConfig;
import dev.assistcodegen.load.SpecLoader;
import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.report.GeneratorLog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code $ref}s into other files, loaded from disk (from a URL: {@link ExternalRefsIT}). */
class ExternalRefsTest {
  static final Path CASE = GoldenCasesTest.CASES.resolve("refs-multi-file");

  static String collection(String location) {
    ApiSpec spec = SpecLoader.load(location, GeneratorLog.silent());
    Map<String, byte[]> files = Generator.render(spec, GeneratorConfig.builder().spec(location).build(), GeneratorLog.silent());
    return new String(files.get("multi-file-refs.postman_collection.json"), StandardCharsets.UTF_8);
  }

  @Test
  void externalFilesKeepTheirExamplesAndProperties() {
    String fromDisk = collection(CASE.resolve("openapi.yaml").toString());
    assertTrue(fromDisk.contains("\\\"name\\\": \\\"Rex\\\""), "pet.yaml's example is lost:\n" + fromDisk);
    assertTrue(fromDisk.contains("owner@example.com"), "owner.yaml (a ref inside a ref'd file) is lost");
    assertTrue(fromDisk.contains("\\\"name\\\": \\\"Fido\\\""), "the request body from pet.yaml#/NewPet is lost");
  }
}
