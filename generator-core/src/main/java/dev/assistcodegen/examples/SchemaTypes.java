package dev.assistcodegen.examples;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
    Set<String> declared = schema.getTypes();
    if (declared != null && declared.size() == 1) {
      return List.of(declared.iterator().next());
    }
    if (declared != null && !declared.isEmpty()) {
      List<String> sorted = new ArrayList<>(declared);
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
    Pattern compiled = compiled(pattern);
    return compiled == UNREADABLE || compiled.matcher(text).find();
  }

  /** Compiled patterns: a spec repeats a few patterns on thousands of properties (e.g. every date-time). */
  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();
  private static final int MAX_PATTERNS = 4_096;
  private static final Pattern UNREADABLE = Pattern.compile("");

  private static Pattern compiled(String pattern) {
    Pattern known = PATTERNS.get(pattern);
    if (known != null) {
      return known;
    }
    Pattern made;
    try {
      made = Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      made = UNREADABLE;
    }
    if (PATTERNS.size() >= MAX_PATTERNS) {
      PATTERNS.clear(); // a bound, not a policy: any pattern can be compiled again
    }
    PATTERNS.put(pattern, made);
    return made;
  }
}
