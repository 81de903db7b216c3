package dev.assistcodegen.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assistcodegen.output.OutputDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StampTest {
  @TempDir
  Path out;

  private Stamp writtenOutput() {
    OutputDirectory.write(out, Map.of("a.json", "{}".getBytes(), "sub/b.json", "{}".getBytes()));
    Stamp stamp = new Stamp(out);
    stamp.write("abc", new SystemStreamLog());
    return stamp;
  }

  @Test
  void currentWhenTheFingerprintMatchesAndTheOutputIsThere() {
    assertTrue(writtenOutput().isCurrent("abc"));
  }

  @Test
  void notCurrentForAnotherFingerprint() {
    assertFalse(writtenOutput().isCurrent("abd"));
  }

  @Test
  void notCurrentWithoutAStamp() {
    OutputDirectory.write(out, Map.of("a.json", "{}".getBytes()));
    assertFalse(new Stamp(out).isCurrent("abc"));
    assertFalse(new Stamp(out.resolve("missing")).isCurrent("abc"));
  }

  @Test
  void notCurrentWhenAnOutputFileWasDeleted() throws IOException {
    Stamp stamp = writtenOutput();
    Files.delete(out.resolve("sub/b.json"));
    assertFalse(stamp.isCurrent("abc"));
  }

  @Test
  void notCurrentWhenTheOutputManifestIsGone() throws IOException {
    Stamp stamp = writtenOutput();
    Files.delete(out.resolve(OutputDirectory.MANIFEST));
    assertFalse(stamp.isCurrent("abc"));
  }

  @Test
  void deletedStampIsNotCurrent() {
    Stamp stamp = writtenOutput();
    stamp.delete(new SystemStreamLog());
    assertFalse(stamp.isCurrent("abc"));
  }
}
