package dev.assistcodegen.examples;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What a schema's own keywords say about a value: its types, whether a value's JSON type, enum
 * membership and string length and pattern fit. One set of answers for example building and for
 * {@link SchemaMatch}; nothing here follows {@code $ref}s.
 */
public final class SchemaTypes {
  private SchemaTypes() {}

  /** The declared types, sorted: the 3.1 type array, else the 3.0 {@code type}, else none. */
  static List<String> types(Schema<?> schema) {
    if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
      List<String> sorted = new ArrayList<>(schema.getTypes());
      Collections.sort(sorted);
      return sorted;
    }
    return schema.getType() == null ? List.of() : List.of(schema.getType());
  }

  /** The schema's main type: its declared type, else the first non-null of a 3.1 type array, else implied. */
  public static String typeOf(Schema<?> schema) {
    if (schema == null) {
      return "";
    }
    if (schema.getType() != null) {
      return schema.getType();
    }
    List<String> types = types(schema);
    for (String t : types) {
      if (!"null".equals(t)) {
        return t;
      }
    }
    if (!types.isEmpty()) {
      return types.get(0);
    }
    if (schema.getProperties() != null || schema.getAdditionalProperties() != null) {
      return "object";
    }
    if (schema.getItems() != null) {
      return "array";
    }
    return "";
  }

  /** True when the schema declares "null" among its types or is 3.0 {@code nullable}. */
  static boolean allowsNull(Schema<?> schema) {
    return Boolean.TRUE.equals(schema.getNullable()) || types(schema).contains("null");
  }

  /**
   * False when the declared types rule a non-null value out (e.g. "" as an integer). No declared
   * type allows anything; null is answered by {@link #allowsNull}, not here.
   */
  static boolean fitsType(Schema<?> schema, JsonNode value) {
    List<String> types = types(schema);
    if (types.isEmpty()) {
      return true;
    }
    for (String type : types) {
      boolean fits = switch (type) {
        case "string" -> value.isTextual();
        case "integer" -> value.isIntegralNumber()
            || value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0;
        case "number" -> value.isNumber();
        case "boolean" -> value.isBoolean();
        case "array" -> value.isArray();
        case "object" -> value.isObject();
        case "null" -> value.isNull();
        default -> true;
      };
      if (fits) {
        return true;
      }
    }
    return false;
  }

  /** True when the schema has no enum or the value is one of its members. */
  static boolean inEnum(Schema<?> schema, JsonNode value) {
    if (schema.getEnum() == null || schema.getEnum().isEmpty()) {
      return true;
    }
    for (Object allowed : schema.getEnum()) {
      if (JsonValues.toJson(allowed).equals(value)) {
        return true;
      }
    }
    return false;
  }

  /** True when the text's length (in code points) is within minLength/maxLength and the pattern finds a match. */
  static boolean stringFits(Schema<?> schema, String text) {
    int length = text.codePointCount(0, text.length());
    if (schema.getMinLength() != null && length < schema.getMinLength()
        || schema.getMaxLength() != null && length > schema.getMaxLength()) {
      return false;
    }
    return schema.getPattern() == null || patternFinds(schema.getPattern(), text);
  }

  /** True when the pattern finds a match in the text, or when Java cannot read the pattern (not ours to judge). */
  static boolean patternFinds(String pattern, String text) {
    try {
      return Pattern.compile(pattern).matcher(text).find();
    } catch (PatternSyntaxException e) {
      return true;
    }
  }
}
