package dev.assistcodegen.postman;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistcodegen.access.AccessPolicy;
import dev.assistcodegen.access.ProjectScope;
import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.model.MediaTypes;
import dev.assistcodegen.model.Operation;
import dev.assistcodegen.model.Response;
import dev.assistcodegen.model.Tag;
import dev.assistcodegen.plan.ApiPlan;
import dev.assistcodegen.plan.JsonText;
import dev.assistcodegen.plan.Names;
import dev.assistcodegen.plan.PercentEncoding;
import dev.assistcodegen.plan.RequestExample;
import dev.assistcodegen.plan.RequestFolders;
import dev.assistcodegen.plan.RequestPlan;
import dev.assistcodegen.plan.ServerUrls;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Writes the planned requests of an API ({@link ApiPlan}) as a Postman Collection v2.1 document. */
public final class CollectionBuilder {
  public static final String SCHEMA_URL = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";
  /** Longest phrase after the status in a saved response's name, in code points. */
  static final int RESPONSE_PHRASE = 60;

  private final ApiSpec spec;
  private final ApiPlan plan;
  private final RequestFolders folders;
  private final String projectId;
  private final CollectionAuth auth;
  private final String collectionName;
  private final Map<String, String> mixedSegmentVariables = new LinkedHashMap<>();
  private Function<Operation, String> descriptionSection = op -> "";
  private ResponseChecks checks;

  private final AccessPolicy access;
  private final List<String> warnings = new ArrayList<>();
  private final String projectVariable;
  /** Set once a request leaves guidance data: the collection then carries the guidance test. */
  private boolean guidance;

  /** A builder of {@code plan}'s requests whose descriptions say who may call each request (from {@code access}). */
  public CollectionBuilder(ApiPlan plan, RequestFolders folders, String projectId, String collectionName,
      AccessPolicy access) {
    this.spec = plan.spec();
    this.plan = plan;
    this.folders = folders;
    this.projectId = projectId;
    this.auth = new CollectionAuth(plan);
    this.collectionName = collectionName;
    this.access = access;
    this.checks = new ResponseChecks(spec, ResponseTests.NONE);
    // a collection for one project holds the project id once, as a variable
    this.projectVariable = projectId != null || access.projectScoped() ? access.projectParameter() : null;
  }

  /** Adds a Markdown section (e.g. embedded snippets) to each request's description. */
  public CollectionBuilder descriptionSection(Function<Operation, String> section) {
    this.descriptionSection = Objects.requireNonNull(section, "section == null");
    return this;
  }

  /** What each request tests about its response ({@link ResponseTests#NONE} unless set). */
  public CollectionBuilder responseTests(ResponseTests tests) {
    this.checks = new ResponseChecks(spec, tests);
    return this;
  }

  /** What the built collection cannot send as the spec has it (see {@link PostmanText}); one line each. */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  public ObjectNode build() {
    ObjectNode root = PostmanJson.NODES.objectNode();
    ObjectNode info = root.putObject("info");
    info.put("_postman_id", PostmanIds.of(collectionName));
    info.put("name", collectionName);
    info.put("description", collectionDescription());
    info.put("schema", SCHEMA_URL);

    ArrayNode items = root.putArray("item");
    for (Map.Entry<String, List<Operation>> folder : folders.group(spec.operations()).entrySet()) {
      if (folder.getKey() == null) {
        folder.getValue().forEach(op -> items.add(request(op)));
        continue;
      }
      ObjectNode group = items.addObject();
      group.put("id", PostmanIds.of(collectionName, "folder", folder.getKey()));
      group.put("name", folder.getKey());
      String description = tagDescription(folder.getKey());
      if (!description.isEmpty()) {
        group.put("description", description);
      }
      ArrayNode children = group.putArray("item");
      folder.getValue().forEach(op -> children.add(request(op)));
    }

    ArrayNode events = auth.collectionEvents(collectionName);
    // the guidance first: a refused request is explained, and its response checks stay quiet
    List<ScriptData.Part> tests = new ArrayList<>();
    if (guidance) {
      tests.add(new ScriptData.Part(null, null, CollectionAuth.GUIDANCE_TEST));
    }
    ScriptData.Part responseTests = checks.collectionPart();
    if (responseTests != null) {
      tests.add(responseTests);
    }
    if (!tests.isEmpty()) {
      events.add(ScriptData.event("test", PostmanIds.of(collectionName, "test-script"), tests));
    }
    if (!events.isEmpty()) {
      root.set("event", events);
    }
    ObjectNode collectionAuth = auth.collectionAuth();
    if (collectionAuth != null) {
      root.set("auth", collectionAuth);
    }
    ArrayNode variables = root.putArray("variable");
    ServerUrls.Target primary = plan.primary();
    Variables.add(variables, "baseUrl", primary.baseUrl(), ServerUrls.describe(spec));
    plan.operationServers().forEach((name, server) -> Variables.add(variables, name, ServerUrls.urlOf(server),
        "Server of the operations that declare their own servers: " + server.url()
            + (server.description().isBlank() ? "" : " (" + server.description().strip() + ")") + "."));
    auth.addVariables(variables, primary.tokenUrl());
    if (projectVariable != null) {
      ProjectScope.value(spec, projectVariable, projectId).ifPresent(value ->
          Variables.add(variables, projectVariable, value, "The project this collection is for (--project-id)."));
    }
    if (checks.contract()) {
      Variables.add(variables, "maxResponseTimeMs", "", "Contract tests: the longest a response may take, in"
          + " milliseconds; empty for no limit.");
    }
    mixedSegmentVariables.forEach((name, value) ->
        Variables.add(variables, name, value, "Path variable inside a path segment."));
    GenerationRecord.of(root, spec.title(), auth.secretVariables(primary.tokenUrl())).writeTo(root);
    return root;
  }

