package dev.assistcodegen.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assistcodegen.model.Operation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Everything on the index page when it fits; else pages per folder, none past the budget. */
class PageLayoutTest {
  private static Operation op(String id) {
    return new Operation(id, "GET", "/" + id, id, "", List.of(), false, List.of(), Optional.empty(), List.of(),
        List.of());
  }

  private static Map<String, List<Operation>> groups(int folders, int perFolder) {
    Map<String, List<Operation>> groups = new LinkedHashMap<>();
    for (int f = 0; f < folders; f++) {
      List<Operation> ops = new ArrayList<>();
      for (int i = 0; i < perFolder; i++) {
        ops.add(op("f" + f + "op" + i));
      }
      groups.put(f == 1 ? "Index" : "Folder " + f, ops);
    }
    return groups;
  }

  /** Each request: an article of {@code article} bytes and a snippet of its own of {@code code} bytes. */
  private static PageLayout.Sizes sizes(long article, int code) {
    return new PageLayout.Sizes() {
      @Override
      public long article(Operation op) {
        return article;
      }

      @Override
      public String anchor(Operation op) {
        return op.operationId();
      }

      @Override
      public List<Code> code(Operation op) {
        String text = (op.operationId() + "\n").repeat(1) + "x".repeat(code) + op.operationId();
        return List.of(new Code("sh", "Shell", op.operationId() + ".sh", text.getBytes(StandardCharsets.UTF_8)));
      }
    };
  }

  @Test
  void aSmallSpecIsOnePage() {
    PageLayout layout = PageLayout.of(groups(3, 4), sizes(1_000, 100), 100_000);
    assertTrue(layout.single());
    assertEquals(1, layout.pages().size());
    assertEquals("index.html", layout.pages().get(0).file());
    assertEquals(12, layout.pages().get(0).operations().size());
    assertEquals(3, layout.folders().size());
  }

  @Test
  void aBigSpecHasPagesPerFolderWithinTheBudget() {
    Map<String, List<Operation>> groups = groups(3, 40);
    PageLayout layout = PageLayout.of(groups, sizes(1_000, 1_000), 10_000);
    assertTrue(!layout.single());
    assertEquals("index.html", layout.pages().get(0).file());
    assertEquals(List.of(), layout.pages().get(0).operations());
    Set<String> files = new HashSet<>();
    List<String> seen = new ArrayList<>();
    for (PageLayout.Page page : layout.pages()) {
      assertTrue(files.add(page.file()), "file names are unique: " + page.file());
      long size = page.operations().size() * 1_000L + page.codeTable().size();
      assertTrue(page.index() || size <= 10_000, page.file() + ": " + size);
      page.operations().forEach(op -> seen.add(op.operationId()));
    }
    List<String> all = groups.values().stream().flatMap(List::stream).map(Operation::operationId).toList();
    assertEquals(all, seen, "every request once, in order");
    // the folder "Index" cannot take index.html
    assertEquals("index-2.html", layout.folders().get("Index").get(0).file());
    assertEquals("folder-0-2.html", layout.folders().get("Folder 0").get(1).file());
    assertTrue(layout.folders().get("Folder 0").size() > 1);
  }

  @Test
  void aRequestBiggerThanTheBudgetGetsAPageOfItsOwn() {
    PageLayout layout = PageLayout.of(groups(1, 3), sizes(50_000, 10), 10_000);
    assertEquals(4, layout.pages().size());
    layout.pages().stream().skip(1).forEach(p -> assertEquals(1, p.operations().size()));
  }
}
