package dev.assistcodegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assistcodegen.OutputSizes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate} writes the reference page unless {@code --reference none}, and says where it is. */
class ReferenceOptionTest {
  @TempDir
  Path dir;

  @Test
  void theReferencePageIsWrittenByDefaultAndListedAsThePageToOpen() throws java.io.IOException {
    Path out = dir.resolve("out");
    BadInputTest.Run r = BadInputTest.run("generate", "--language", "curl", "--out", out.toString());
    assertEquals(0, r.exit(), r.stderr());
    assertTrue(Files.isRegularFile(out.resolve("reference/index.html")));
    String size = OutputSizes.human(Files.size(out.resolve("reference/index.html")));
    assertTrue(r.stdout().contains("\n  reference/index.html (" + size + "): open it in a browser\n"), r.stdout());
    assertTrue(r.stdout().contains(", 1 reference page " + size + ", "), r.stdout());
  }

  @Test
  void noneWritesNoPageAndAnyCaseIsAccepted() {
    Path none = dir.resolve("none");
    assertEquals(0, BadInputTest.run("--reference", "NONE", "--language", "none", "--out", none.toString()).exit());
    assertFalse(Files.exists(none.resolve("reference")));
    Path html = dir.resolve("html");
    assertEquals(0, BadInputTest.run("--reference", "Html", "--language", "none", "--out", html.toString()).exit());
    assertTrue(Files.isRegularFile(html.resolve("reference/index.html")));
  }

  @Test
  void anUnknownValueIsAUsageErrorWithTheNearestOne() {
    BadInputTest.Run r = BadInputTest.run("--reference", "htm", "--out", dir.resolve("x").toString());
    assertEquals(2, r.exit());
    assertTrue(r.stderr().startsWith("error: invalid value for option '--reference': expected none or html, got 'htm';"
        + " did you mean 'html'?"), r.stderr());
    assertFalse(Files.exists(dir.resolve("x")));
  }
}