  private String collectionDescription() {
    StringBuilder md = new StringBuilder();
    if (!spec.description().isBlank()) {
      md.append(spec.description().strip()).append("\n\n");
    }
    md.append("Generated by assist-codegen from ").append(Markdown.code(spec.title()));
    if (!spec.version().isBlank()) {
      md.append(" version ").append(Markdown.code(spec.version()));
    }
    md.append(".\n");
    for (String note : spec.notes()) {
      md.append("\n- ").append(note.replaceAll("\\R", " "));
    }
    return md.toString();
  }

  private String tagDescription(String name) {
    return spec.tags().stream().filter(t -> t.name().equals(name)).map(Tag::description).findFirst().orElse("");
  }

  private ObjectNode request(Operation op) {
    RequestPlan request = plan.request(op);
    RequestExample example = request.example();
    warnings.addAll(PostmanText.unavoidableReferences(op.method() + " " + op.path(), example));
    ObjectNode item = PostmanJson.NODES.objectNode();
    item.put("id", PostmanIds.of(collectionName, "request", op.operationId()));
    item.put("name", Descriptions.itemName(request.name()));
    ObjectNode postmanRequest = requestObject(request);
    item.set("request", postmanRequest);
    // the request's data for the collection's tests, handed over before it is sent
    List<ScriptData.Part> data = new ArrayList<>();
    ScriptData.Part guidanceData = auth.guidancePart(request);
    if (guidanceData != null) {
      data.add(guidanceData);
      guidance = true;
    }
    ScriptData.Part checkData = checks.requestPart(op, request.guidance().operation());
    if (checkData != null) {
      data.add(checkData);
    }
    if (!data.isEmpty()) {
      item.putArray("event").add(ScriptData.event("prerequest",
          PostmanIds.of(collectionName, "request-script", op.operationId()), data));
    }
    ArrayNode responses = item.putArray("response");
    ObjectNode originalRequest = originalRequest(postmanRequest);
    for (Response r : op.responses()) {
      responses.add(response(op, r, originalRequest));
    }
    return item;
  }

  private ObjectNode requestObject(RequestPlan plan) {
    Operation op = plan.operation();
    RequestExample example = plan.example();
    ObjectNode request = PostmanJson.NODES.objectNode();
    request.put("method", plan.method());
    ArrayNode headers = request.putArray("header");
    for (RequestExample.NameValue h : example.headers()) {
      ObjectNode header = headers.addObject();
      header.put("key", h.name());
      header.put("value", h.value());
      if (!h.description().isEmpty()) {
        header.put("description", h.description());
      }
      if (!h.enabled()) {
        header.put("disabled", true);
      }
    }
    ObjectNode body = PostmanBodies.body(example.body());
    if (body != null) {
      request.set("body", body);
    }
    request.set("url", url(plan));
    request.put("description", Descriptions.request(op,
        List.of(AccessSection.of(access, op), descriptionSection.apply(op))));
    auth.apply(plan, request);
    return request;
  }

