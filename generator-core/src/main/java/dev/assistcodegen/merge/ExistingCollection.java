package dev.assistcodegen.merge;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistcodegen.postman.PostmanJson;
import dev.assistcodegen.report.GenerationException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The collection to merge into: read (never written) and checked to be a Postman Collection v2.1. */
public final class ExistingCollection {
  // numbers and text read back exactly as written, so the user's values are carried over unchanged
  private static final ObjectReader READER = PostmanJson.MAPPER.reader()
      .with(PostmanJson.NODES).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private ExistingCollection() {}

  /** Reads and checks {@code file}; a {@link GenerationException} naming the file and the problem otherwise. */
  public static ObjectNode read(Path file) {
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw new GenerationException(name + ": is a directory, not a Postman collection");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new GenerationException(name + ": no such file (the collection to merge into)", e);
    } catch (AccessDeniedException e) {
      throw new GenerationException(name + ": cannot be read (permission denied)", e);
    } catch (IOException e) {
      throw new GenerationException(name + ": cannot be read: " + e.getMessage(), e);
    }
    if (isBlank(bytes)) {
      throw new GenerationException(name + ": the file is empty, not a Postman collection");
    }
    JsonNode node;
    try {
      node = READER.readTree(bytes);
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      String position = where == null || where.getLineNr() < 1 ? "" : ":" + where.getLineNr() + ":" + where.getColumnNr();
      String message = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage().strip().split("\\R", 2)[0];
      throw new GenerationException(name + position + ": invalid JSON, not a Postman collection: " + message, e);
    } catch (IOException e) {
      throw new GenerationException(name + ": cannot be read: " + e.getMessage(), e);
    }
    return check(node, name);
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  /** Checks that {@code node} is a Postman Collection v2.1 with well-formed items. */
  public static ObjectNode check(JsonNode node, String name) {
    if (!node.isObject()) {
      throw new GenerationException(name + ": not a Postman collection (the top level is not a JSON object)");
    }
    JsonNode info = node.path("info");
    if (!info.isObject() && (node.has("requests") || node.has("order"))) {
      throw new GenerationException(name + ": a Postman Collection v1 file; merging needs v2.1"
          + " (in Postman: Export, Collection v2.1)");
    }
    if (!info.isObject() || !node.path("item").isArray()) {
      throw new GenerationException(name + ": not a Postman collection (no \"info\" object and \"item\" list)");
    }
    String schema = info.path("schema").asText("");
    if (schema.contains("/v2.0.")) {
      throw new GenerationException(name + ": a Postman Collection v2.0 file; merging needs v2.1"
          + " (in Postman: Export, Collection v2.1)");
    }
    if (!schema.contains("/v2.1.")) {
      throw new GenerationException(name + ": not a Postman Collection v2.1 (info.schema is \""
          + (schema.length() > 200 ? schema.substring(0, 200) + "..." : schema) + "\")");
    }
    checkItems(node.get("item"), "/item", name);
    return (ObjectNode) node;
  }

  private static void checkItems(JsonNode items, String pointer, String name) {
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String at = pointer + "/" + i;
      if (!item.isObject()) {
        throw new GenerationException(name + ": not a Postman collection: " + at + " is not an item (a JSON object)");
      }
      if (item.has("item")) {
        if (!item.get("item").isArray()) {
          throw new GenerationException(name + ": not a Postman collection: " + at + "/item is not a list");
        }
        checkItems(item.get("item"), at + "/item", name);
      }
    }
  }
}
