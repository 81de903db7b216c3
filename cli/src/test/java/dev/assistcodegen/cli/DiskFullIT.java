package dev.assistcodegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full disk fails with one line and leaves the earlier output intact (the rest of the bad-input corpus: {@link BadInputTest}). */
class DiskFullIT {
  private static final String GOOD = BadInputTest.GOOD;

  @TempDir
  Path tmp;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(tmp.resolve(name), content);
  }

  /**
   * Disk full: a 64 KiB tmpfs mounted in a private mount namespace (unshare -m, as root in CI;
   * it disappears with the process). A small spec fits, a large one does not: the second run
   * must fail with one line and leave the first run's files byte for byte intact.
   */
  @Test
  void diskFullLeavesTheEarlierOutputIntact() throws Exception {
    Path good = write("small.yaml", GOOD);
    StringBuilder big = new StringBuilder("openapi: 3.0.3\ninfo: {title: Big, version: '1'}\npaths:\n");
    for (int i = 0; i < 200; i++) {
      big.append("  /things").append(i).append(":\n    get:\n      description: '").append("x".repeat(1000))
          .append("'\n      responses: {'200': {description: ok}}\n");
    }
    Path large = write("large.yaml", big.toString());
    Path mount = Files.createDirectory(tmp.resolve("small-disk"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cli = "'" + java + "' -cp '" + System.getProperty("java.class.path") + "' " + Main.class.getName();
    String script = "set -e; mount -t tmpfs -o size=64k tmpfs '" + mount + "'; "
        + cli + " generate --language none --spec '" + good + "' --out '" + mount + "/out' > /dev/null; "
        + "cd '" + mount + "/out'; find . -type f | LC_ALL=C sort | xargs sha256sum > ../../before.txt; "
        + "set +e; " + cli + " generate --language none --spec '" + large + "' --out '" + mount + "/out' 2> ../../stderr.txt; "
        + "echo $? > ../../exit.txt; find . -type f | LC_ALL=C sort | xargs sha256sum > ../../after.txt; ls -A .. > ../../left.txt";
    ProcessBuilder pb = new ProcessBuilder("unshare", "-m", "--propagation", "private", "sh", "-c", script)
        .redirectErrorStream(true);
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw new AssertionError("this test needs unshare (util-linux): apt-get install util-linux", e);
    }
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), "could not set up the small tmpfs (the test runs as root in CI): " + output);
    String stderr = Files.readString(tmp.resolve("stderr.txt"));
    assertEquals("1", Files.readString(tmp.resolve("exit.txt")).strip(), stderr);
    assertEquals(List.of("error: " + mount + "/out: cannot write output: No space left on device"),
        stderr.lines().toList());
    assertEquals(Files.readString(tmp.resolve("before.txt")), Files.readString(tmp.resolve("after.txt")));
    assertTrue(Files.readString(tmp.resolve("before.txt")).contains(".postman_collection.json"));
    assertEquals("out", Files.readString(tmp.resolve("left.txt")).strip(), "a staging directory was left behind");
  }
}
