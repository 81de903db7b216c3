package dev.assistcodegen.examples;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assistcodegen.model.FormField;
import io.swagger.v3.oas.models.media.Encoding;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits a form or multipart example into fields the way OpenAPI serialises them: arrays and
 * objects in {@code application/x-www-form-urlencoded} follow the encoding object's
 * {@code style}/{@code explode} (default {@code form} + explode: a repeated key per item, one
 * key per object property; {@code deepObject}: {@code name[key]}), and whatever is nested deeper
 * is written in the same bracket notation, all the way down ({@code shipping[address][city]=...},
 * {@code tax_id_data[0][type]=...}), never as JSON text inside a field. Multipart arrays become
 * repeated parts and multipart objects one JSON part ({@code application/json} unless the
 * encoding names another content type).
 *
 * <p>A field of a property the schema requires is enabled; an optional one is present but disabled,
 * as optional query parameters are (a body whose schema names no properties sends what it has).
 */
public final class FormFields {
  /** How deep allOf parts are followed to find a body's properties. */
  private static final int MAX_ALL_OF = 8;

  private final SchemaResolver schemas;

  public FormFields(SchemaResolver schemas) {
    this.schemas = schemas;
  }

  /**
   * The fields of {@code example}; {@code declared}: the example is the spec's own (a file part then
   * carries the spec's example text as its content).
   */
  public List<FormField> of(Schema<?> schema, JsonNode example, boolean declared, Map<String, Encoding> encoding,
      boolean multipart) {
    List<FormField> out = new ArrayList<>();
    Map<String, Schema<?>> properties = new LinkedHashMap<>();
    Set<String> required = new HashSet<>();
    collect(schemas.resolve(schema), properties, required, 0);
    if (example == null || !example.isObject()) {
      return out;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = example.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      String name = e.getKey();
      Schema<?> property = schemas.resolve(properties.get(name));
      Encoding enc = encoding == null ? null : encoding.get(name);
      Field field = new Field(name, property == null ? null : property.getDescription(),
          properties.isEmpty() || required.contains(name));
      if (multipart && property != null && isFile(property)) {
        out.add(filePart(field, e.getValue(), declared, property, enc));
      } else if (multipart) {
        multipartField(out, field, e.getValue(), enc == null ? null : enc.getContentType());
      } else {
        urlEncodedField(out, field, e.getValue(), enc);
      }
    }
    return out;
  }

  /** The properties and required names of a body schema, its allOf parts included. */
  private void collect(Schema<?> schema, Map<String, Schema<?>> properties, Set<String> required, int depth) {
    if (schema == null || depth > MAX_ALL_OF) {
      return;
    }
    if (schema.getProperties() != null) {
      schema.getProperties().forEach(properties::putIfAbsent);
    }
    if (schema.getRequired() != null) {
      required.addAll(schema.getRequired());
    }
    if (schema.getAllOf() != null) {
      for (Schema<?> part : schema.getAllOf()) {
        collect(schemas.resolve(part), properties, required, depth + 1);
      }
    }
  }

  /** What every field of one property shares: its name, description and whether it is sent. */
  private record Field(String name, String description, boolean enabled) {
    FormField text(String fieldName, String value, String contentType) {
      return new FormField(fieldName, value, false, contentType, description, enabled);
    }
  }

  /**
   * A file part: its value is the spec's own example text when there is one (the body's example, or
   * the property's), else empty; its content type the encoding's, else the property's
   * {@code contentMediaType} (for an array of files, its items').
   */
  private static FormField filePart(Field field, JsonNode value, boolean declared, Schema<?> property, Encoding enc) {
    String own = declared && value.isTextual() ? value.asText() : FileContent.declared(property);
    String content = own == null ? "" : own;
    String contentType = enc != null && enc.getContentType() != null ? enc.getContentType()
        : property.getContentMediaType() != null ? property.getContentMediaType()
        : property.getItems() != null ? property.getItems().getContentMediaType() : null;
    return new FormField(field.name(), content, true, contentType, field.description(), field.enabled());
  }

  private static void multipartField(List<FormField> out, Field field, JsonNode value, String contentType) {
    String name = field.name();
    if (value.isArray()) {
      for (JsonNode item : value) {
        out.add(field.text(name, JsonValues.asText(item),
            item.isContainerNode() && contentType == null ? "application/json" : contentType));
      }
    } else if (value.isObject()) {
      out.add(field.text(name, JsonValues.asText(value), contentType == null ? "application/json" : contentType));
    } else {
      out.add(field.text(name, JsonValues.asText(value), contentType));
    }
  }

  private static void urlEncodedField(List<FormField> out, Field field, JsonNode value, Encoding enc) {
    Encoding.StyleEnum style = enc == null || enc.getStyle() == null ? Encoding.StyleEnum.FORM : enc.getStyle();
    boolean explode = enc == null || enc.getExplode() == null ? style == Encoding.StyleEnum.FORM : enc.getExplode();
    String name = field.name();
    if (style == Encoding.StyleEnum.DEEP_OBJECT && value.isContainerNode()) {
      brackets(out, field, name, value);
    } else if (value.isArray()) {
      if (explode) {
        int i = 0;
        for (JsonNode item : value) {
          brackets(out, field, item.isContainerNode() ? name + "[" + i + "]" : name, item);
          i++;
        }
      } else {
        String delimiter = style == Encoding.StyleEnum.SPACE_DELIMITED ? " "
            : style == Encoding.StyleEnum.PIPE_DELIMITED ? "|" : ",";
        List<String> items = new ArrayList<>();
        value.forEach(item -> items.add(JsonValues.asText(item)));
        out.add(field.text(name, String.join(delimiter, items), null));
      }
    } else if (value.isObject()) {
      if (explode) {
        value.fields().forEachRemaining(p -> brackets(out, field, p.getKey(), p.getValue()));
      } else {
        List<String> parts = new ArrayList<>();
        value.fields().forEachRemaining(p -> {
          parts.add(p.getKey());
          parts.add(JsonValues.asText(p.getValue()));
        });
        out.add(field.text(name, String.join(",", parts), null));
      }
    } else {
      out.add(field.text(name, JsonValues.asText(value), null));
    }
  }

  /**
   * {@code value} under {@code key} in bracket notation: an object's properties as {@code key[name]},
   * an array's items as {@code key[0]}, {@code key[1]}, ..., recursively; a scalar as itself. An empty
   * object or array has no field to write.
   */
  private static void brackets(List<FormField> out, Field field, String key, JsonNode value) {
    if (value.isObject()) {
      value.fields().forEachRemaining(p -> brackets(out, field, key + "[" + p.getKey() + "]", p.getValue()));
    } else if (value.isArray()) {
      int i = 0;
      for (JsonNode item : value) {
        brackets(out, field, key + "[" + i++ + "]", item);
      }
    } else {
      out.add(field.text(key, JsonValues.asText(value), null));
    }
  }

  static boolean isFile(Schema<?> property) {
    if ("binary".equals(property.getFormat()) || "base64".equals(property.getFormat())) {
      return true;
    }
    if (property.getContentMediaType() != null) {
      return true;
    }
    Schema<?> items = property.getItems();
    return items != null && "binary".equals(items.getFormat());
  }
}
