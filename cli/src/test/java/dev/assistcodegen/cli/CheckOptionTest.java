package dev.assistcodegen.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** generate's schema self-check runs only with --check and does not change the output. */
class CheckOptionTest {
  private static final String COLLECTION = "loome-assist-api.postman_collection.json";

  @TempDir
  Path dir;

  private String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = AssistCodegen.commandLine();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    assertEquals(0, cmd.execute(args), err.toString());
    return err.toString();
  }

  @Test
  void checkValidatesTheCollectionAndWritesTheSameBytes() throws Exception {
    String unchecked = run("generate", "--language", "none", "--verbose", "--out", dir.resolve("plain").toString());
    String checked = run("generate", "--language", "none", "--verbose", "--check",
        "--out", dir.resolve("checked").toString());

    assertFalse(unchecked.contains("checked the collection"), unchecked);
    assertTrue(checked.contains("debug: checked the collection against the Postman v2.1 schema: 0 problems"), checked);
    assertArrayEquals(Files.readAllBytes(dir.resolve("plain").resolve(COLLECTION)),
        Files.readAllBytes(dir.resolve("checked").resolve(COLLECTION)));
  }
}
