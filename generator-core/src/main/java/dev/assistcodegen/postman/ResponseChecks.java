package dev.assistcodegen.postman;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.model.Operation;
import dev.assistcodegen.model.Response;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The response tests of a collection ({@link ResponseTests}): one line of data per request (its documented
 * statuses and, for contract tests, each one's media types, schema and required headers) and, once for the
 * whole collection, the logic and the schemas. A schema is written once however many responses use it:
 * components as {@code definitions} (only those the collection's responses reach), other response schemas
 * under {@code responses}, each distinct one once; a request's data points into that document.
 */
final class ResponseChecks {
  static final String REQUEST_RESOURCE = "response-checks-request.js";
  static final String COLLECTION_RESOURCE = "response-checks-collection-test.js";

  private final ApiSpec spec;
  private final ResponseTests tests;
  private final Map<String, Integer> inlineSchemas = new LinkedHashMap<>();
  private final ArrayNode inline = PostmanJson.NODES.arrayNode();
  private final Set<String> usedComponents = new LinkedHashSet<>();

  ResponseChecks(ApiSpec spec, ResponseTests tests) {
    this.spec = spec;
    this.tests = Objects.requireNonNull(tests, "tests == null");
  }

  /** True when requests carry response tests at all. */
  boolean any() {
    return tests.any();
  }

  /** True when the collection checks the whole documented contract. */
  boolean contract() {
    return tests == ResponseTests.CONTRACT;
  }

  /** The request's line of data, or null when the collection has no response tests. */
  ScriptData.Part requestPart(Operation op, String operationLabel) {
    if (!tests.any() || op.responses().isEmpty()) {
      return null; // a spec that documents no response for the operation leaves nothing to check
    }
    ObjectNode data = PostmanJson.NODES.objectNode();
    data.put("operation", operationLabel);
    ObjectNode responses = data.putObject("responses");
    for (Response r : op.responses()) {
      ObjectNode expected = responses.putObject(r.code());
      if (tests == ResponseTests.CONTRACT) {
        contract(r, expected);
      }
    }
    return new ScriptData.Part("CHECKS", data, REQUEST_RESOURCE);
  }

  private void contract(Response r, ObjectNode expected) {
    if (!r.mediaTypes().isEmpty()) {
      ArrayNode types = expected.putArray("types");
      r.mediaTypes().forEach(types::add);
    }
    if (r.schema() != null) {
      expected.put("schema", pointer(r.schema()));
    }
    if (!r.requiredHeaders().isEmpty()) {
      ArrayNode headers = expected.putArray("headers");
      r.requiredHeaders().forEach(headers::add);
    }
  }

  /** Where a response schema sits in the collection's schema document: its component, or its place under responses. */
  private String pointer(JsonNode schema) {
    String component = schema.size() == 1 ? ApiSpec.schemaName(schema.path("$ref").asText(null)) : null;
    if (component != null && spec.schemas().containsKey(component)) {
      usedComponents.add(component);
      return ApiSpec.schemaRef(component);
    }
    int index = inlineSchemas.computeIfAbsent(schema.toString(), k -> {
      inline.add(schema);
      return inline.size() - 1;
    });
    return "#/responses/" + index;
  }

  /**
   * The collection's test script parts: the schema document (contract tests only) and the logic; empty when
   * there are no response tests. Call once every request has been built.
   */
  ScriptData.Part collectionPart() {
    if (!tests.any()) {
      return null;
    }
    if (tests != ResponseTests.CONTRACT) {
      return new ScriptData.Part(null, null, COLLECTION_RESOURCE);
    }
    ObjectNode document = PostmanJson.NODES.objectNode();
    ObjectNode definitions = document.putObject("definitions");
    reachable().forEach(name -> definitions.set(name, spec.schemas().get(name)));
    document.set("responses", inline);
    return new ScriptData.Part("SCHEMAS", document, COLLECTION_RESOURCE);
  }

  /** The components the responses refer to, directly or through other components, in a stable order. */
  private Set<String> reachable() {
    Set<String> seen = new LinkedHashSet<>(usedComponents);
    Deque<JsonNode> todo = new ArrayDeque<>();
    inline.forEach(todo::push);
    usedComponents.forEach(name -> todo.push(spec.schemas().get(name)));
    while (!todo.isEmpty()) {
      JsonNode node = todo.pop();
      JsonNode ref = node.isObject() ? node.get("$ref") : null;
      if (ref != null && ref.isTextual()) {
        String name = ApiSpec.schemaName(ref.asText());
        if (name != null && spec.schemas().containsKey(name) && seen.add(name)) {
          todo.push(spec.schemas().get(name));
        }
      }
      if (node.isContainerNode()) {
        node.elements().forEachRemaining(todo::push);
      }
    }
    // in the spec's order, not the walk's
    Set<String> ordered = new LinkedHashSet<>();
    spec.schemas().keySet().forEach(name -> {
      if (seen.contains(name)) {
        ordered.add(name);
      }
    });
    return ordered;
  }
}
