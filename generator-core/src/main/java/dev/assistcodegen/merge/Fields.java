package dev.assistcodegen.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Puts a field where Postman writes it, so a merged item reads like a generated one. */
final class Fields {
  private Fields() {}

  /**
   * Sets {@code key} to {@code value} (removes it for null). A new key goes before the first of
   * {@code before} the node has, else at the end.
   */
  static void put(ObjectNode node, String key, JsonNode value, String... before) {
    if (value == null) {
      node.remove(key);
      return;
    }
    if (node.has(key)) {
      node.set(key, value);
      return;
    }
    List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
    node.fields().forEachRemaining(fields::add);
    int at = fields.size();
    for (String b : before) {
      for (int i = 0; i < fields.size(); i++) {
        if (fields.get(i).getKey().equals(b)) {
          at = Math.min(at, i);
        }
      }
    }
    fields.add(at, Map.entry(key, value));
    node.removeAll();
    fields.forEach(e -> node.set(e.getKey(), e.getValue()));
  }
}
