package dev.assistcodegen.examples;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assistcodegen.model.FormField;
import io.swagger.v3.oas.models.media.Encoding;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Splits a form or multipart example into fields the way OpenAPI serialises them: arrays and
 * objects in {@code application/x-www-form-urlencoded} follow the encoding object's
 * {@code style}/{@code explode} (default {@code form} + explode: a repeated key per item, one
 * key per object property), multipart arrays become repeated parts and multipart objects one
 * JSON part ({@code application/json} unless the encoding names another content type).
 */
public final class FormFields {
  private final SchemaResolver schemas;

  public FormFields(SchemaResolver schemas) {
    this.schemas = schemas;
  }

  public List<FormField> of(Schema<?> schema, JsonNode example, Map<String, Encoding> encoding, boolean multipart) {
    List<FormField> out = new ArrayList<>();
    Schema<?> resolved = schemas.resolve(schema);
    Map<String, Schema> properties = resolved == null || resolved.getProperties() == null
        ? Map.of() : resolved.getProperties();
    if (example == null || !example.isObject()) {
      return out;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = example.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      String name = e.getKey();
      JsonNode value = e.getValue();
      Schema<?> property = schemas.resolve(properties.get(name));
      Encoding enc = encoding == null ? null : encoding.get(name);
      String contentType = enc == null ? null : enc.getContentType();
      String description = property == null ? null : property.getDescription();
      if (multipart) {
        multipartField(out, name, value, property, contentType, description);
      } else {
        urlEncodedField(out, name, value, enc, description);
      }
    }
    return out;
  }

  private void multipartField(List<FormField> out, String name, JsonNode value, Schema<?> property,
      String contentType, String description) {
    if (property != null && isFile(property)) {
      out.add(new FormField(name, name + ".bin", true, contentType, description));
    } else if (value.isArray()) {
      for (JsonNode item : value) {
        out.add(new FormField(name, JsonValues.asText(item), false,
            item.isContainerNode() && contentType == null ? "application/json" : contentType, description));
      }
    } else if (value.isObject()) {
      out.add(new FormField(name, JsonValues.asText(value), false,
          contentType == null ? "application/json" : contentType, description));
    } else {
      out.add(new FormField(name, JsonValues.asText(value), false, contentType, description));
    }
  }

  private static void urlEncodedField(List<FormField> out, String name, JsonNode value, Encoding enc,
      String description) {
    Encoding.StyleEnum style = enc == null || enc.getStyle() == null ? Encoding.StyleEnum.FORM : enc.getStyle();
    boolean explode = enc == null || enc.getExplode() == null ? style == Encoding.StyleEnum.FORM : enc.getExplode();
    if (value.isArray()) {
      if (explode) {
        for (JsonNode item : value) {
          out.add(new FormField(name, JsonValues.asText(item), false, null, description));
        }
      } else {
        String delimiter = style == Encoding.StyleEnum.SPACE_DELIMITED ? " "
            : style == Encoding.StyleEnum.PIPE_DELIMITED ? "|" : ",";
        List<String> items = new ArrayList<>();
        value.forEach(item -> items.add(JsonValues.asText(item)));
        out.add(new FormField(name, String.join(delimiter, items), false, null, description));
      }
    } else if (value.isObject()) {
      if (style == Encoding.StyleEnum.DEEP_OBJECT) {
        value.fields().forEachRemaining(p ->
            out.add(new FormField(name + "[" + p.getKey() + "]", JsonValues.asText(p.getValue()), false, null, description)));
      } else if (explode) {
        value.fields().forEachRemaining(p ->
            out.add(new FormField(p.getKey(), JsonValues.asText(p.getValue()), false, null, description)));
      } else {
        List<String> parts = new ArrayList<>();
        value.fields().forEachRemaining(p -> {
          parts.add(p.getKey());
          parts.add(JsonValues.asText(p.getValue()));
        });
        out.add(new FormField(name, String.join(",", parts), false, null, description));
      }
    } else {
      out.add(new FormField(name, JsonValues.asText(value), false, null, description));
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
