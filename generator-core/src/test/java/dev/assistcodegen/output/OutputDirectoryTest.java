package dev.assistcodegen.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assistcodegen.report.GenerationException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** All-or-nothing writes: a new directory in one move, re-runs merge, stale files go, foreign files stay. */
class OutputDirectoryTest {
  @TempDir Path tmp;

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static Map<String, byte[]> files(String... pathAndText) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (int i = 0; i < pathAndText.length; i += 2) {
      files.put(pathAndText[i], b(pathAndText[i + 1]));
    }
    return files;
  }

  @Test
  void newDirectoryGetsEveryFileSortedAndNoStagingLeftBehind() throws Exception {
    Path out = tmp.resolve("out");
    List<Path> written = OutputDirectory.write(out, files("z.json", "z", "snippets/go/a/main.go", "go",
        "snippets/curl/a.sh", "sh"));
    assertEquals(List.of(out.resolve("snippets/curl/a.sh"), out.resolve("snippets/go/a/main.go"),
        out.resolve("z.json")), written);
    assertArrayEquals(b("go"), Files.readAllBytes(out.resolve("snippets/go/a/main.go")));
    assertEquals("snippets/curl/a.sh\nsnippets/go/a/main.go\nz.json\n",
        Files.readString(out.resolve(OutputDirectory.MANIFEST)));
    try (Stream<Path> list = Files.list(tmp)) {
      assertEquals(List.of(out), list.toList(), "staging directory left behind");
    }
  }

  @Test
  void rerunReplacesFilesRemovesStaleOnesAndKeepsForeignOnes() throws Exception {
    Path out = tmp.resolve("out");
    OutputDirectory.write(out, files("a.json", "1", "snippets/curl/old.sh", "old", "snippets/curl/keep.sh", "k"));
    Files.writeString(out.resolve("snippets/curl/mine.txt"), "user file");
    OutputDirectory.write(out, files("a.json", "2", "snippets/curl/keep.sh", "k2", "snippets/python/new.py", "p"));
    assertArrayEquals(b("2"), Files.readAllBytes(out.resolve("a.json")));
    assertArrayEquals(b("k2"), Files.readAllBytes(out.resolve("snippets/curl/keep.sh")));
    assertArrayEquals(b("p"), Files.readAllBytes(out.resolve("snippets/python/new.py")));
    assertFalse(Files.exists(out.resolve("snippets/curl/old.sh")), "stale file kept");
    assertTrue(Files.exists(out.resolve("snippets/curl/mine.txt")), "a file the tool did not write was removed");
  }

  @Test
  void aFileWhereADirectoryGoesIsAnErrorAndIsNotDeleted() throws Exception {
    Path out = tmp.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve("snippets"), "user file");
    GenerationException e = assertThrows(GenerationException.class,
        () -> OutputDirectory.write(out, files("snippets/curl/a.sh", "sh")));
    assertTrue(e.getMessage().contains("cannot write output"), e.getMessage());
    assertEquals("user file", Files.readString(out.resolve("snippets")));
  }
}
