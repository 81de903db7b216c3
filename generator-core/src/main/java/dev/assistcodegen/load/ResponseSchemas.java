package dev.assistcodegen.load;

import static dev.assistcodegen.examples.JsonValues.NODES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistcodegen.model.ApiSpec;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * OpenAPI 3.0 and 3.1 schemas as the JSON Schema (draft-07) a response body is checked against by the
 * validator of Postman's sandbox (Ajv 6): 3.0's {@code nullable} and boolean exclusive bounds,
 * 3.1's {@code prefixItems} and {@code $ref} beside other keywords, {@code writeOnly} properties not
 * required (a response leaves them out), a discriminator's mapping as {@code if}/{@code then}. Only
 * the keywords that validate are kept (no descriptions, examples or extensions), and references to
 * components stay references ({@link ApiSpec#schemaRef}), so each component is written once.
 */
final class ResponseSchemas {
  private static final String COMPONENT = "#/components/schemas/";
  /** Keywords whose value is copied as it is. */
  private static final List<String> PLAIN = List.of("type", "enum", "const", "format", "pattern", "multipleOf",
      "minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems", "uniqueItems", "minProperties",
      "maxProperties");
  /** Keywords whose value is one schema. */
  private static final List<String> ONE = List.of("not", "contains", "propertyNames", "if", "then", "else");
  /** Keywords whose value is a list of schemas. */
  private static final List<String> LIST = List.of("allOf", "anyOf");
  private static final Set<String> TYPES = Set.of("string", "number", "integer", "boolean", "array", "object", "null");

  private final boolean openapi30;
  private final Map<Schema<?>, JsonNode> converted = new IdentityHashMap<>();
  private final Map<String, Schema> components;

  ResponseSchemas(OpenAPI api, Map<String, Schema> components) {
    this.openapi30 = api.getOpenapi() == null || !api.getOpenapi().startsWith("3.1");
    this.components = components == null ? Map.of() : components;
  }

  /** Every component schema, converted, by name. */
  Map<String, JsonNode> components() {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    components.forEach((name, schema) -> {
      if (schema != null) {
        out.put(name, of(schema));
      }
    });
    return out;
  }

  /** The JSON Schema of one OpenAPI schema (a response's media schema or a component). */
  JsonNode of(Schema<?> schema) {
    return converted.computeIfAbsent(schema, s -> convert((openapi30 ? Json.mapper() : Json31.mapper()).valueToTree(s)));
  }

  private JsonNode convert(JsonNode node) {
    if (node == null || node.isBoolean()) {
      return node == null ? NODES.objectNode() : node;
    }
    if (!(node instanceof ObjectNode schema)) {
      return NODES.objectNode(); // not a schema: accept anything rather than guess
    }
    ObjectNode out = NODES.objectNode();
    JsonNode ref = schema.get("$ref");
    if (ref != null && ref.isTextual()) {
      ObjectNode target = NODES.objectNode();
      String text = ref.asText();
      if (text.startsWith(COMPONENT) && components.containsKey(componentName(text))) {
        target.put("$ref", ApiSpec.schemaRef(componentName(text)));
      }
      if (openapi30) {
        return withNullable(target, schema); // 3.0 ignores what stands beside a $ref
      }
      out.putArray("allOf").add(target);
    }
    for (String key : PLAIN) {
      JsonNode value = schema.get(key);
      if (value != null) {
        out.set(key, value);
      }
    }
    if (out.get("type") instanceof ArrayNode types) {
      // 3.1 lists; a type name no validator knows is left out rather than failing every value
      ArrayNode known = NODES.arrayNode();
      types.forEach(t -> {
        if (TYPES.contains(t.asText())) {
          known.add(t);
        }
      });
      out.set("type", known);
    } else if (out.has("type") && !TYPES.contains(out.get("type").asText())) {
      out.remove("type");
    }
    bounds(schema, out);
    properties(schema, out);
    items(schema, out);
    for (String key : ONE) {
      if (schema.has(key)) {
        out.set(key, convert(schema.get(key)));
      }
    }
    for (String key : LIST) {
      if (schema.get(key) instanceof ArrayNode list) {
        ArrayNode target = out.has(key) ? (ArrayNode) out.get(key) : out.putArray(key);
        list.forEach(s -> target.add(convert(s)));
      }
    }
    // oneOf as anyOf: specs routinely list open object alternatives that more than one value satisfies
    // (the discriminator, or the reader, picks one); exclusivity would fail bodies the API is right to send
    if (schema.get("oneOf") instanceof ArrayNode oneOf) {
      ArrayNode target = out.has("anyOf") ? (ArrayNode) out.get("anyOf") : out.putArray("anyOf");
      oneOf.forEach(s -> target.add(convert(s)));
    }
    discriminator(schema, out);
    if (out.size() == 1 && out.get("allOf") instanceof ArrayNode only && only.size() == 1 && ref != null) {
      return only.get(0); // a 3.1 $ref whose siblings do not validate (a description): the ref alone
    }
    return withNullable(out, schema);
  }

  private void bounds(ObjectNode schema, ObjectNode out) {
    for (String bound : List.of("Minimum", "Maximum")) {
      JsonNode exclusive = schema.get("exclusive" + bound);
      if (exclusive == null) {
        continue;
      }
      if (exclusive.isNumber()) {
        out.set("exclusive" + bound, exclusive);
      } else if (exclusive.asBoolean(false) && out.has(bound.toLowerCase())) {
        out.set("exclusive" + bound, out.remove(bound.toLowerCase()));
      }
    }
  }

  private void properties(ObjectNode schema, ObjectNode out) {
    if (schema.get("properties") instanceof ObjectNode properties) {
      ObjectNode target = out.putObject("properties");
      properties.fields().forEachRemaining(e -> target.set(e.getKey(), convert(e.getValue())));
    }
    if (schema.get("patternProperties") instanceof ObjectNode patterns) {
      ObjectNode target = out.putObject("patternProperties");
      patterns.fields().forEachRemaining(e -> target.set(e.getKey(), convert(e.getValue())));
    }
    JsonNode additional = schema.get("additionalProperties");
    if (additional != null) {
      out.set("additionalProperties", convert(additional));
    }
    if (schema.get("required") instanceof ArrayNode required) {
      JsonNode properties = schema.path("properties");
      ArrayNode kept = NODES.arrayNode();
      for (JsonNode name : required) {
        // a response leaves out what the client only writes
        if (!properties.path(name.asText()).path("writeOnly").asBoolean(false)) {
          kept.add(name);
        }
      }
      if (!kept.isEmpty()) {
        out.set("required", kept);
      }
    }
    if (schema.get("dependentRequired") instanceof ObjectNode dependent) {
      out.set("dependencies", dependent);
    }
  }

  private void items(ObjectNode schema, ObjectNode out) {
    if (schema.get("prefixItems") instanceof ArrayNode prefix) {
      ArrayNode target = out.putArray("items");
      prefix.forEach(s -> target.add(convert(s)));
      if (schema.has("items")) {
        out.set("additionalItems", convert(schema.get("items")));
      }
    } else if (schema.has("items")) {
      out.set("items", convert(schema.get("items")));
    }
  }

  /**
   * A discriminator picks the alternative by the value of one property: as {@code if} (that property
   * has this value) {@code then} (that alternative), so a body is checked against the alternative it
   * names and the failures are that alternative's. Implicit mappings use the component's name.
   */
  private void discriminator(ObjectNode schema, ObjectNode out) {
    String property = schema.path("discriminator").path("propertyName").asText("");
    if (property.isEmpty() || !out.has("anyOf")) {
      return;
    }
    Map<String, String> byValue = new LinkedHashMap<>();
    schema.path("discriminator").path("mapping").fields().forEachRemaining(e -> {
      String target = e.getValue().asText();
      String name = target.startsWith(COMPONENT) ? componentName(target) : target;
      if (components.containsKey(name)) {
        byValue.put(e.getKey(), name);
      }
    });
    for (String list : List.of("oneOf", "anyOf")) {
      schema.path(list).forEach(branch -> {
        String ref = branch.path("$ref").asText("");
        if (ref.startsWith(COMPONENT) && components.containsKey(componentName(ref))
            && !byValue.containsValue(componentName(ref))) {
          byValue.put(componentName(ref), componentName(ref));
        }
      });
    }
    if (byValue.isEmpty()) {
      return;
    }
    ArrayNode allOf = out.has("allOf") ? (ArrayNode) out.get("allOf") : out.putArray("allOf");
    byValue.forEach((value, name) -> {
      ObjectNode rule = allOf.addObject();
      ObjectNode when = rule.putObject("if");
      when.putObject("properties").putObject(property).put("const", value);
      when.putArray("required").add(property);
      rule.putObject("then").put("$ref", ApiSpec.schemaRef(name));
    });
  }

  /** 3.0's {@code nullable: true}: null is a value too. */
  private ObjectNode withNullable(ObjectNode out, ObjectNode schema) {
    if (!openapi30 || !schema.path("nullable").asBoolean(false)) {
      return out;
    }
    if (out.get("type") instanceof ArrayNode) {
      return out;
    }
    if (out.has("type") && !out.has("allOf") && !out.has("anyOf") && !out.has("$ref")) {
      String type = out.get("type").asText();
      out.putArray("type").add(type).add("null");
      if (out.get("enum") instanceof ArrayNode values) {
        boolean hasNull = false;
        for (JsonNode v : values) {
          hasNull |= v.isNull();
        }
        if (!hasNull) {
          values.addNull();
        }
      }
      return out;
    }
    ObjectNode either = NODES.objectNode();
    ArrayNode anyOf = either.putArray("anyOf");
    anyOf.addObject().put("type", "null");
    anyOf.add(out);
    return either;
  }

  private static String componentName(String ref) {
    return ApiSpec.schemaName("#/definitions/" + ref.substring(COMPONENT.length()));
  }
}