  private ObjectNode url(RequestPlan plan) {
    RequestExample example = plan.example();
    ObjectNode url = PostmanJson.NODES.objectNode();
    String host = "{{" + plan.baseUrl().variable() + "}}";
    StringBuilder pathText = new StringBuilder();
    ArrayNode variables = PostmanJson.NODES.arrayNode();
    // once per request: on 11,000 operations recomputing them per path variable was 90 MB of garbage
    List<String> segments = segments(example);
    for (String segment : segments) {
      pathText.append('/').append(segment);
    }
    StringBuilder raw = new StringBuilder(host).append(pathText);
    String separator = "?";
    for (RequestExample.NameValue q : example.query()) {
      if (q.enabled()) {
        raw.append(separator).append(PercentEncoding.query(q.name())).append('=').append(queryValue(q));
        separator = "&";
      }
    }
    url.put("raw", raw.toString());
    url.putArray("host").add(host);
    ArrayNode path = url.putArray("path");
    for (String segment : segments) {
      path.add(segment);
    }
    if (!example.query().isEmpty()) {
      ArrayNode query = url.putArray("query");
      for (RequestExample.NameValue q : example.query()) {
        // percent-encoded here, so Postman (which leaves %XX alone) sends exactly what the snippets
        // send: its own encoder lets '+', '%', '|', '[' ... through, which servers read differently
        // or refuse (Tomcat and the JDK's server answer 400 to a raw '|'), and reads {{x}} as a variable
        ObjectNode entry = query.addObject();
        entry.put("key", PercentEncoding.query(q.name()));
        entry.put("value", queryValue(q));
        if (!q.description().isEmpty()) {
          entry.put("description", q.description());
        }
        if (!q.enabled()) {
          entry.put("disabled", true);
        }
      }
    }
    Set<String> wholeSegmentVariables = segments.stream().filter(s -> s.startsWith(":")).map(s -> s.substring(1))
        .collect(Collectors.toSet());
    for (RequestExample.NameValue v : example.pathVariables()) {
      if (!wholeSegmentVariables.contains(v.name())) {
        continue;
      }
      ObjectNode entry = variables.addObject();
      entry.put("key", v.name());
      entry.put("value", v.name().equals(projectVariable) ? "{{" + projectVariable + "}}"
          : PercentEncoding.pathVariableValue(v.value()));
      if (!v.description().isEmpty()) {
        entry.put("description", v.description());
      }
    }
    if (!variables.isEmpty()) {
      url.set("variable", variables);
    }
    return url;
  }

  /**
   * A query value, percent-encoded here, so Postman (which leaves %XX alone) sends exactly what the
   * snippets send; the project parameter of a collection for one project is {@code {{projectId}}}, as
   * in the path.
   */
  private String queryValue(RequestExample.NameValue q) {
    return q.name().equals(projectVariable) ? "{{" + projectVariable + "}}" : PercentEncoding.query(q.value());
  }

