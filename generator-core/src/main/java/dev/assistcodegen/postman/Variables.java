package dev.assistcodegen.postman;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Collection variable entries. */
final class Variables {
  private Variables() {}

  static void add(ArrayNode variables, String key, String value, String description) {
    for (var existing : variables) {
      if (key.equals(existing.path("key").asText())) {
        return;
      }
    }
    ObjectNode v = variables.addObject();
    v.put("key", key);
    v.put("value", value == null ? "" : value);
    v.put("type", "string");
    if (description != null && !description.isEmpty()) {
      v.put("description", description);
    }
  }
}
