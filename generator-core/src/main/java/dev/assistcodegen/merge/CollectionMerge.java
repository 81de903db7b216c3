package dev.assistcodegen.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistcodegen.merge.Matching.Fresh;
import dev.assistcodegen.merge.Matching.Item;
import dev.assistcodegen.merge.Matching.Kind;
import dev.assistcodegen.merge.MergeSummary.Change;
import dev.assistcodegen.postman.GeneratedBlock;
import dev.assistcodegen.postman.GenerationRecord;
import dev.assistcodegen.postman.PostmanIds;
import dev.assistcodegen.postman.PostmanJson;
import dev.assistcodegen.report.GenerationException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Merges a newly generated collection with an existing one: the result is the new generation
 * with the user's work from the existing collection carried over (their requests and folders
 * where they put them, their scripts, saved responses, description text, changed auth and
 * variables). A generated request whose operation is gone moves to the folder
 * {@value #REMOVED_FOLDER}, or is deleted when pruning.
 */
public final class CollectionMerge {
  /** The folder that receives generated requests whose operation is no longer in the spec. */
  public static final String REMOVED_FOLDER = "Removed from the spec";
  static final String REMOVED_DESCRIPTION = "Requests whose operations are no longer in the spec, kept with your"
      + " additions when a new generation was merged into this collection. Delete what you no longer need"
      + " (merging with prune deletes them).";

  /** The merged collection and what the merge did. */
  public record Result(ObjectNode collection, MergeSummary summary) {}

  private final ObjectNode existing;
  private final ObjectNode fresh;
  private final boolean prune;
  private final String source;
  private final MergeSummary summary;
  private final GenerationRecord generated;
  private final GenerationRecord old;
  private final String removedId;
  private final Map<Fresh, Kept> keptByRequest = new IdentityHashMap<>();
  private final Map<JsonNode, Kept> keptByFolder = new IdentityHashMap<>();
  private final List<Item> removed = new ArrayList<>();
  private final List<ObjectNode> removedBefore = new ArrayList<>();
  private Matching matching;

  private CollectionMerge(ObjectNode existing, ObjectNode fresh, boolean prune, String source) {
    this.existing = existing;
    this.fresh = fresh;
    this.prune = prune;
    this.source = source;
    this.summary = new MergeSummary(source);
    this.generated = GenerationRecord.read(fresh)
        .orElseThrow(() -> new IllegalStateException("a generated collection always holds its record"));
    this.old = GenerationRecord.read(existing).orElse(null);
    this.removedId = PostmanIds.of(fresh.path("info").path("name").asText(), "removed-from-the-spec");
  }

  /**
   * Merges {@code existing} (checked by {@link ExistingCollection}; only read) into {@code fresh},
   * a collection just generated, which is changed in place and returned. {@code source} names the
   * existing collection in messages. Throws {@link GenerationException} when {@code existing} is a
   * collection of another API.
   */
  public static Result merge(ObjectNode existing, ObjectNode fresh, boolean prune, String source) {
    Objects.requireNonNull(existing, "existing == null");
    Objects.requireNonNull(fresh, "fresh == null");
    return new CollectionMerge(existing, fresh, prune, source).run();
  }

  private Result run() {
    matching = Matching.of(existing, fresh, old,
        item -> removedId.equals(item.id) || REMOVED_FOLDER.equals(item.name));
    checkSameApi();
    if (old == null) {
      summary.withoutRecord();
    }
    for (Fresh f : matching.fresh()) {
      keptByRequest.put(f, new Kept());
    }
    for (Item item : matching.requests()) {
      if (item.kind == Kind.MATCHED) {
        UserWork.request(item.match.item, item.node, item.old, keptByRequest.get(item.match));
      }
    }
    fresh.get("item").forEach(f -> {
      if (f.has("item")) {
        keptByFolder.put(f, new Kept());
      }
    });
    place(matching.root(), (ArrayNode) fresh.get("item"), null);
    dropEmptiedFolders();
    Kept collection = new Kept();
    UserWork.collection(fresh, existing, old == null ? null : old.collection(), collection);
    Kept variables = new Kept();
    CollectionVariables.merge(fresh, existing.path("variable"), old, generated, variables);
    addRemovedFolder();
    report(collection, variables);
    return new Result(fresh, summary);
  }

  /**
   * A collection of another API is refused: one whose record names another API title, or, without
   * a record, one none of whose requests has the method and path of a generated request.
   */
  private void checkSameApi() {
    if (old != null && !old.api().equals(generated.api())) {
      throw new GenerationException(source + ": a collection of another API (" + MergeSummary.quote(old.api())
          + ", generated by assist-codegen), not of " + MergeSummary.quote(generated.api()));
    }
    if (old == null && matching.matchedCount() == 0) {
      throw new GenerationException(source + ": not a collection of " + MergeSummary.quote(generated.api())
          + ": none of its " + matching.requests().size() + " requests has the method and path of an operation in"
          + " the spec");
    }
  }

  /**
   * Places the existing items of one container into {@code target}. In a container of ours
   * ({@code yourFolder} null) the generated items are already there, and the user's go after the
   * item that preceded them; in a folder of the user's, everything goes in the user's order, and
   * a generated request the user moved there stays there.
   */
  private void place(List<Item> children, ArrayNode target, String yourFolder) {
    JsonNode anchor = null;
    for (Item child : children) {
      switch (child.kind) {
        case MATCHED -> {
          if (yourFolder != null) {
            detach(child.match);
            target.add(child.match.item);
            keptByRequest.get(child.match).work("its place in your folder " + MergeSummary.quote(yourFolder));
          } else if (indexOf(target, child.match.item) >= 0) {
            anchor = child.match.item;
          }
        }
        case REMOVED -> removed.add(child);
        case YOURS -> {
          anchor = insert(target, anchor, child.node.deepCopy(), yourFolder != null);
          if (yourFolder == null) {
            summary.yours("request " + MergeSummary.quote(child.name) + " (" + MergeSummary.cut(child.key) + ")");
          }
        }
        case YOUR_FOLDER -> {
          anchor = insert(target, anchor, yourFolder(child), yourFolder != null);
          if (yourFolder == null) {
            summary.yours("folder " + MergeSummary.quote(child.name) + " (" + MergeSummary.count(requestCount(child.node), "request")
                + ")");
          }
        }
        case OUR_FOLDER -> {
          ourFolder(child);
          anchor = child.freshFolder;
        }
        case VANISHED_FOLDER -> {
          ObjectNode kept = vanishedFolder(child);
          anchor = kept == null ? anchor : insert(target, anchor, kept, yourFolder != null);
        }
        case REMOVED_FOLDER -> removedFolder(child);
      }
    }
  }

  /** Inserts {@code node} after {@code anchor} (first when there is none), or at the end when appending. */
  private static JsonNode insert(ArrayNode target, JsonNode anchor, ObjectNode node, boolean append) {
    int at = target.size();
    if (!append) {
      int anchorAt = anchor == null ? -1 : indexOf(target, anchor);
      at = anchor == null ? 0 : anchorAt < 0 ? target.size() : anchorAt + 1;
    }
    target.insert(at, node);
    return node;
  }

  private static int indexOf(ArrayNode array, JsonNode node) {
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i) == node) {
        return i;
      }
    }
    return -1;
  }

  private static void detach(Fresh f) {
    int at = indexOf(f.container, f.item);
    if (at >= 0) {
      f.container.remove(at);
    }
  }

  /** A folder of the user's: copied, with its items placed in the user's order. */
  private ObjectNode yourFolder(Item folder) {
    ObjectNode copy = PostmanJson.NODES.objectNode();
    folder.node.fields().forEachRemaining(e -> {
      if (e.getKey().equals("item")) {
        ArrayNode items = copy.putArray("item");
        place(folder.children, items, folder.name);
      } else {
        copy.set(e.getKey(), e.getValue().deepCopy());
      }
    });
    return copy;
  }

  private void ourFolder(Item folder) {
    Kept kept = keptByFolder.get(folder.freshFolder);
    UserWork.folder(folder.freshFolder, folder.node, folder.oldFolder, kept);
    summary.part("folder " + MergeSummary.quote(folder.name), kept);
    place(folder.children, (ArrayNode) folder.freshFolder.get("item"), null);
  }

  /**
   * Generated folders are never empty: one the user emptied by moving its requests into their own
   * folders goes, unless it holds other work of theirs.
   */
  private void dropEmptiedFolders() {
    ArrayNode root = (ArrayNode) fresh.get("item");
    for (int i = root.size() - 1; i >= 0; i--) {
      Kept kept = keptByFolder.get(root.get(i));
      if (kept != null && kept.isEmpty() && root.get(i).path("item").isEmpty()) {
        root.remove(i);
      }
    }
  }

  /** A generated folder no operation falls into any more: kept only for what of the user's it holds. */
  private ObjectNode vanishedFolder(Item folder) {
    ObjectNode shell = PostmanJson.NODES.objectNode();
    if (folder.id != null) {
      shell.put("id", folder.id);
    }
    shell.put("name", folder.name);
    ArrayNode items = shell.putArray("item");
    Kept kept = new Kept();
    UserWork.folder(shell, folder.node, folder.oldFolder, kept);
    place(folder.children, items, null);
    if (items.isEmpty() && kept.work().isEmpty()) {
      return null;
    }
    summary.part("folder " + MergeSummary.quote(folder.name) + " (no longer generated: kept for your "
        + (items.isEmpty() ? "work on it" : MergeSummary.count(items.size(), "item")) + ")", kept);
    return shell;
  }

  /** Our folder of removed requests from an earlier merge: its items are kept (or pruned) with the new ones. */
  private void removedFolder(Item folder) {
    for (Item child : folder.children) {
      switch (child.kind) {
        case MATCHED -> { }
        case REMOVED -> removed.add(child);
        case YOUR_FOLDER -> removedBefore.add(yourFolder(child));
        default -> removedBefore.add(child.node.deepCopy());
      }
    }
  }

  private void addRemovedFolder() {
    if (prune) {
      removedBefore.forEach(n -> summary.request(Change.PRUNED, n.has("item") ? "folder" : GenerationRecord
          .requestKey(n.path("request")), n.path("name").asText(), new Kept()));
      return;
    }
    if (removedBefore.isEmpty() && removed.isEmpty()) {
      return;
    }
    if (!removedBefore.isEmpty()) {
      summary.line("folder \"" + REMOVED_FOLDER + "\": kept its " + MergeSummary.count(removedBefore.size(), "item")
          + " from earlier merges");
    }
    ObjectNode folder = ((ArrayNode) fresh.get("item")).addObject();
    folder.put("id", removedId);
    folder.put("name", REMOVED_FOLDER);
    folder.put("description", REMOVED_DESCRIPTION);
    ArrayNode items = folder.putArray("item");
    removedBefore.forEach(items::add);
    removed.forEach(item -> items.add(item.node.deepCopy()));
  }

  private void report(Kept collection, Kept variables) {
    Map<Fresh, Item> matchOf = new IdentityHashMap<>();
    matching.requests().stream().filter(i -> i.match != null).forEach(i -> matchOf.put(i.match, i));
    for (Fresh f : matching.fresh()) {
      Item item = matchOf.get(f);
      Kept kept = keptByRequest.get(f);
      Change change = item == null ? Change.ADDED : item.old == null ? Change.MATCHED
          : item.old.content().equals(generated.requests().get(f.id).content()) ? Change.UNCHANGED : Change.UPDATED;
      if (item == null && old != null && (old.requests().containsKey(f.id) || old.requestByKey(f.key) != null)) {
        kept.note("generated again: it was generated last time and is not in the existing collection");
      }
      summary.request(change, f.key, f.name, kept);
    }
    for (Item item : removed) {
      summary.request(prune ? Change.PRUNED : Change.REMOVED, item.key, item.name, removedWork(item));
    }
    summary.part("collection", collection);
    summary.part("variables", variables);
  }

  /** What of the user's a removed request holds: their scripts and saved responses. */
  private static Kept removedWork(Item item) {
    Kept kept = new Kept();
    for (JsonNode event : item.node.path("event")) {
      if (GeneratedBlock.split(Scripts.lines(event)).hasUserCode()) {
        kept.work(Scripts.scriptName(event.path("listen").asText()));
      }
    }
    int saved = 0;
    for (JsonNode r : item.node.path("response")) {
      if (item.old == null || !item.old.responses().containsKey(
          dev.assistcodegen.postman.Fingerprints.of(r.path("name").asText()))) {
        saved++;
      }
    }
    if (saved > 0) {
      kept.work(MergeSummary.count(saved, "saved response"));
    }
    return kept;
  }

  private static int requestCount(JsonNode folder) {
    int count = 0;
    for (JsonNode child : folder.path("item")) {
      count += child.has("item") ? requestCount(child) : 1;
    }
    return count;
  }
}
