package dev.assistcodegen.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.assistcodegen.plan.PathKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A copy of a spec that Prism can route. Prism matches a request by method and path against path keys
 * as written, so a key with a fragment ({@code /channels/{arn}#x-amz-chime-bearer}) or query text
 * ({@code /alerts?lat={lat}}) matches no request at all. The copy has the path alone as the key, the
 * key's query text as required query parameters (a fixed pair as a one-value enum, a template as the
 * parameter it names, moved to the query), and nothing else changed.
 *
 * <p>Where keys then share a path and a method (AWS's JSON protocol: {@code POST /#X-Amz-Target=...}
 * told apart by the {@code X-Amz-Target} header; Azure's {@code #mode=resumable}; weatherbit's
 * {@code /current?lat=..} and {@code /current?city=..}) each key of that path gets a path of its own
 * ({@code <path>/__key<N>}) and a {@link Route} saying which requests are its: a {@link KeyRouter}
 * in front of Prism sends each request there the way the API itself tells them apart, and Prism
 * validates it against that one operation.
 */
public final class PrismSpecCopy {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
      "trace");

  /**
   * Which requests belong to a key that got a path of its own: the method and path template, the
   * conditions the key names that the operation declares as header or query parameters (name, value
   * or null for "present"), and the required header and query parameter names.
   */
  public record Route(String method, String pathTemplate, String target, List<String[]> conditions,
      List<String> requiredHeaders, List<String> requiredQuery) {}

  private final Path file;
  private final List<Route> routes;

  private PrismSpecCopy(Path file, List<Route> routes) {
    this.file = file;
    this.routes = List.copyOf(routes);
  }

  /** The copy to give Prism. */
  public Path file() {
    return file;
  }

  /** The keys that got a path of their own; empty when Prism can route every request itself. */
  public List<Route> routes() {
    return routes;
  }

  /** True when {@code spec} has a path key Prism cannot route as written. */
  public static boolean needed(Path spec) {
    JsonNode paths = read(spec).path("paths");
    Iterator<String> keys = paths.fieldNames();
    while (keys.hasNext()) {
      String key = keys.next();
      if (key.indexOf('#') >= 0 || key.indexOf('?') >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Writes the copy of {@code spec} as {@code target} (JSON). */
  public static PrismSpecCopy of(Path spec, Path target) {
    ObjectNode root = (ObjectNode) read(spec);
    boolean openapi3 = root.has("openapi");
    ObjectNode paths = (ObjectNode) root.path("paths");
    Map<String, List<String>> keysByPath = new LinkedHashMap<>();
    paths.fieldNames().forEachRemaining(key -> keysByPath.computeIfAbsent(PathKey.of(key).path(),
        p -> new ArrayList<>()).add(key));
    ObjectNode copied = JSON.createObjectNode();
    List<Route> routes = new ArrayList<>();
    for (Map.Entry<String, List<String>> group : keysByPath.entrySet()) {
      boolean shared = sharesAMethod(paths, group.getValue());
      int n = 0;
      for (String key : group.getValue()) {
        ObjectNode item = ((ObjectNode) paths.get(key)).deepCopy();
        PathKey parsed = PathKey.of(key);
        if (openapi3) {
          moveQueryTextToParameters(item, parsed);
        }
        String path = parsed.path();
        if (!shared) {
          merge(copied, path, item);
          continue;
        }
        String own = path + (path.endsWith("/") ? "" : "/") + "__key" + n++;
        merge(copied, own, item);
        item.fieldNames().forEachRemaining(method -> {
          if (METHODS.contains(method)) {
            routes.add(route(method, path, own, parsed, item, (ObjectNode) root));
          }
        });
      }
    }
    root.set("paths", copied);
    try {
      JSON.writeValue(target.toFile(), root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new PrismSpecCopy(target, routes);
  }

  private static boolean sharesAMethod(ObjectNode paths, List<String> keys) {
    Set<String> seen = new java.util.HashSet<>();
    for (String key : keys) {
      Iterator<String> methods = paths.get(key).fieldNames();
      while (methods.hasNext()) {
        String m = methods.next();
        if (METHODS.contains(m) && !seen.add(m)) {
          return true;
        }
      }
    }
    return false;
  }

  private static void merge(ObjectNode paths, String path, ObjectNode item) {
    ObjectNode existing = (ObjectNode) paths.get(path);
    if (existing == null) {
      paths.set(path, item);
    } else {
      item.fields().forEachRemaining(e -> existing.putIfAbsent(e.getKey(), e.getValue()));
    }
  }

  /**
   * The key's query text as the operations' parameters: a template's parameter moves to the query
   * (required), a fixed pair becomes a required query parameter with that one value.
   */
  private static void moveQueryTextToParameters(ObjectNode item, PathKey key) {
    if (key.query().isEmpty()) {
      return;
    }
    item.fields().forEachRemaining(e -> {
      if (!METHODS.contains(e.getKey()) && !e.getKey().equals("parameters")) {
        return;
      }
      ArrayNode parameters = e.getKey().equals("parameters") ? (ArrayNode) e.getValue()
          : e.getValue().has("parameters") ? (ArrayNode) e.getValue().get("parameters")
          : ((ObjectNode) e.getValue()).putArray("parameters");
      for (JsonNode p : parameters) {
        if (key.queryTemplates().contains(p.path("name").asText()) && p.isObject()) {
          ((ObjectNode) p).put("in", "query").put("required", true);
        }
      }
      if (e.getKey().equals("parameters")) {
        return;
      }
      for (PathKey.Pair pair : key.query()) {
        if (pair.templates().isEmpty() && !declares(parameters, pair.name(), "query")) {
          ObjectNode fixed = parameters.addObject().put("name", pair.name()).put("in", "query").put("required", true);
          fixed.putObject("schema").put("type", "string").putArray("enum").add(pair.value());
        }
      }
    });
  }

  private static boolean declares(ArrayNode parameters, String name, String in) {
    for (JsonNode p : parameters) {
      if (name.equals(p.path("name").asText()) && in.equals(p.path("in").asText())) {
        return true;
      }
    }
    return false;
  }

  private static Route route(String method, String path, String own, PathKey key, ObjectNode item, ObjectNode root) {
    Map<String, String> declared = new LinkedHashMap<>(); // lower-case name -> in
    List<String> headers = new ArrayList<>();
    List<String> query = new ArrayList<>();
    for (JsonNode list : List.of(item.path("parameters"), item.path(method).path("parameters"))) {
      for (JsonNode p : list) {
        JsonNode resolved = resolve(p, root);
        String in = resolved.path("in").asText();
        String name = resolved.path("name").asText();
        declared.put(name.toLowerCase(Locale.ROOT), in);
        if (resolved.path("required").asBoolean(false)) {
          (in.equals("header") ? headers : in.equals("query") ? query : new ArrayList<String>()).add(name);
        }
      }
    }
    List<String[]> conditions = new ArrayList<>();
    List<PathKey.Pair> pairs = new ArrayList<>(key.query());
    for (String part : key.fragment().split("&")) {
      int eq = part.indexOf('=');
      if (!part.isEmpty()) {
        pairs.add(eq < 0 ? new PathKey.Pair(part, "") : new PathKey.Pair(part.substring(0, eq), part.substring(eq + 1)));
      }
    }
    for (PathKey.Pair pair : pairs) {
      String in = declared.get(pair.name().toLowerCase(Locale.ROOT));
      if ("header".equals(in) || "query".equals(in)) {
        conditions.add(new String[] {in, pair.name(), pair.value().isEmpty() || !pair.templates().isEmpty()
            ? null : pair.value()});
      }
    }
    return new Route(method.toUpperCase(Locale.ROOT), path, own, conditions, headers, query);
  }

  /** A parameter, following one {@code $ref} to components/parameters (or 2.0's parameters). */
  private static JsonNode resolve(JsonNode p, JsonNode root) {
    String ref = p.path("$ref").asText("");
    if (ref.isEmpty()) {
      return p;
    }
    String name = ref.substring(ref.lastIndexOf('/') + 1);
    JsonNode found = root.path("components").path("parameters").path(name);
    return found.isMissingNode() ? root.path("parameters").path(name) : found;
  }

  private static JsonNode read(Path spec) {
    try {
      String name = spec.getFileName().toString().toLowerCase(Locale.ROOT);
      return (name.endsWith(".yaml") || name.endsWith(".yml") ? YAML : JSON).readTree(spec.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
