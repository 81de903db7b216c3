package dev.assistcodegen.postman;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistcodegen.model.FormField;
import dev.assistcodegen.model.MediaTypes;
import dev.assistcodegen.plan.RequestExample;

/** Postman request bodies for each body kind. */
final class PostmanBodies {
  private PostmanBodies() {}

  static ObjectNode body(RequestExample.Body body) {
    ObjectNode out = PostmanJson.NODES.objectNode();
    switch (body.kind()) {
      case NONE:
        return null;
      case JSON:
        out.put("mode", "raw");
        out.put("raw", PostmanText.inertJson(body.text()));
        out.putObject("options").putObject("raw").put("language", "json");
        return out;
      case RAW:
        out.put("mode", "raw");
        out.put("raw", body.text());
        out.putObject("options").putObject("raw").put("language",
            MediaTypes.isXml(body.contentType()) ? "xml" : "text");
        return out;
      case URLENCODED: {
        out.put("mode", "urlencoded");
        ArrayNode fields = out.putArray("urlencoded");
        for (FormField f : body.fields()) {
          ObjectNode field = fields.addObject();
          field.put("key", f.name());
          field.put("value", f.value());
          field.put("type", "text");
          if (!f.description().isEmpty()) {
            field.put("description", f.description());
          }
          if (!f.enabled()) {
            field.put("disabled", true);
          }
        }
        return out;
      }
      case MULTIPART: {
        out.put("mode", "formdata");
        ArrayNode fields = out.putArray("formdata");
        for (FormField f : body.fields()) {
          ObjectNode field = fields.addObject();
          field.put("key", f.name());
          if (f.file()) {
            field.put("type", "file");
            field.put("src", f.value());
          } else {
            field.put("value", f.value());
            field.put("type", "text");
          }
          if (!f.contentType().isEmpty()) {
            field.put("contentType", f.contentType());
          }
          if (!f.description().isEmpty()) {
            field.put("description", f.description());
          }
          if (!f.enabled()) {
            field.put("disabled", true);
          }
        }
        return out;
      }
      case BINARY:
        out.put("mode", "file");
        out.putObject("file").put("src", body.upload().path());
        return out;
      default:
        throw new IllegalStateException("unknown body kind " + body.kind());
    }
  }
}
