package dev.assistcodegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a run tells the user it wrote: the sizes by kind. */
class OutputSizesTest {
  private static byte[] bytes(int n) {
    return "x".repeat(n).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void sizesAreShownInDecimalUnits() {
    assertEquals("0 bytes", OutputSizes.human(0));
    assertEquals("1 byte", OutputSizes.human(1));
    assertEquals("999 bytes", OutputSizes.human(999));
    assertEquals("1.0 KB", OutputSizes.human(1_000));
    assertEquals("64.0 KB", OutputSizes.human(64_000));
    assertEquals("1.0 MB", OutputSizes.human(999_999));
    assertEquals("38.2 MB", OutputSizes.human(38_200_000));
    assertEquals("1.8 GB", OutputSizes.human(1_770_000_000L));
  }

  @Test
  void theSummaryAddsUpEachKind() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("api.postman_collection.json", bytes(12_300_000));
    files.put("api-eu.postman_environment.json", bytes(600));
    files.put("api-us.postman_environment.json", bytes(500));
    files.put("snippets/curl/get-things.sh", bytes(700));
    files.put("snippets/python/get_things.py", bytes(900));
    files.put("ACCESS.md", bytes(3_400));
    OutputSizes sizes = OutputSizes.of(files);
    assertEquals(12_306_100, sizes.total());
    assertEquals(700, sizes.bytes("snippets/curl/get-things.sh"));
    assertEquals(0, sizes.bytes("nothing.json"));
    assertEquals("6 files, 12.3 MB: the collection 12.3 MB, 2 environments 1.1 KB, 2 snippets 1.6 KB, ACCESS.md 3.4 KB",
        sizes.summary());
  }

  @Test
  void kindsWithoutFilesAreLeftOut() {
    OutputSizes sizes = OutputSizes.of(Map.of("api.postman_collection.json", bytes(812),
        "api.postman_environment.json", bytes(1_024)));
    assertEquals("2 files, 1.8 KB: the collection 812 bytes, 1 environment 1.0 KB", sizes.summary());
  }

  @Test
  void filesInAFolderAreCountedByFolder() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("api.postman_collection.json", bytes(2_000));
    files.put("reference/index.html", bytes(3_000));
    files.put("reference/pets.html", bytes(1_000));
    files.put("uploads/sample.png", bytes(70));
    files.put("snippets/curl/get-pets.sh", bytes(500));
    files.put("extra/notes.txt", bytes(10));
    assertEquals("6 files, 6.6 KB: the collection 2.0 KB, 1 extra/ file 10 bytes, 2 reference pages 4.0 KB,"
        + " 1 snippet 500 bytes, 1 upload file 70 bytes", OutputSizes.of(files).summary());
  }
}
