package dev.assistcodegen.maven;

import dev.assistcodegen.output.OutputDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/** The fingerprint of the last successful run, kept in the output directory it describes. */
final class Stamp {
  /** Hidden like the output manifest; excluded when the output is added as a resource. */
  static final String FILE = ".assist-codegen-stamp";

  private final Path dir;
  private final Path file;

  Stamp(Path outputDir) {
    this.dir = outputDir;
    this.file = outputDir.resolve(FILE);
  }

  /** True when the last run had this fingerprint and every file it wrote is still there. */
  boolean isCurrent(String fingerprint) {
    try {
      return Files.isRegularFile(file)
          && Files.readString(file, StandardCharsets.UTF_8).trim().equals(fingerprint)
          && outputsPresent();
    } catch (IOException e) {
      return false;
    }
  }

  private boolean outputsPresent() throws IOException {
    Path manifest = dir.resolve(OutputDirectory.MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      return false;
    }
    List<String> files = Files.readAllLines(manifest, StandardCharsets.UTF_8);
    return files.stream().filter(f -> !f.isBlank()).allMatch(f -> Files.isRegularFile(dir.resolve(f)));
  }

  void write(String fingerprint, Log log) {
    try {
      Files.writeString(file, fingerprint + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      log.warn("assist-codegen: cannot write " + file + " (" + e.getMessage() + "); the next build regenerates");
    }
  }

  void delete(Log log) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      log.warn("assist-codegen: cannot delete " + file + " (" + e.getMessage() + ")");
    }
  }
}
