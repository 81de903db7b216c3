package dev.assistcodegen.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assistcodegen.testing.Processes;
import dev.assistcodegen.testing.RepoPaths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each escaper, fed hostile strings, yields a literal its language's own runtime reads back unchanged. */
class EscapersRoundTripIT {
  @TempDir
  Path tmp;

  /** Runs a program printing each literal's value (hex of UTF-8) one per line, compares. */
  private void roundTrip(UnaryOperator<String> lit, String ext, String prefix, String lineTemplate, String suffix,
      List<String> command) throws Exception {
    roundTrip(EscapersTest.HOSTILE, lit, ext, prefix, lineTemplate, suffix, command);
  }

  private void roundTrip(List<String> values, UnaryOperator<String> lit, String ext, String prefix,
      String lineTemplate, String suffix, List<String> command) throws Exception {
    StringBuilder program = new StringBuilder(prefix);
    for (String s : values) {
      program.append(lineTemplate.replace("LIT", lit.apply(s))).append('\n');
    }
    program.append(suffix);
    Path file = tmp.resolve(ext.equals("java") ? "P.java" : "p." + ext);
    Files.writeString(file, program, StandardCharsets.UTF_8);
    List<String> cmd = new java.util.ArrayList<>(command);
    cmd.add(file.toString());
    Processes.Result r = Processes.run(cmd, tmp, Map.of(), 60);
    assertEquals(0, r.exitCode(), r.output() + "\n" + program);
    List<String> lines = r.output().lines().toList();
    for (int i = 0; i < values.size(); i++) {
      String v = values.get(i);
      assertEquals(hex(v), lines.get(i), () -> "value " + v.substring(0, Math.min(200, v.length())));
    }
  }

  private static String hex(String s) {
    StringBuilder out = new StringBuilder("x");
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      out.append(String.format("%02x", b & 0xff));
    }
    return out.toString();
  }

  @Test
  void pythonReadsItsLiteralsBack() throws Exception {
    roundTrip(Escapers::python, "py", "", "print('x' + (LIT).encode('utf-8').hex())", "",
        List.of(RepoPaths.command("python3", "python3").toString()));
  }

  @Test
  void javascriptReadsItsLiteralsBack() throws Exception {
    roundTrip(Escapers::javascript, "js", "", "console.log('x' + Buffer.from(LIT, 'utf8').toString('hex'));", "",
        List.of(RepoPaths.command("node", "nodejs").toString()));
  }

  @Test
  void javaReadsItsLiteralsBackEvenBeyondTheConstantStringLimit() throws Exception {
    List<String> values = new java.util.ArrayList<>(EscapersTest.HOSTILE);
    // 70,000 characters of 3 UTF-8 bytes each, with a pair split across chunks: far past 65,535 bytes
    values.add("€".repeat(Escapers.JAVA_CHUNK - 1) + "😀" + "€\"\n".repeat(70_000 / 3));
    roundTrip(values, Escapers::java, "java", "public class P { public static void main(String[] a) {\n",
        "System.out.println(\"x\" + java.util.HexFormat.of().formatHex((LIT).getBytes(java.nio.charset.StandardCharsets.UTF_8)));",
        "}}\n", List.of(RepoPaths.command("java", "openjdk-17-jdk-headless").toString()));
    assertTrue(Escapers.java("x".repeat(Escapers.JAVA_CHUNK + 1)).startsWith("String.join(\"\", \"xxx"));
  }

  @Test
  void rubyReadsItsLiteralsBack() throws Exception {
    roundTrip(Escapers::ruby, "rb", "", "puts 'x' + (LIT).unpack1('H*')", "",
        List.of(RepoPaths.command("ruby", "ruby").toString()));
  }

  @Test
  void phpReadsItsLiteralsBack() throws Exception {
    roundTrip(Escapers::php, "php", "<?php\n", "echo 'x' . bin2hex(LIT) . \"\\n\";", "",
        List.of(RepoPaths.command("php", "php-cli").toString()));
  }

  @Test
  void bashReadsItsLiteralsBackExceptNul() throws Exception {
    roundTrip(Escapers::bash, "sh", "", "printf 'x'; printf '%s' LIT | od -An -tx1 | tr -d ' \\n'; echo", "",
        List.of(RepoPaths.command("bash", "bash").toString()));
    assertEquals("'a'", Escapers.bash("a\0"));
  }
}
