package dev.assistcodegen.corpus;

import dev.assistcodegen.plan.Folders;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.assistcodegen.Generator;
import dev.assistcodegen.GeneratorConfig;
import dev.assistcodegen.report.GeneratorLog;
import dev.assistcodegen.load.SpecLoader;
import dev.assistcodegen.reference.ReferenceFormat;
import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.postman.ResponseTests;
import dev.assistcodegen.testing.RepoPaths;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

/**
 * Golden cases: every folder under src/test/resources/cases holds an {@code openapi.yaml}
 * (optionally a {@code case.properties} with generator options) and an {@code expected/}
 * folder with every file the generator must write. JSON is compared with JSONAssert STRICT,
 * other files exactly. Run with {@code -Dgolden.update=true} to rewrite the expected files,
 * then review the diff with {@code git diff}.
 */
class GoldenCasesTest {
  static final Path CASES = RepoPaths.root().resolve("generator-core/src/test/resources/cases");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(CASES)) {
      List<String> names = dirs.filter(d -> Files.isRegularFile(d.resolve("openapi.yaml"))
              || Files.isRegularFile(d.resolve("openapi.json")))
          .map(d -> d.getFileName().toString()).sorted().toList();
      assertFalse(names.isEmpty(), "no golden cases under " + CASES);
      return names.stream();
    }
  }

  /** The spec file of a case: openapi.yaml, else openapi.json. */
  static Path specOf(String name) {
    Path dir = CASES.resolve(name);
    Path yaml = dir.resolve("openapi.yaml");
    return Files.isRegularFile(yaml) ? yaml : dir.resolve("openapi.json");
  }

  /** Renders a case in memory with the options of its case.properties. */
  static Map<String, byte[]> render(String name) throws IOException {
    return render(name, null);
  }

  /** The same with the response tests {@code tests} instead of the case's (null: the case's). */
  static Map<String, byte[]> render(String name, ResponseTests tests) throws IOException {
    Path dir = CASES.resolve(name);
    Properties props = new Properties();
    Path propsFile = dir.resolve("case.properties");
    if (Files.isRegularFile(propsFile)) {
      try (Reader r = Files.newBufferedReader(propsFile, StandardCharsets.UTF_8)) {
        props.load(r);
      }
    }
    // collections and environments only: the snippets have their own goldens (SnippetGoldenTest);
    // checked against the Postman schema, so a golden rewritten with -Dgolden.update is a valid collection
    GeneratorConfig.Builder config = GeneratorConfig.builder().spec(specOf(name).toString())
        .languages(List.of("none")).checkCollection(true);
    if (props.getProperty("folders") != null) {
      config.folders(Folders.valueOf(props.getProperty("folders").toUpperCase(java.util.Locale.ROOT)));
    }
    if (props.getProperty("tests") != null) {
      config.tests(ResponseTests.valueOf(props.getProperty("tests").toUpperCase(java.util.Locale.ROOT)));
    }
    if (tests != null) {
      config.tests(tests);
    }
    // collections and environments are this test's subject; snippet goldens have their own test, and the
    // reference page is written only by the cases that ask for it (reference=html)
    config.languages(List.of(props.getProperty("languages", "none").split(",")));
    config.reference(ReferenceFormat.valueOf(props.getProperty("reference", "none").toUpperCase(java.util.Locale.ROOT)));
    ApiSpec spec = SpecLoader.load(specOf(name).toString(), GeneratorLog.silent());
    return Generator.render(spec, config.build(), GeneratorLog.silent());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void generatedFilesMatchTheGoldenFiles(String name) throws Exception {
    Map<String, byte[]> files = render(name);
    Path expectedDir = CASES.resolve(name).resolve("expected");
    if (UPDATE) {
      rewrite(expectedDir, files);
      return;
    }
    assertEquals(new TreeSet<>(expectedFiles(expectedDir)), new TreeSet<>(files.keySet()),
        name + ": the set of generated files differs from " + expectedDir
            + " (regenerate with -Dgolden.update=true and review the diff)");
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      if (e.getKey().startsWith("uploads/")) {
        // files to upload are bytes (a PNG, a PDF ...), compared as such
        assertArrayEquals(Files.readAllBytes(expectedDir.resolve(e.getKey())), e.getValue(), name + "/" + e.getKey());
        continue;
      }
      String expected = Files.readString(expectedDir.resolve(e.getKey()), StandardCharsets.UTF_8);
      String actual = new String(e.getValue(), StandardCharsets.UTF_8);
      if (e.getKey().endsWith(".json")) {
        try {
          JSONAssert.assertEquals(expected, actual, JSONCompareMode.STRICT);
        } catch (AssertionError failure) {
          throw new AssertionError(name + "/" + e.getKey() + " differs from the golden file"
              + " (regenerate with -Dgolden.update=true and review the diff):\n" + failure.getMessage(), failure);
        }
      } else {
        assertEquals(expected, actual, name + "/" + e.getKey());
      }
    }
  }

  private static List<String> expectedFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).toList();
    }
  }

  private static void rewrite(Path dir, Map<String, byte[]> files) throws IOException {
    if (Files.isDirectory(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        List<Path> old = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
        for (Path p : old) {
          Files.delete(p);
        }
      }
    }
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      Path file = dir.resolve(e.getKey());
      Files.createDirectories(file.getParent());
      Files.write(file, e.getValue());
    }
  }
}
