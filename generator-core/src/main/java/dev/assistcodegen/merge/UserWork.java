package dev.assistcodegen.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistcodegen.postman.GenerationRecord;
import dev.assistcodegen.postman.PostmanJson;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Carries the user's work from an existing request, folder or collection into its newly generated
 * counterpart (changed in place): scripts, description text, auth they changed, saved responses,
 * settings. The record of the last generation tells the user's changes from the spec's; without
 * it, whatever differs from the new generation counts as the user's.
 */
final class UserWork {
  private static final String SETTINGS = "protocolProfileBehavior";

  private UserWork() {}

  static void request(ObjectNode fresh, ObjectNode existing, GenerationRecord.Request old, Kept kept) {
    Fields.put(fresh, "event", Scripts.merge(fresh.get("event"), existing.get("event"), kept), "response");
    ObjectNode request = (ObjectNode) fresh.get("request");
    JsonNode existingRequest = existing.path("request");
    description(request, existingRequest.get("description"), old == null ? null : old.description(), kept, "auth");
    auth(request, existingRequest.get("auth"), old == null ? null : old.auth(), kept);
    responses(fresh, existing.path("response"), old, kept);
    settings(fresh, existing, kept);
  }

  static void folder(ObjectNode fresh, ObjectNode existing, GenerationRecord.Part old, Kept kept) {
    description(fresh, existing.get("description"), old == null ? null : old.description(), kept, "item");
    Fields.put(fresh, "event", Scripts.merge(fresh.get("event"), existing.get("event"), kept));
    auth(fresh, existing.get("auth"), old == null ? null : old.auth(), kept);
    settings(fresh, existing, kept);
  }

  static void collection(ObjectNode fresh, ObjectNode existing, GenerationRecord.Part old, Kept kept) {
    description((ObjectNode) fresh.get("info"), existing.path("info").get("description"),
        old == null ? null : old.description(), kept, "schema");
    Fields.put(fresh, "event", Scripts.merge(fresh.get("event"), existing.get("event"), kept), "auth", "variable");
    auth(fresh, existing.get("auth"), old == null ? null : old.auth(), kept);
    settings(fresh, existing, kept);
  }

  private static void description(ObjectNode holder, JsonNode existing, GenerationRecord.Text old, Kept kept,
      String before) {
    String fresh = GenerationRecord.text(holder.get("description"));
    String merged = DescriptionText.merge(fresh, GenerationRecord.text(existing), old, kept);
    if (!merged.equals(fresh)) {
      Fields.put(holder, "description", PostmanJson.NODES.textNode(merged), before);
    }
  }

  /** Keeps the existing auth when the user changed it: when it differs from what was generated last time. */
  private static void auth(ObjectNode holder, JsonNode existing, String oldMark, Kept kept) {
    String freshMark = GenerationRecord.authMark(holder.get("auth"));
    String old = oldMark != null ? oldMark : freshMark;
    String existingMark = GenerationRecord.authMark(existing);
    if (existingMark.equals(old)) {
      return;
    }
    boolean inherits = existing == null || existing.isNull();
    Fields.put(holder, "auth", inherits ? null : existing.deepCopy(), "variable");
    kept.work(inherits ? "your auth (inherited from the parent)" : "your auth");
    if (!old.equals(freshMark)) {
      kept.note("the spec changed the auth too: yours is kept");
    }
  }

  /**
   * Saved responses: the user's are added after the generated ones; a generated example the user
   * edited replaces the new one of the same name (or is added when the spec no longer has it).
   */
  private static void responses(ObjectNode fresh, JsonNode existing, GenerationRecord.Request old, Kept kept) {
    if (!existing.isArray() || existing.isEmpty()) {
      return;
    }
    ArrayNode responses = fresh.has("response") ? (ArrayNode) fresh.get("response") : fresh.putArray("response");
    Set<String> freshIds = new HashSet<>();
    Map<String, Integer> freshByName = new HashMap<>();
    for (int i = 0; i < responses.size(); i++) {
      freshIds.add(responses.get(i).path("id").asText());
      freshByName.putIfAbsent(responses.get(i).path("name").asText(), i);
    }
    int added = 0;
    for (JsonNode r : existing) {
      String name = r.path("name").asText();
      String content = GenerationRecord.responseContent(r);
      String generated = old != null ? old.responses().get(dev.assistcodegen.postman.Fingerprints.of(name))
          : freshByName.containsKey(name) ? GenerationRecord.responseContent(responses.get(freshByName.get(name)))
          : null;
      boolean ours = generated != null || freshIds.contains(r.path("id").asText());
      if (ours && content.equals(generated)) {
        continue;
      }
      if (ours) {
        kept.work("your edited example \"" + name + "\"");
        if (freshByName.containsKey(name)) {
          responses.set(freshByName.get(name), r.deepCopy());
          continue;
        }
      } else {
        added++;
      }
      responses.add(r.deepCopy());
    }
    if (added > 0) {
      kept.work(MergeSummary.count(added, "saved response"));
    }
  }

  /** Request settings (Postman's protocolProfileBehavior) are never generated: any are the user's. */
  private static void settings(ObjectNode fresh, JsonNode existing, Kept kept) {
    JsonNode settings = existing.get(SETTINGS);
    if (settings != null && settings.isObject() && !settings.isEmpty() && !fresh.has(SETTINGS)) {
      fresh.set(SETTINGS, settings.deepCopy());
      kept.work("your settings");
    }
  }
}
