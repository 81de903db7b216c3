package dev.assistcodegen.corpus;

import dev.assistcodegen.testing.RepoPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The real-world specs the corpus tests run: @readme/oas-examples (and GitHub's spec, separately). */
final class SpecCorpus {
  static final String GITHUB = "@octokit/openapi/generated/api.github.com.json";
  private static final String OAS_EXAMPLES = "@readme/oas-examples";

  private SpecCorpus() {}

  /** Every {2.0,3.0,3.1}/{json,yaml}/*.{json,yaml} file of @readme/oas-examples, sorted. */
  static List<Path> oasExamples() {
    Path root = RepoPaths.npmFile(OAS_EXAMPLES);
    List<Path> out = new ArrayList<>();
    for (String version : List.of("2.0", "3.0", "3.1")) {
      for (String format : List.of("json", "yaml")) {
        Path dir = root.resolve(version).resolve(format);
        if (!Files.isDirectory(dir)) {
          throw new AssertionError(dir + " is missing: the @readme/oas-examples package changed layout; run ./run-tests");
        }
        try (Stream<Path> files = Files.list(dir)) {
          files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().matches(".*\\.(json|ya?ml)"))
              .sorted().forEach(out::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    if (out.size() < 50) {
      throw new AssertionError("only " + out.size() + " specs found in " + root + ": incomplete install? run ./run-tests");
    }
    return out;
  }

  /** Short name of a corpus spec, e.g. "3.0/json/petstore.json". */
  static String name(Path spec) {
    int n = spec.getNameCount();
    return spec.subpath(n - 3, n).toString().replace('\\', '/');
  }
}
