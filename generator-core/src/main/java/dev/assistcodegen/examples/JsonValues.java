package dev.assistcodegen.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.examples.Example;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

/**
 * Converts the plain Java values swagger-parser stores in examples and defaults into JSON,
 * keeping dates as the strings the spec wrote rather than numbers.
 */
public final class JsonValues {
  public static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private JsonValues() {}

  public static JsonNode toJson(Object value) {
    if (value == null) {
      return NODES.nullNode();
    }
    if (value instanceof JsonNode node) {
      return node;
    }
    if (value instanceof String s) {
      return NODES.textNode(s);
    }
    if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (value instanceof Integer i) {
      return NODES.numberNode(i);
    }
    if (value instanceof Long l) {
      return NODES.numberNode(l);
    }
    if (value instanceof BigInteger bi) {
      return NODES.numberNode(bi);
    }
    if (value instanceof BigDecimal bd) {
      return NODES.numberNode(bd);
    }
    if (value instanceof Double d) {
      return NODES.numberNode(d);
    }
    if (value instanceof Float f) {
      return NODES.numberNode(f);
    }
    if (value instanceof Number n) {
      return NODES.numberNode(n.longValue());
    }
    if (value instanceof OffsetDateTime t) {
      return NODES.textNode(t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }
    if (value instanceof LocalDate d) {
      return NODES.textNode(d.toString());
    }
    if (value instanceof Date d) {
      // swagger-core turns only "format: date" examples into java.util.Date (midnight UTC);
      // date-times become OffsetDateTime. So a Date is a calendar date: write it as one.
      return NODES.textNode(d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString());
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode object = NODES.objectNode();
      map.forEach((k, v) -> object.set(String.valueOf(k), toJson(v)));
      return object;
    }
    if (value instanceof Collection<?> list) {
      ArrayNode array = NODES.arrayNode();
      list.forEach(v -> array.add(toJson(v)));
      return array;
    }
    if (value instanceof byte[] bytes) {
      return NODES.textNode(Base64.getEncoder().encodeToString(bytes));
    }
    if (value instanceof UUID || value instanceof URI || value instanceof URL) {
      return NODES.textNode(value.toString());
    }
    if (value instanceof Example example) {
      return toJson(example.getValue());
    }
    return NODES.textNode(value.toString());
  }

  /**
   * The length of a value written as compact JSON, in characters: what an {@link ExampleBudget}
   * counts. Escapes other than for quotes and backslashes are not counted (a few characters at most).
   */
  static int compactLength(JsonNode value) {
    if (value.isObject()) {
      int length = 2 + Math.max(0, value.size() - 1);
      var fields = value.fields();
      while (fields.hasNext()) {
        var field = fields.next();
        length += textLength(field.getKey()) + 1 + compactLength(field.getValue());
      }
      return length;
    }
    if (value.isArray()) {
      int length = 2 + Math.max(0, value.size() - 1);
      for (JsonNode item : value) {
        length += compactLength(item);
      }
      return length;
    }
    if (value.isTextual()) {
      return textLength(value.textValue());
    }
    return value.isNumber() ? value.asText().length() : value.isBoolean() ? (value.booleanValue() ? 4 : 5) : 4;
  }

  private static int textLength(String text) {
    int length = text.length() + 2;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        length++;
      }
    }
    return length;
  }

  /** The text a parameter or form field carries for a JSON value (objects as JSON). */
  public static String asText(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return "";
    }
    if (value.isValueNode()) {
      return value.asText();
    }
    return value.toString();
  }
}
