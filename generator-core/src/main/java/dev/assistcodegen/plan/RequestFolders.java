package dev.assistcodegen.plan;

import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.model.Operation;
import dev.assistcodegen.model.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which folder a request goes in: its first tag, or (without a tag, or with {@link Folders#PATHS}) the
 * first literal path segment after the segments every path of the spec shares, in words
 * ({@code /v1/payment_intents/{id}} of Stripe's {@code /v1/...} is "Payment Intents", Slack's
 * {@code /chat.postMessage} is "Chat"). Worked out once
 * from the whole spec, so the collection, ACCESS.md and the snippet folders group alike, and so do the
 * collections of different roles.
 */
public final class RequestFolders {
  private final Folders mode;
  private final List<String> tags;
  private final int sharedSegments;

  private RequestFolders(Folders mode, List<String> tags, int sharedSegments) {
    this.mode = mode;
    this.tags = tags;
    this.sharedSegments = sharedSegments;
  }

  /** The folders of {@code spec}'s operations (the whole spec's, before any role selects some). */
  public static RequestFolders of(ApiSpec spec, Folders mode) {
    return new RequestFolders(mode, spec.tags().stream().map(Tag::name).toList(),
        sharedSegments(spec.operations().stream().map(op -> segments(op.path())).toList()));
  }

  /**
   * How many leading segments every path shares, counting only segments that every path has more
   * segments after: {@code /v1/customers} and {@code /v1/customers/{id}} share {@code v1} only, so
   * {@code customers} remains to name the folder.
   */
  static int sharedSegments(List<List<String>> paths) {
    if (paths.isEmpty()) {
      return 0;
    }
    List<String> first = paths.get(0);
    for (int shared = 0; ; shared++) {
      int i = shared;
      if (first.size() <= i + 1 || !paths.stream().allMatch(p -> p.size() > i + 1 && p.get(i).equals(first.get(i)))) {
        return shared;
      }
    }
  }

  /** The segments of a path key's path (without the query text or fragment a key may hold). */
  private static List<String> segments(String path) {
    return Arrays.stream(PathKey.pathOf(path).split("/")).filter(s -> !s.isEmpty()).toList();
  }

  /** The folder of {@code op}, or null when it has none (no tag, and no literal path segment after the shared ones). */
  public String of(Operation op) {
    if (mode == Folders.TAGS && !op.tags().isEmpty()) {
      return op.tags().get(0);
    }
    List<String> segments = segments(op.path());
    for (int i = sharedSegments; i < segments.size(); i++) {
      String segment = segments.get(i);
      String words = segment.contains("{") ? "" : Names.words(resource(segment));
      if (!words.isEmpty()) {
        return words;
      }
    }
    return null;
  }

  /**
   * The resource a segment names: the text before a '.' or ':' that follows it (a method, as in
   * {@code /chat.postMessage} or {@code /documents:batchGet}, or a format, as in {@code /Accounts.json}).
   */
  private static String resource(String segment) {
    int end = 0;
    while (end < segment.length() && segment.charAt(end) != '.' && segment.charAt(end) != ':') {
      end++;
    }
    return end == 0 ? segment : segment.substring(0, end);
  }

  /**
   * Folder name to operations: declared tags first (in the spec's order), then folders in order
   * of first use; operations in spec order. The null key, last, holds operations without a folder.
   */
  public Map<String, List<Operation>> group(List<Operation> operations) {
    Map<String, List<Operation>> folders = new LinkedHashMap<>();
    if (mode == Folders.TAGS) {
      for (String tag : tags) {
        folders.put(tag, new ArrayList<>());
      }
    }
    List<Operation> loose = new ArrayList<>();
    for (Operation op : operations) {
      String folder = of(op);
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
