package dev.assistcodegen.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs give byte-identical files: in-process, and as separate JVMs started from different
 * working directories with other locales and time zones. No absolute path or today's date
 * appears in the output.
 */
class DeterminismIT {
  @TempDir
  Path tmp;

  @Test
  void sameBytesInProcessAndAcrossProcessesLocalesAndTimeZones() throws Exception {
    Path spec = Path.of(System.getProperty("assist.repoRoot", "..")).resolve("spec/loome-assist.openapi.yaml")
        .toAbsolutePath().normalize();
    Path a = tmp.resolve("a/out");
    Path b = tmp.resolve("b/out");
    assertEquals(0, BadInputTest.run("generate", "--spec", spec.toString(), "--out", a.toString()).exit());
    assertEquals(0, BadInputTest.run("generate", "--spec", spec.toString(), "--out", b.toString()).exit());
    Map<String, byte[]> first = files(a);
    assertTrue(first.size() >= 3, "collection and environments expected: " + first.keySet());
    assertIdentical(first, files(b));

    Path dirC = Files.createDirectories(tmp.resolve("c/deeper/work"));
    Path dirD = Files.createDirectories(tmp.resolve("d"));
    cli(dirC, Map.of("LC_ALL", "tr_TR.UTF-8", "LANG", "tr_TR.UTF-8", "TZ", "Pacific/Kiritimati"),
        "-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Pacific/Kiritimati",
        "generate", "--spec", spec.toString(), "--out", "out");
    cli(dirD, Map.of("LC_ALL", "C", "LANG", "C", "TZ", "America/Adak"),
        "-Duser.language=de", "-Duser.country=DE", "-Duser.timezone=America/Adak",
        "generate", "--spec", spec.toString(), "--out", "out");
    assertIdentical(first, files(dirC.resolve("out")));
    assertIdentical(first, files(dirD.resolve("out")));

    String today = LocalDate.now(ZoneOffset.UTC).toString();
    for (Map.Entry<String, byte[]> e : first.entrySet()) {
      String text = new String(e.getValue(), StandardCharsets.UTF_8);
      assertFalse(text.contains(tmp.toString()), e.getKey() + " contains an absolute path");
      assertFalse(text.contains(spec.getParent().toString()), e.getKey() + " contains the spec's absolute path");
      assertFalse(text.contains(today), e.getKey() + " contains today's date (a timestamp?)");
    }
  }

  /** Runs the CLI in a new JVM (same class path as the tests) in {@code dir} with {@code env}. */
  private static void cli(Path dir, Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    List<String> rest = new ArrayList<>();
    for (String arg : args) {
      (arg.startsWith("-D") ? command : rest).add(arg);
    }
    command.add(Main.class.getName());
    command.addAll(rest);
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().putAll(env);
    Process p = pb.start();
    p.getOutputStream().close();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "CLI timed out");
    assertEquals(0, p.exitValue(), output);
  }

  private static void assertIdentical(Map<String, byte[]> expected, Map<String, byte[]> actual) {
    assertEquals(expected.keySet(), actual.keySet());
    expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name + " differs between runs"));
  }

  private static Map<String, byte[]> files(Path dir) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return out;
  }
}
