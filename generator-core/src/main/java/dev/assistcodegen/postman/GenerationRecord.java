package dev.assistcodegen.postman;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one generation wrote into a collection, as short fingerprints, so that a later generation
 * merged into it can tell what the user changed from what the spec changed: each request's
 * method and path, the fingerprint of its content, description, auth and saved responses; the
 * same for folders and the collection; each variable's value (or that it is a secret).
 *
 * <p>Names and keys from the spec (folder names, variable keys) are recorded by their fingerprint
 * too, so the record's own JSON keys stay short whatever the spec holds.
 *
 * <p>It travels in the collection itself, as the collection variable {@value #VARIABLE}: Postman
 * and the postman-collection SDK keep collection variables on import and export, while they drop
 * or replace item ids and unknown fields. Descriptions, auth and variables are fingerprinted in a
 * form that survives their rewriting (a description as {@code {content, type}}, auth parameters
 * reordered or typed). Size: about 200 bytes per request, whatever its schemas.
 */
public final class GenerationRecord {
  /** The collection variable that holds the record. */
  public static final String VARIABLE = "assistCodegen";
  /** The value recorded for a variable that holds a secret: its value is never carried over. */
  public static final String SECRET = "secret";
  static final String DESCRIPTION = "What assist-codegen generated (fingerprints), so that generating again with"
      + " merge-into keeps your changes to this collection. Leave it as it is.";
  private static final int FORMAT = 1;

  /** Generated text: its fingerprint and length, to find it again at the start or the end of a longer text. */
  public record Text(String hash, int length) {
    public static Text of(String text) {
      return new Text(Fingerprints.of(text), text.length());
    }

    /** True when {@code text} is exactly this text. */
    public boolean matches(String text) {
      return text.length() == length && Fingerprints.of(text).equals(hash);
    }

    String encode() {
      return hash + ":" + length;
    }

    static Text decode(String encoded) {
      int colon = encoded.indexOf(':');
      return new Text(encoded.substring(0, Math.max(colon, 0)), colon < 0 ? -1 : Integer.parseInt(encoded.substring(colon + 1)));
    }
  }

  /** A folder or the collection: its description and auth. */
  public record Part(Text description, String auth) {}

  /** A request: its match key (method and path), content, description, auth and responses (name to content). */
  public record Request(String id, String key, String content, Text description, String auth,
      Map<String, String> responses) {
    public Request {
      responses = Collections.unmodifiableMap(new LinkedHashMap<>(responses));
    }
  }

  private final String api;
  private final Part collection;
  private final Map<String, Part> folders;
  private final Map<String, Request> requests;
  private final Map<String, Request> requestsByKey = new LinkedHashMap<>();
  private final Map<String, String> variables;

  private GenerationRecord(String api, Part collection, Map<String, Part> folders, Map<String, Request> requests,
      Map<String, String> variables) {
    this.api = Objects.requireNonNull(api, "api == null");
    this.collection = Objects.requireNonNull(collection, "collection == null");
    this.folders = Collections.unmodifiableMap(folders);
    this.requests = Collections.unmodifiableMap(requests);
    this.variables = Collections.unmodifiableMap(variables);
    requests.values().forEach(r -> requestsByKey.putIfAbsent(r.key(), r));
  }

  /** The API title the collection was generated for. */
  public String api() {
    return api;
  }

  public Part collection() {
    return collection;
  }

  /** The folder recorded under {@code name}, or null. */
  public Part folder(String name) {
    return folders.get(Fingerprints.of(name));
  }

  /** Requests by id. */
  public Map<String, Request> requests() {
    return requests;
  }

  /** The request recorded for a match key ({@link #requestKey}), or null. */
  public Request requestByKey(String key) {
    return requestsByKey.get(key);
  }

  /** What was recorded for the variable {@code key}: the fingerprint of its value, {@link #SECRET}, or null. */
  public String variable(String key) {
    return variables.get(Fingerprints.of(key));
  }

  /** Records what {@code collection} holds now: call on a freshly built collection. */
  public static GenerationRecord of(JsonNode collection, String api, Set<String> secretVariables) {
    Map<String, Part> folders = new LinkedHashMap<>();
    Map<String, Request> requests = new LinkedHashMap<>();
    collect(collection.path("item"), folders, requests);
    Map<String, String> variables = new LinkedHashMap<>();
    for (JsonNode v : collection.path("variable")) {
      String key = v.path("key").asText();
      if (!key.equals(VARIABLE)) {
        variables.put(Fingerprints.of(key), secretVariables.contains(key) ? SECRET : valueMark(v.path("value")));
      }
    }
    Part part = new Part(Text.of(text(collection.path("info").path("description"))), authMark(collection.get("auth")));
    return new GenerationRecord(api, part, folders, requests, variables);
  }

  private static void collect(JsonNode items, Map<String, Part> folders, Map<String, Request> requests) {
    for (JsonNode item : items) {
      if (item.has("item")) {
        folders.putIfAbsent(Fingerprints.of(item.path("name").asText()),
            new Part(Text.of(text(item.path("description"))), authMark(item.get("auth"))));
        collect(item.path("item"), folders, requests);
        continue;
      }
      Map<String, String> responses = new LinkedHashMap<>();
      StringBuilder content = new StringBuilder(compact(item.path("request"))).append('\n')
          .append(compact(item.path("event")));
      for (JsonNode r : item.path("response")) {
        responses.putIfAbsent(Fingerprints.of(r.path("name").asText()), responseContent(r));
        content.append('\n').append(r.path("name").asText()).append('\n').append(responseContent(r));
      }
      JsonNode request = item.path("request");
      requests.put(item.path("id").asText(), new Request(item.path("id").asText(), requestKey(request),
          Fingerprints.of(content.toString()), Text.of(text(request.path("description"))),
          authMark(request.get("auth")), responses));
    }
  }

  /** Adds the record to {@code collection} as its last variable. */
  public void writeTo(ObjectNode collection) {
    ArrayNode variables = collection.has("variable") ? (ArrayNode) collection.get("variable")
        : collection.putArray("variable");
    for (JsonNode v : variables) {
      if (VARIABLE.equals(v.path("key").asText())) {
        throw new IllegalStateException("the collection already has a variable " + VARIABLE);
      }
    }
    Variables.add(variables, VARIABLE, encode(), DESCRIPTION);
  }

  private String encode() {
    ObjectNode root = PostmanJson.NODES.objectNode();
    root.put("format", FORMAT);
    root.put("api", api);
    root.set("collection", encode(collection));
    ObjectNode f = root.putObject("folders");
    folders.forEach((name, part) -> f.set(name, encode(part)));
    ObjectNode r = root.putObject("requests");
    requests.forEach((id, request) -> {
      ObjectNode entry = r.putObject(id);
      entry.put("k", request.key());
      entry.put("h", request.content());
      entry.put("d", request.description().encode());
      entry.put("a", request.auth());
      ObjectNode responses = entry.putObject("r");
      request.responses().forEach(responses::put);
    });
    ObjectNode v = root.putObject("variables");
    variables.forEach(v::put);
    return compact(root);
  }

  private static ObjectNode encode(Part part) {
    ObjectNode node = PostmanJson.NODES.objectNode();
    node.put("d", part.description().encode());
    node.put("a", part.auth());
    return node;
  }

  /**
   * The record in {@code collection}, if it holds one we can read. Empty for a collection that
   * assist-codegen did not write, or whose record was edited into something else.
   */
  public static Optional<GenerationRecord> read(JsonNode collection) {
    for (JsonNode v : collection.path("variable")) {
      if (VARIABLE.equals(v.path("key").asText())) {
        try {
          return Optional.of(decode(PostmanJson.MAPPER.readTree(v.path("value").asText())));
        } catch (JsonProcessingException | RuntimeException unreadable) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static GenerationRecord decode(JsonNode root) {
    if (root.path("format").asInt() != FORMAT) {
      throw new IllegalArgumentException("record format " + root.path("format"));
    }
    Map<String, Part> folders = new LinkedHashMap<>();
    root.path("folders").fields().forEachRemaining(e -> folders.put(e.getKey(), decodePart(e.getValue())));
    Map<String, Request> requests = new LinkedHashMap<>();
    root.path("requests").fields().forEachRemaining(e -> {
      JsonNode entry = e.getValue();
      Map<String, String> responses = new LinkedHashMap<>();
      entry.path("r").fields().forEachRemaining(r -> responses.put(r.getKey(), r.getValue().asText()));
      requests.put(e.getKey(), new Request(e.getKey(), entry.path("k").asText(), entry.path("h").asText(),
          Text.decode(entry.path("d").asText()), entry.path("a").asText(), responses));
    });
    Map<String, String> variables = new LinkedHashMap<>();
    root.path("variables").fields().forEachRemaining(e -> variables.put(e.getKey(), e.getValue().asText()));
    return new GenerationRecord(root.path("api").asText(), decodePart(root.path("collection")), folders, requests,
        variables);
  }

  private static Part decodePart(JsonNode node) {
    return new Part(Text.decode(node.path("d").asText()), node.path("a").asText());
  }

  /**
   * How a request is found again when its id is gone: method and path as Postman holds them
   * ({@code GET /pets/:petId}), without the host, which differs per server.
   */
  public static String requestKey(JsonNode request) {
    if (request.isTextual()) {
      // a request may be just its URL (a GET)
      String path = pathOfRaw(request.asText());
      return "GET " + (path.isEmpty() ? "/" : path);
    }
    String method = request.path("method").asText("GET").toUpperCase(java.util.Locale.ROOT);
    JsonNode url = request.path("url");
    StringBuilder path = new StringBuilder();
    if (url.path("path").isArray()) {
      for (JsonNode segment : url.path("path")) {
        path.append('/').append(segment.isTextual() ? segment.asText() : segment.path("value").asText());
      }
    } else {
      path.append(pathOfRaw(url.isTextual() ? url.asText() : url.path("raw").asText()));
    }
    return method + " " + (path.length() == 0 ? "/" : path);
  }

  /** The path part of a raw URL: after the host ({{var}}, scheme://host or host), before '?' and '#'. */
  private static String pathOfRaw(String raw) {
    String rest = raw.split("[?#]", 2)[0];
    if (rest.startsWith("{{") && rest.contains("}}")) {
      rest = rest.substring(rest.indexOf("}}") + 2);
    } else {
      int scheme = rest.indexOf("://");
      rest = scheme >= 0 ? rest.substring(scheme + 3) : rest;
      int slash = rest.indexOf('/');
      rest = slash < 0 ? "" : rest.substring(slash);
    }
    return rest.equals("/") ? "" : rest;
  }

  /** A description's text, whether a string or Postman's {@code {content, type}}; line ends as "\n". */
  public static String text(JsonNode description) {
    if (description == null || description.isNull() || description.isMissingNode()) {
      return "";
    }
    String text = description.isObject() ? description.path("content").asText("") : description.asText("");
    return text.replace("\r\n", "\n");
  }

  /** Fingerprint of an auth object: its type and parameters by key, whatever their order or types. */
  public static String authMark(JsonNode auth) {
    if (auth == null || auth.isNull() || auth.isMissingNode()) {
      return Fingerprints.of("inherit");
    }
    String type = auth.path("type").asText("");
    Map<String, String> parameters = new TreeMap<>();
    JsonNode params = auth.path(type);
    if (params.isArray()) {
      params.forEach(p -> parameters.put(p.path("key").asText(), valueText(p.path("value"))));
    } else if (params.isObject()) {
      params.fields().forEachRemaining(e -> parameters.put(e.getKey(), valueText(e.getValue())));
    }
    StringBuilder canonical = new StringBuilder(type);
    parameters.forEach((k, v) -> canonical.append('\n').append(k).append('=').append(v));
    return Fingerprints.of(canonical.toString());
  }

  /** Fingerprint of a saved response's content: status code and body. */
  public static String responseContent(JsonNode response) {
    JsonNode body = response.path("body");
    return Fingerprints.of(response.path("code").asText() + "\n" + (body.isTextual() ? body.asText() : ""));
  }

  /** Fingerprint of a variable's value. */
  public static String valueMark(JsonNode value) {
    return Fingerprints.of(valueText(value));
  }

  private static String valueText(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return "";
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }

  private static String compact(JsonNode node) {
    try {
      return PostmanJson.MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize JSON", e);
    }
  }
}
