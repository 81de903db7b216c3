package dev.assistcodegen.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistcodegen.postman.GenerationRecord;
import dev.assistcodegen.postman.PostmanJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges collection variables: the user's own variables are kept, and so is the value of a
 * generated variable the user changed; a secret's value is never carried into the new file.
 */
final class CollectionVariables {
  private CollectionVariables() {}

  static void merge(ObjectNode fresh, JsonNode existing, GenerationRecord old, GenerationRecord generated,
      Kept kept) {
    if (!existing.isArray() || existing.isEmpty()) {
      return;
    }
    Map<String, JsonNode> before = new LinkedHashMap<>();
    for (JsonNode v : existing) {
      if (v.isObject() && !v.path("key").asText().isEmpty()) {
        before.putIfAbsent(v.path("key").asText(), v);
      }
    }
    ArrayNode variables = fresh.has("variable") ? (ArrayNode) fresh.get("variable") : fresh.putArray("variable");
    List<String> yours = new ArrayList<>();
    List<String> values = new ArrayList<>();
    List<String> secrets = new ArrayList<>();
    for (JsonNode v : variables) {
      String key = v.path("key").asText();
      JsonNode mine = before.remove(key);
      if (mine == null || key.equals(GenerationRecord.VARIABLE)) {
        continue;
      }
      if (GenerationRecord.SECRET.equals(generated.variable(key))) {
        if (!GenerationRecord.valueMark(mine.path("value")).equals(GenerationRecord.valueMark(null))) {
          secrets.add(key);
        }
        continue;
      }
      String freshMark = GenerationRecord.valueMark(v.path("value"));
      String oldMark = old == null ? freshMark : (old.variable(key) == null ? freshMark : old.variable(key));
      if (!GenerationRecord.valueMark(mine.path("value")).equals(oldMark)) {
        ((ObjectNode) v).set("value", mine.hasNonNull("value") ? mine.get("value").deepCopy()
            : PostmanJson.NODES.textNode(""));
        values.add(key + (oldMark.equals(freshMark) ? "" : " (the spec changed it too)"));
      }
    }
    before.remove(GenerationRecord.VARIABLE);
    int at = recordIndex(variables);
    for (JsonNode v : before.values()) {
      String key = v.path("key").asText();
      String oldMark = old == null ? null : old.variable(key);
      if (GenerationRecord.SECRET.equals(oldMark)) {
        continue;
      }
      if (oldMark != null && oldMark.equals(GenerationRecord.valueMark(v.path("value")))) {
        continue;
      }
      ObjectNode copy = (ObjectNode) v.deepCopy();
      if ("secret".equals(copy.path("type").asText())) {
        copy.put("value", "");
        secrets.add(key);
      }
      variables.insert(at++, copy);
      yours.add(key);
    }
    if (!yours.isEmpty()) {
      kept.work((yours.size() == 1 ? "your variable " : "your variables ") + MergeSummary.list(yours));
    }
    if (!values.isEmpty()) {
      kept.work((values.size() == 1 ? "your value of " : "your values of ") + MergeSummary.list(values));
    }
    if (!secrets.isEmpty()) {
      kept.note("not carried over: the " + (secrets.size() == 1 ? "value of " : "values of ")
          + MergeSummary.list(secrets) + " (secrets stay out of files: set them in your environment, or as"
          + " current values in Postman)");
    }
  }

  /** Where the user's variables go: before the record, which stays last. */
  private static int recordIndex(ArrayNode variables) {
    for (int i = 0; i < variables.size(); i++) {
      if (GenerationRecord.VARIABLE.equals(variables.get(i).path("key").asText())) {
        return i;
      }
    }
    return variables.size();
  }
}
