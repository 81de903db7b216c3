package dev.assistcodegen.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistcodegen.Generator;
import dev.assistcodegen.GeneratorConfig;
import dev.assistcodegen.load.SpecLoader;
import dev.assistcodegen.postman.PostmanJson;
import dev.assistcodegen.report.GeneratorLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Generated collections for merge tests, and the edits a user makes to one in Postman. */
final class MergeFixtures {
  private MergeFixtures() {}

  /** The collection generated from {@code spec} (no snippets), as a tree. */
  static ObjectNode generate(Path spec) {
    return parse(generatedBytes(spec));
  }

  /** The bytes of the collection generated from {@code spec} (null: the embedded spec). */
  static byte[] generatedBytes(Path spec) {
    String location = spec == null ? null : spec.toString();
    GeneratorConfig config = GeneratorConfig.builder().spec(location).languages(List.of("none")).build();
    Map<String, byte[]> files = Generator.render(SpecLoader.load(location, GeneratorLog.silent()), config,
        GeneratorLog.silent());
    return files.entrySet().stream().filter(e -> e.getKey().endsWith(".postman_collection.json"))
        .map(Map.Entry::getValue).findFirst().orElseThrow(() -> new AssertionError("no collection: " + files.keySet()));
  }

  static ObjectNode parse(byte[] json) {
    try {
      return (ObjectNode) PostmanJson.MAPPER.reader().with(PostmanJson.NODES).readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(JsonNode collection) {
    return PostmanJson.prettyBytes(collection);
  }

  /** The merged collection of {@code existing} into {@code fresh}, as the bytes written to the output. */
  static CollectionMerge.Result merge(ObjectNode existing, ObjectNode fresh, boolean prune) {
    return CollectionMerge.merge(ExistingCollection.check(existing.deepCopy(), "existing.json"), fresh, prune,
        "existing.json");
  }

  /** The item (request or folder) called {@code name}, anywhere in the collection. */
  static ObjectNode item(JsonNode collection, String name) {
    ObjectNode found = find(collection.path("item"), name);
    if (found == null) {
      throw new AssertionError("no item \"" + name + "\" in " + names(collection));
    }
    return found;
  }

  static ObjectNode find(JsonNode items, String name) {
    for (JsonNode item : items) {
      if (name.equals(item.path("name").asText())) {
        return (ObjectNode) item;
      }
      ObjectNode inner = find(item.path("item"), name);
      if (inner != null) {
        return inner;
      }
    }
    return null;
  }

  static int requestCount(JsonNode container) {
    int count = 0;
    for (JsonNode item : container.path("item")) {
      count += item.has("item") ? requestCount(item) : 1;
    }
    return count;
  }

  /** Every item's name, folders as "folder/child", in order. */
  static List<String> names(JsonNode collection) {
    List<String> out = new ArrayList<>();
    names(collection.path("item"), "", out);
    return out;
  }

  private static void names(JsonNode items, String prefix, List<String> out) {
    for (JsonNode item : items) {
      out.add(prefix + item.path("name").asText());
      names(item.path("item"), prefix + item.path("name").asText() + "/", out);
    }
  }

  /**
   * Adds lines to the {@code listen} script of an item or the collection, as typing into
   * Postman's script editor does: at the end of the one script of that kind (created when missing).
   */
  static void addScript(ObjectNode holder, String listen, String... lines) {
    ArrayNode events = holder.has("event") ? (ArrayNode) holder.get("event") : holder.putArray("event");
    for (JsonNode e : events) {
      if (listen.equals(e.path("listen").asText())) {
        ArrayNode exec = (ArrayNode) e.path("script").path("exec");
        for (String line : lines) {
          exec.add(line);
        }
        return;
      }
    }
    ObjectNode event = events.addObject();
    event.put("listen", listen);
    ObjectNode script = event.putObject("script");
    script.put("type", "text/javascript");
    ArrayNode exec = script.putArray("exec");
    for (String line : lines) {
      exec.add(line);
    }
  }

  /** Lines of the {@code listen} script of an item or the collection. */
  static List<String> script(JsonNode holder, String listen) {
    List<String> lines = new ArrayList<>();
    for (JsonNode e : holder.path("event")) {
      if (listen.equals(e.path("listen").asText())) {
        e.path("script").path("exec").forEach(l -> lines.add(l.asText()));
      }
    }
    return lines;
  }

  /** A collection variable's entry, or null. */
  static ObjectNode variable(JsonNode collection, String key) {
    for (JsonNode v : collection.path("variable")) {
      if (key.equals(v.path("key").asText())) {
        return (ObjectNode) v;
      }
    }
    return null;
  }

  static void setVariable(ObjectNode collection, String key, String value) {
    ObjectNode v = variable(collection, key);
    if (v == null) {
      v = ((ArrayNode) collection.get("variable")).addObject();
      v.put("key", key);
      v.put("type", "string");
    }
    v.put("value", value);
  }

  /** A request the user created in Postman (a random-looking id, their own script). */
  static ObjectNode userRequest(String id, String name, String method, String raw, String... path) {
    ObjectNode item = PostmanJson.NODES.objectNode();
    item.put("id", id);
    item.put("name", name);
    ObjectNode request = item.putObject("request");
    request.put("method", method);
    request.putArray("header");
    ObjectNode url = request.putObject("url");
    url.put("raw", raw);
    url.putArray("host").add("{{baseUrl}}");
    ArrayNode segments = url.putArray("path");
    for (String s : path) {
      segments.add(s);
    }
    item.putArray("response");
    return item;
  }

  /** A response saved in Postman after sending a request. */
  static ObjectNode savedResponse(String id, String name, int code, String body) {
    ObjectNode r = PostmanJson.NODES.objectNode();
    r.put("id", id);
    r.put("name", name);
    r.put("status", "OK");
    r.put("code", code);
    r.putArray("header");
    r.put("body", body);
    return r;
  }
}
