package dev.assistcodegen.reference;

import dev.assistcodegen.model.Operation;
import dev.assistcodegen.plan.Slugs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which request goes on which page. Everything on {@code index.html} when it fits the budget; else the
 * index page holds the overview and each folder has a page of its own ({@code <folder>.html}), or
 * several ({@code <folder>-2.html}, ...) when one would pass the budget, so a page's size is bounded
 * whatever the size of the spec.
 */
final class PageLayout {
  static final String INDEX = "index.html";

  /**
   * One page: its file, its folder (null for the index page), which part of the folder it is (from 1),
   * its requests and their snippets.
   */
  record Page(String file, String folder, int part, List<Operation> operations, CodeTable codeTable) {
    Page {
      operations = List.copyOf(operations);
    }

    boolean index() {
      return file.equals(INDEX);
    }
  }

  private final List<Page> pages;
  private final Map<String, List<Page>> folders;
  private final Map<String, String> folderOf = new HashMap<>();
  private final boolean single;

  private PageLayout(Map<String, List<Operation>> groups, List<Page> pages, Map<String, List<Page>> folders,
      boolean single) {
    this.pages = List.copyOf(pages);
    this.folders = folders;
    this.single = single;
    groups.forEach((folder, ops) -> ops.forEach(op -> folderOf.put(op.operationId(), folder)));
  }

  /** What the layout needs of a request: the size of its article, its anchor and its snippets. */
  interface Sizes {
    long article(Operation op);

    String anchor(Operation op);

    List<Code> code(Operation op);
  }

  /** The layout of {@code groups} (folder name to requests, in the collection's order). */
  static PageLayout of(Map<String, List<Operation>> groups, Sizes sizes, long budget) {
    long articles = 0;
    for (List<Operation> ops : groups.values()) {
      for (Operation op : ops) {
        articles += sizes.article(op);
      }
    }
    if (articles > budget) {
      return perFolder(groups, sizes, budget);
    }
    CodeTable all = new CodeTable();
    List<Operation> every = new ArrayList<>();
    for (List<Operation> ops : groups.values()) {
      for (Operation op : ops) {
        add(all, op, sizes);
        every.add(op);
        if (articles + all.size() > budget) {
          return perFolder(groups, sizes, budget);
        }
      }
    }
    Page index = new Page(INDEX, null, 1, every, all);
    Map<String, List<Page>> folders = new LinkedHashMap<>();
    groups.keySet().forEach(folder -> folders.put(folder, List.of(index)));
    return new PageLayout(groups, List.of(index), folders, true);
  }

  private static void add(CodeTable table, Operation op, Sizes sizes) {
    List<Code> codes = sizes.code(op);
    if (!codes.isEmpty()) {
      table.add(sizes.anchor(op), codes);
    }
  }

  private static PageLayout perFolder(Map<String, List<Operation>> groups, Sizes sizes, long budget) {
    List<Page> pages = new ArrayList<>();
    pages.add(new Page(INDEX, null, 1, List.of(), new CodeTable()));
    Map<String, List<Page>> folders = new LinkedHashMap<>();
    Set<String> files = new HashSet<>(Set.of("index"));
    for (Map.Entry<String, List<Operation>> group : groups.entrySet()) {
      String slug = Slugs.of(group.getKey(), "requests");
      String base = slug;
      for (int n = 2; !files.add(base); n++) {
        base = slug + "-" + n;
      }
      List<Page> parts = new ArrayList<>();
      List<Operation> ops = new ArrayList<>();
      CodeTable table = new CodeTable();
      long size = 0;
      for (Operation op : group.getValue()) {
        long article = sizes.article(op);
        CodeTable.Mark mark = table.mark();
        add(table, op, sizes);
        if (!ops.isEmpty() && size + article + table.size() > budget) {
          // past the budget: this request starts the next page
          table.rollBack(sizes.anchor(op), mark);
          parts.add(new Page(fileName(base, parts.size() + 1), group.getKey(), parts.size() + 1, ops, table));
          ops = new ArrayList<>();
          table = new CodeTable();
          size = 0;
          add(table, op, sizes);
        }
        ops.add(op);
        size += article;
      }
      parts.add(new Page(fileName(base, parts.size() + 1), group.getKey(), parts.size() + 1, ops, table));
      pages.addAll(parts);
      folders.put(group.getKey(), List.copyOf(parts));
    }
    return new PageLayout(groups, pages, folders, false);
  }

  private static String fileName(String base, int part) {
    return base + (part == 1 ? "" : "-" + part) + ".html";
  }

  /** Every page, the index page first. */
  List<Page> pages() {
    return pages;
  }

  /** The pages of each folder, in the collection's order of folders. */
  Map<String, List<Page>> folders() {
    return folders;
  }

  /** The folder of {@code op}. */
  String folderOf(Operation op) {
    return folderOf.get(op.operationId());
  }

  /** True when everything is on the index page. */
  boolean single() {
    return single;
  }
}