  /** Path segments in Postman form: ":name" for a whole-segment variable, "{{name}}" inside a segment. */
  private List<String> segments(RequestExample example) {
    List<String> segments = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    List<RequestExample.PathPart> parts = example.path();
    List<List<RequestExample.PathPart>> grouped = new ArrayList<>();
    List<RequestExample.PathPart> segment = new ArrayList<>();
    for (RequestExample.PathPart part : parts) {
      if (part.variable() != null) {
        segment.add(part);
        continue;
      }
      String text = part.text();
      int start = 0;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '/') {
          if (i > start) {
            segment.add(RequestExample.PathPart.literal(text.substring(start, i)));
          }
          grouped.add(segment);
          segment = new ArrayList<>();
          start = i + 1;
        }
      }
      if (start < text.length()) {
        segment.add(RequestExample.PathPart.literal(text.substring(start)));
      }
    }
    grouped.add(segment);
    for (List<RequestExample.PathPart> g : grouped) {
      if (g.isEmpty()) {
        continue;
      }
      current.setLength(0);
      if (g.size() == 1 && g.get(0).variable() != null) {
        segments.add(":" + g.get(0).variable());
        continue;
      }
      for (RequestExample.PathPart part : g) {
        if (part.variable() == null) {
          current.append(part.text());
        } else {
          String value = example.pathVariables().stream().filter(v -> v.name().equals(part.variable()))
              .map(RequestExample.NameValue::value).findFirst().orElse("");
          current.append("{{").append(segmentVariable(part.variable(), PercentEncoding.pathVariableValue(value))).append("}}");
        }
      }
      segments.add(current.toString());
    }
    // "/items/{id}/": a trailing slash can matter to the server (an empty last segment keeps it)
    if (!segments.isEmpty() && !parts.isEmpty() && parts.get(parts.size() - 1).variable() == null
        && parts.get(parts.size() - 1).text().endsWith("/")) {
      segments.add("");
    }
    return segments;
  }

  /**
   * The collection variable for a path variable inside a segment ({@code /files/{name}.{ext}}):
   * {@code path_<name>}, so it never shadows baseUrl, tokenUrl, clientId, scope or another
   * collection variable, numbered ({@code path_<name>_2}) when another request gives the same
   * name a different value.
   */
  private String segmentVariable(String name, String value) {
    String base = "path_" + name;
    String candidate = base;
    for (int n = 2; mixedSegmentVariables.containsKey(candidate) && !mixedSegmentVariables.get(candidate).equals(value);
        n++) {
      candidate = base + "_" + n;
    }
    mixedSegmentVariables.putIfAbsent(candidate, value);
    return candidate;
  }


  /**
   * What a saved response keeps of its request: the method and the URL it sends, path variables
   * filled in (what Postman shows with an example). A copy of the headers, description and body
   * was most of a collection's size: every body again for each response of the request.
   */
  private static ObjectNode originalRequest(ObjectNode postmanRequest) {
    ObjectNode original = PostmanJson.NODES.objectNode();
    original.put("method", postmanRequest.path("method").asText());
    original.put("url", sentUrl(postmanRequest.path("url")));
    return original;
  }

  /** A Postman URL's raw form with its whole-segment path variables (":name") replaced by their values. */
  private static String sentUrl(JsonNode url) {
    String raw = url.path("raw").asText();
    if (!url.has("variable")) {
      return raw;
    }
    Map<String, String> values = new LinkedHashMap<>();
    url.path("variable").forEach(v -> values.put(v.path("key").asText(), v.path("value").asText()));
    StringBuilder path = new StringBuilder(url.path("host").path(0).asText());
    StringBuilder sent = new StringBuilder(path);
    for (JsonNode segment : url.path("path")) {
      String text = segment.asText();
      path.append('/').append(text);
      String name = text.startsWith(":") ? text.substring(1) : null;
      sent.append('/').append(name != null && values.containsKey(name) ? values.get(name) : text);
    }
    // the query (and any credential parameters) follow the path in raw
    return raw.startsWith(path.toString()) ? sent + raw.substring(path.length()) : raw;
  }

  private ObjectNode response(Operation op, Response r, ObjectNode originalRequest) {
    ObjectNode response = PostmanJson.NODES.objectNode();
    response.put("id", PostmanIds.of(collectionName, "response", op.operationId(), r.code()));
    // the status and a phrase short enough for Postman's list of examples (a first line cut mid-sentence read badly)
    String phrase = Names.phrase(r.description(), RESPONSE_PHRASE);
    response.put("name", r.code() + (phrase.isEmpty() ? "" : " " + phrase));
    // shared, not copied: the tree is never changed once built
    response.set("originalRequest", originalRequest);
    int status = "default".equals(r.code()) ? 500 : r.status();
    response.put("status", HttpStatus.reason(status));
    response.put("code", status);
    ArrayNode headers = response.putArray("header");
    if (!r.mediaType().isEmpty()) {
      ObjectNode ct = headers.addObject();
      ct.put("key", "Content-Type");
      ct.put("value", r.mediaType());
    }
    if (r.example() != null) {
      boolean json = MediaTypes.isJson(r.mediaType()) || !r.example().isTextual();
      response.put("body", json ? JsonText.body(r.example()) : r.example().asText());
      response.put("_postman_previewlanguage", json ? "json"
          : MediaTypes.isXml(r.mediaType()) ? "xml" : "text");
    } else {
      response.putNull("body");
    }
    return response;
  }
}
