package dev.assistcodegen.postman;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assistcodegen.Generator;
import dev.assistcodegen.GeneratorConfig;
import dev.assistcodegen.report.GeneratorLog;
import dev.assistcodegen.load.SpecLoader;
import dev.assistcodegen.reference.ReferenceFormat;
import dev.assistcodegen.testing.RepoPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

/**
 * Golden files for one small spec per security scheme kind: {@code cases/auth-* /openapi.yaml}
 * against {@code expected/}. Regenerate with {@code -Dgolden.update=true}, then review the diff.
 */
class AuthCasesTest {
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static Path casesDir() {
    return RepoPaths.root().resolve("generator-core/src/test/resources/cases");
  }

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(casesDir())) {
      List<String> names = dirs.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("auth-")).sorted()
          .toList();
      assertFalse(names.isEmpty(), "no auth-* cases under " + casesDir());
      return names.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void matchesGoldenFiles(String name) throws Exception {
    Path dir = casesDir().resolve(name);
    Path spec = dir.resolve("openapi.yaml");
    Map<String, byte[]> files = Generator.render(SpecLoader.load(spec.toString(), GeneratorLog.silent()),
        // collections and environments only (snippets and the reference page have their own goldens), checked
        // against the schema
        GeneratorConfig.builder().spec(spec.toString()).languages(List.of("none")).reference(ReferenceFormat.NONE)
            .checkCollection(true).build(),
        GeneratorLog.silent());
    Path expected = dir.resolve("expected");
    if (UPDATE) {
      Files.createDirectories(expected);
      try (Stream<Path> old = Files.list(expected)) {
        for (Path p : old.toList()) {
          Files.delete(p);
        }
      }
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Files.write(expected.resolve(f.getKey()), f.getValue());
      }
    }
    assertTrue(Files.isDirectory(expected), "no golden files: run with -Dgolden.update=true and review them");
    try (Stream<Path> golden = Files.list(expected)) {
      assertEquals(new TreeSet<>(golden.map(p -> p.getFileName().toString()).toList()), new TreeSet<>(files.keySet()),
          "generated file names");
    }
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      String want = Files.readString(expected.resolve(f.getKey()), StandardCharsets.UTF_8);
      JSONAssert.assertEquals(f.getKey(), want, new String(f.getValue(), StandardCharsets.UTF_8),
          JSONCompareMode.STRICT);
    }
  }
}
