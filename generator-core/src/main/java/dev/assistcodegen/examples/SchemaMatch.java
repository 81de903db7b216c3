package dev.assistcodegen.examples;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Whether a value is valid against a schema, as far as example building needs to know: type,
 * nullable, enum, const, required, properties, additionalProperties, items, lengths, pattern,
 * bounds, allOf, anyOf, oneOf (exactly one) and not. Keywords it does not know count as met, so
 * "false" is certain and "true" is "nothing here rules it out". Used to pick the oneOf branch a
 * value matches alone, and to leave out an optional value that cannot be made valid.
 */
final class SchemaMatch {
  private static final int MAX_DEPTH = 24;
  private final SchemaResolver resolver;

  SchemaMatch(SchemaResolver resolver) {
    this.resolver = resolver;
  }

  boolean matches(Schema<?> schema, JsonNode value) {
    return matches(schema, value, 0);
  }

  /** How many of {@code alternatives} the value is valid against. */
  int countMatching(List<Schema> alternatives, JsonNode value) {
    int n = 0;
    for (Schema<?> alternative : alternatives) {
      if (matches(alternative, value, 0)) {
        n++;
      }
    }
    return n;
  }

  private boolean matches(Schema<?> schema, JsonNode value, int depth) {
    if (schema == null || value == null || depth > MAX_DEPTH) {
      return true;
    }
    Schema<?> s = resolver.resolve(schema);
    if (s == null) {
      return true;
    }
    if (value.isNull()) {
      // 3.0: nullable; 3.1: "null" among the types; no type at all: anything goes
      if (!(SchemaTypes.types(s).isEmpty() || SchemaTypes.allowsNull(s))) {
        return false;
      }
    } else if (!SchemaTypes.fitsType(s, value)) {
      return false;
    }
    if (s.getConst() != null && !JsonValues.toJson(s.getConst()).equals(value)) {
      return false;
    }
    if (!SchemaTypes.inEnum(s, value)) {
      return false;
    }
    if (value.isTextual() && !SchemaTypes.stringFits(s, value.asText())) {
      return false;
    }
    if (value.isNumber() && !numberFits(s, value.decimalValue())) {
      return false;
    }
    if (value.isObject() && !objectFits(s, value, depth)) {
      return false;
    }
    if (value.isArray() && !arrayFits(s, value, depth)) {
      return false;
    }
    if (s.getAllOf() != null) {
      for (Schema<?> part : s.getAllOf()) {
        if (!matches(part, value, depth + 1)) {
          return false;
        }
      }
    }
    if (s.getAnyOf() != null && !s.getAnyOf().isEmpty()
        && s.getAnyOf().stream().noneMatch(part -> matches(part, value, depth + 1))) {
      return false;
    }
    if (s.getOneOf() != null && !s.getOneOf().isEmpty()
        && s.getOneOf().stream().filter(part -> matches(part, value, depth + 1)).count() != 1) {
      return false;
    }
    return s.getNot() == null || !matches(s.getNot(), value, depth + 1);
  }

  private static boolean numberFits(Schema<?> s, BigDecimal n) {
    if (s.getMinimum() != null) {
      int c = n.compareTo(s.getMinimum());
      if (c < 0 || c == 0 && Boolean.TRUE.equals(s.getExclusiveMinimum())) {
        return false;
      }
    }
    if (s.getMaximum() != null) {
      int c = n.compareTo(s.getMaximum());
      if (c > 0 || c == 0 && Boolean.TRUE.equals(s.getExclusiveMaximum())) {
        return false;
      }
    }
    if (s.getExclusiveMinimumValue() != null && n.compareTo(s.getExclusiveMinimumValue()) <= 0) {
      return false;
    }
    return s.getExclusiveMaximumValue() == null || n.compareTo(s.getExclusiveMaximumValue()) < 0;
  }

  private boolean objectFits(Schema<?> s, JsonNode value, int depth) {
    if (s.getRequired() != null) {
      for (String name : s.getRequired()) {
        if (!value.has(name)) {
          return false;
        }
      }
    }
    Map<String, Schema> properties = s.getProperties() == null ? Map.of() : s.getProperties();
    Object additional = s.getAdditionalProperties();
    Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      Schema<?> property = properties.get(field.getKey());
      if (property != null) {
        if (!matches(property, field.getValue(), depth + 1)) {
          return false;
        }
      } else if (Boolean.FALSE.equals(additional)) {
        return false;
      } else if (additional instanceof Schema<?> extra && !matches(extra, field.getValue(), depth + 1)) {
        return false;
      }
    }
    return true;
  }

  private boolean arrayFits(Schema<?> s, JsonNode value, int depth) {
    if (s.getMinItems() != null && value.size() < s.getMinItems()
        || s.getMaxItems() != null && value.size() > s.getMaxItems()) {
      return false;
    }
    if (s.getItems() != null) {
      for (JsonNode item : value) {
        if (!matches(s.getItems(), item, depth + 1)) {
          return false;
        }
      }
    }
    return true;
  }
}
