package dev.assistcodegen.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistcodegen.postman.GenerationRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Tells which existing item is which: a generated request and its newly generated version, a
 * generated request whose operation is gone, or the user's own; a generated folder, or the
 * user's. Requests are matched by id, then through the record of the last generation (which
 * knows a request's id from its method and path, so a renamed path is still found when the ids
 * are gone), then by method and path.
 */
final class Matching {
  enum Kind { MATCHED, REMOVED, YOURS, OUR_FOLDER, VANISHED_FOLDER, REMOVED_FOLDER, YOUR_FOLDER }

  /** A generated request of the new collection and the array that holds it (equal only to itself). */
  static final class Fresh {
    final ObjectNode item;
    final ArrayNode container;
    final String id;
    final String key;
    final String name;

    Fresh(ObjectNode item, ArrayNode container) {
      this.item = item;
      this.container = container;
      this.id = item.path("id").asText();
      this.key = GenerationRecord.requestKey(item.path("request"));
      this.name = item.path("name").asText();
    }
  }

  /** An item of the existing collection and what it turned out to be. */
  static final class Item {
    final ObjectNode node;
    final boolean folder;
    final String id;
    final String key;
    final String name;
    final List<Item> children = new ArrayList<>();
    Kind kind;
    /** MATCHED: the new version. */
    Fresh match;
    /** MATCHED, REMOVED: what the last generation recorded for it, or null. */
    GenerationRecord.Request old;
    /** OUR_FOLDER: the new folder. */
    ObjectNode freshFolder;
    /** OUR_FOLDER, VANISHED_FOLDER: what the last generation recorded for it, or null. */
    GenerationRecord.Part oldFolder;

    Item(ObjectNode node) {
      this.node = node;
      this.folder = node.has("item");
      this.id = node.path("id").isTextual() ? node.path("id").asText() : null;
      this.name = node.path("name").asText("");
      this.key = folder ? null : GenerationRecord.requestKey(node.path("request"));
    }
  }

  private final List<Item> root = new ArrayList<>();
  private final List<Item> requests = new ArrayList<>();
  private final List<Fresh> fresh = new ArrayList<>();
  private final Map<String, Fresh> freshById = new LinkedHashMap<>();
  private final Map<String, Fresh> freshByKey = new LinkedHashMap<>();
  private final Set<Fresh> taken = new HashSet<>();
  private final Set<String> claimed = new HashSet<>();
  private final GenerationRecord old;

  private Matching(GenerationRecord old) {
    this.old = old;
  }

  /** Matches {@code existing} against {@code freshCollection}. {@code removedFolder}: is an item our "Removed" folder. */
  static Matching of(JsonNode existing, ObjectNode freshCollection, GenerationRecord old,
      Predicate<Item> removedFolder) {
    Matching m = new Matching(old);
    m.indexFresh((ArrayNode) freshCollection.get("item"));
    Map<String, ObjectNode> foldersById = new LinkedHashMap<>();
    Map<String, ObjectNode> foldersByName = new LinkedHashMap<>();
    for (JsonNode item : freshCollection.get("item")) {
      if (item.has("item")) {
        foldersById.putIfAbsent(item.path("id").asText(), (ObjectNode) item);
        foldersByName.putIfAbsent(item.path("name").asText(), (ObjectNode) item);
      }
    }
    Set<ObjectNode> foldersTaken = new HashSet<>();
    for (JsonNode node : existing.path("item")) {
      Item item = m.read((ObjectNode) node);
      m.root.add(item);
      if (item.folder) {
        m.classifyRootFolder(item, removedFolder, foldersById, foldersByName, foldersTaken);
      }
    }
    m.matchRequests();
    return m;
  }

  private void indexFresh(ArrayNode items) {
    for (JsonNode node : items) {
      if (node.has("item")) {
        indexFresh((ArrayNode) node.get("item"));
        continue;
      }
      Fresh f = new Fresh((ObjectNode) node, items);
      fresh.add(f);
      freshById.putIfAbsent(f.id, f);
      freshByKey.putIfAbsent(f.key, f);
    }
  }

  private Item read(ObjectNode node) {
    Item item = new Item(node);
    if (item.folder) {
      item.kind = Kind.YOUR_FOLDER;
      for (JsonNode child : node.get("item")) {
        item.children.add(read((ObjectNode) child));
      }
    } else {
      requests.add(item);
    }
    return item;
  }

  private void classifyRootFolder(Item item, Predicate<Item> removedFolder,
      Map<String, ObjectNode> byId, Map<String, ObjectNode> byName, Set<ObjectNode> taken) {
    if (removedFolder.test(item)) {
      item.kind = Kind.REMOVED_FOLDER;
      return;
    }
    ObjectNode f = item.id != null ? byId.get(item.id) : null;
    if (f == null || taken.contains(f)) {
      f = byName.get(item.name);
    }
    if (f != null && taken.add(f)) {
      item.kind = Kind.OUR_FOLDER;
      item.freshFolder = f;
      item.oldFolder = old == null ? null : old.folder(item.name);
    } else if (old != null && old.folder(item.name) != null) {
      item.kind = Kind.VANISHED_FOLDER;
      item.oldFolder = old.folder(item.name);
    }
  }

  private void matchRequests() {
    // by id first, so that a user's copy of a generated request (a new id) never takes its place
    pass((item, f) -> true, item -> item.id == null ? null : freshById.get(item.id));
    BiPredicate<Item, Fresh> sameName = (item, f) -> item.name.equals(f.name);
    pass(sameName, this::throughRecord);
    pass((item, f) -> true, this::throughRecord);
    pass(sameName, item -> freshByKey.get(item.key));
    pass((item, f) -> true, item -> freshByKey.get(item.key));
    for (Item item : requests) {
      if (item.kind != null) {
        continue;
      }
      GenerationRecord.Request recorded = recorded(item);
      if (recorded != null) {
        claimed.add(recorded.id());
        item.kind = Kind.REMOVED;
        item.old = recorded;
      } else {
        item.kind = Kind.YOURS;
      }
    }
  }

  private void pass(BiPredicate<Item, Fresh> accept, Function<Item, Fresh> candidate) {
    for (Item item : requests) {
      if (item.kind != null) {
        continue;
      }
      Fresh f = candidate.apply(item);
      if (f == null || taken.contains(f) || !accept.test(item, f)) {
        continue;
      }
      GenerationRecord.Request recorded = recorded(item);
      taken.add(f);
      item.kind = Kind.MATCHED;
      item.match = f;
      item.old = recorded;
      if (recorded != null) {
        claimed.add(recorded.id());
      }
    }
  }

  /** The new version of the request the record knew under this item's id or method and path. */
  private Fresh throughRecord(Item item) {
    GenerationRecord.Request recorded = recorded(item);
    return recorded == null ? null : freshById.get(recorded.id());
  }

  /** What the last generation recorded for this item (by id, else by method and path), unless another item has it. */
  private GenerationRecord.Request recorded(Item item) {
    if (old == null) {
      return null;
    }
    GenerationRecord.Request r = item.id == null ? null : old.requests().get(item.id);
    if (r == null) {
      r = old.requestByKey(item.key);
    }
    return r == null || claimed.contains(r.id()) ? null : r;
  }

  List<Item> root() {
    return root;
  }

  List<Item> requests() {
    return requests;
  }

  /** Every newly generated request, in collection order. */
  List<Fresh> fresh() {
    return fresh;
  }

  boolean isTaken(Fresh f) {
    return taken.contains(f);
  }

  long matchedCount() {
    return requests.stream().filter(i -> i.kind == Kind.MATCHED).count();
  }
}
