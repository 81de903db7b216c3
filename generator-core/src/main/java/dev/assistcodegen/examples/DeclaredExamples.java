package dev.assistcodegen.examples;

import static dev.assistcodegen.examples.JsonValues.NODES;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The spec's own value for a schema, used as written: {@code const}, {@code example},
 * {@code examples}, the first {@code enum} member, {@code default}. An example or default the
 * schema's own enum, type or (for uuid, date, date-time) format rules out is a label, not a value,
 * and is passed over.
 */
final class DeclaredExamples {
  private static final Map<String, Pattern> FORMATS = Map.of(
      "uuid", Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"),
      "date", Pattern.compile("\\d{4}-\\d{2}-\\d{2}"),
      "date-time", Pattern.compile("\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})"));

  private DeclaredExamples() {}

  /** The schema's own value (without following {@code $ref}), or null when it declares none that fits. */
  static JsonNode of(Schema<?> schema) {
    if (schema.getConst() != null) {
      return JsonValues.toJson(schema.getConst());
    }
    if (schema.getExample() != null) {
      JsonNode example = JsonValues.toJson(schema.getExample());
      // an example outside the schema's own enum (e.g. "Choose...") is a label, not a value
      if (SchemaTypes.inEnum(schema, example) && fitsType(schema, example) && fitsFormat(schema, example)) {
        return example;
      }
    }
    if (schema.getExampleSetFlag() && schema.getExample() == null && Boolean.TRUE.equals(schema.getNullable())) {
      return NODES.nullNode();
    }
    if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
      for (Object example : schema.getExamples()) {
        if (fitsFormat(schema, JsonValues.toJson(example))) {
          return JsonValues.toJson(example);
        }
      }
    }
    if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      for (Object value : schema.getEnum()) {
        if (value != null) {
          return JsonValues.toJson(value);
        }
      }
      return NODES.nullNode();
    }
    if (schema.getDefault() != null) {
      JsonNode value = JsonValues.toJson(schema.getDefault());
      if (SchemaTypes.inEnum(schema, value) && fitsType(schema, value)
          && (!value.isNull() || SchemaTypes.allowsNull(schema) || SchemaTypes.types(schema).isEmpty())) {
        return value;
      }
    }
    return null;
  }

  /** A null is judged by nullable where it is used, not by the declared type. */
  private static boolean fitsType(Schema<?> schema, JsonNode value) {
    return value.isNull() || SchemaTypes.fitsType(schema, value);
  }

  /**
   * False when a string example breaks the schema's uuid, date or date-time format (validators
   * such as Prism check these): a sloppy example, e.g. a UUID one digit short, is not sent.
   */
  private static boolean fitsFormat(Schema<?> schema, JsonNode value) {
    Pattern format = schema.getFormat() == null ? null : FORMATS.get(schema.getFormat());
    return format == null || !value.isTextual() || format.matcher(value.asText()).matches();
  }
}
