package dev.assistcodegen.plan;

import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.model.Operation;
import dev.assistcodegen.model.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which folder a request goes in: its first tag, or its first literal path segment. The
 * collection, ACCESS.md and the snippet folders all group the same way.
 */
public final class RequestFolders {
  private RequestFolders() {}

  /** The folder of {@code op}, or null when it has none (no tag; a path of variables only). */
  public static String of(Operation op, Folders mode) {
    if (mode == Folders.TAGS) {
      return op.tags().isEmpty() ? null : op.tags().get(0);
    }
    for (String segment : PathKey.pathOf(op.path()).split("/")) {
      if (!segment.isEmpty() && !segment.contains("{")) {
        return segment;
      }
    }
    return null;
  }

  /**
   * Folder name to operations: declared tags first (in the spec's order), then folders in order
   * of first use; operations in spec order. The null key, last, holds operations without a folder.
   */
  public static Map<String, List<Operation>> group(ApiSpec spec, List<Operation> operations,
      Folders mode) {
    Map<String, List<Operation>> folders = new LinkedHashMap<>();
    if (mode == Folders.TAGS) {
      for (Tag tag : spec.tags()) {
        folders.put(tag.name(), new ArrayList<>());
      }
    }
    List<Operation> loose = new ArrayList<>();
    for (Operation op : operations) {
      String folder = of(op, mode);
      if (folder == null) {
        loose.add(op);
      } else {
        folders.computeIfAbsent(folder, k -> new ArrayList<>()).add(op);
      }
    }
    folders.values().removeIf(List::isEmpty);
    if (!loose.isEmpty()) {
      folders.put(null, loose);
    }
    return folders;
  }
}
