package dev.assistcodegen.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.assistcodegen.Generator;
import dev.assistcodegen.GeneratorConfig;
import dev.assistcodegen.report.GeneratorLog;
import dev.assistcodegen.load.SpecLoader;
import dev.assistcodegen.testing.RepoPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden snippets: the small spec {@code src/test/resources/snippets/spec.yaml} (GET with path,
 * query and header parameters, POST JSON, multipart upload, form POST, DELETE, an API-key
 * operation) generates exactly the files under {@code expected/<language>/}, compared as exact
 * strings. {@code -Dgolden.update=true} rewrites them (then review the diff).
 */
class SnippetGoldenTest {
  static final Path DIR = RepoPaths.root().resolve("generator-core/src/test/resources/snippets");
  static final Path SPEC = DIR.resolve("spec.yaml");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static List<String> languages() {
    return LanguageCatalog.BUILT_IN;
  }

  /** The snippet files of the golden spec, keyed by path below {@code snippets/}. */
  static Map<String, byte[]> render() {
    var spec = SpecLoader.load(SPEC.toString(), GeneratorLog.silent());
    Map<String, byte[]> files = Generator.render(spec, GeneratorConfig.builder().spec(SPEC.toString()).build(),
        GeneratorLog.silent());
    Map<String, byte[]> out = new TreeMap<>();
    files.forEach((path, bytes) -> {
      if (path.startsWith("snippets/")) {
        out.put(path.substring("snippets/".length()), bytes);
      }
    });
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void snippetsMatchTheGoldenFiles(String language) throws IOException {
    Map<String, String> actual = new TreeMap<>();
    render().forEach((path, bytes) -> {
      if (path.startsWith(language + "/")) {
        actual.put(path.substring(language.length() + 1), new String(bytes, StandardCharsets.UTF_8));
      }
    });
    Path expectedDir = DIR.resolve("expected").resolve(language);
    if (UPDATE) {
      rewrite(expectedDir, actual);
      return;
    }
    assertEquals(expectedFiles(expectedDir), actual.keySet(), language
        + ": the set of snippet files differs from " + expectedDir + " (regenerate with -Dgolden.update=true)");
    for (Map.Entry<String, String> e : actual.entrySet()) {
      assertEquals(Files.readString(expectedDir.resolve(e.getKey()), StandardCharsets.UTF_8), e.getValue(),
          language + "/" + e.getKey() + " differs from the golden file (regenerate with -Dgolden.update=true"
              + " and review the diff)");
    }
  }

  private static TreeSet<String> expectedFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return new TreeSet<>();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }
  }

  private static void rewrite(Path dir, Map<String, String> files) throws IOException {
    if (Files.isDirectory(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList())) {
          Files.delete(p);
        }
      }
    }
    for (Map.Entry<String, String> e : files.entrySet()) {
      Path file = dir.resolve(e.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
    }
  }
}
