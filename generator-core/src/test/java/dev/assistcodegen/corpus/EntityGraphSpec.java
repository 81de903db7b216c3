package dev.assistcodegen.corpus;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A spec in the shape of OData-derived ones (Microsoft Graph): thousands of entity types that
 * inherit from one another with {@code allOf} (a discriminated base {@code entity} maps to every
 * type), navigation properties both ways (a single one as {@code anyOf: [$ref, nullable object]},
 * collections as arrays of {@code $ref}), shared complex types, and entity sets with list, create,
 * read, update and navigation operations whose errors share one response object. Built in Java
 * from a fixed seed, so every run tests the same spec.
 */
final class EntityGraphSpec {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String NS = "#/components/schemas/ns.";
  /** Graph's date-time pattern, on every date-time property as Graph writes it. */
  private static final String DATE_TIME = "^[0-9]{4,}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3])"
      + ":[0-5][0-9]:[0-5][0-9]([.][0-9]{1,12})?(Z|[+-][0-9][0-9]:[0-9][0-9])$";
  private static final int MAX_INHERITANCE = 6;

  private final int entityTypes;
  private final int complexTypes;
  private final int entitySets;
  private final Random random = new Random(20261201);

  EntityGraphSpec(int entityTypes, int complexTypes, int entitySets) {
    this.entityTypes = entityTypes;
    this.complexTypes = complexTypes;
    this.entitySets = entitySets;
  }

  ObjectNode build() {
    ObjectNode spec = NODES.objectNode();
    spec.put("openapi", "3.0.1");
    spec.putObject("info").put("title", "Entity graph").put("version", "1.0");
    spec.putArray("servers").addObject().put("url", "https://graph.example.com/v1.0");
    ObjectNode components = spec.putObject("components");
    ObjectNode schemas = components.putObject("schemas");
    schemas.set("ns.entity", entity());
    List<ObjectNode> own = new ArrayList<>();
    int[] inheritance = new int[entityTypes];
    for (int i = 0; i < entityTypes; i++) {
      int base = i < 10 || random.nextInt(3) == 0 ? -1 : i - 1 - random.nextInt(Math.min(i, 8));
      if (base >= 0 && inheritance[base] >= MAX_INHERITANCE) {
        base = -1;
      }
      inheritance[i] = base < 0 ? 1 : inheritance[base] + 1;
      ObjectNode properties = NODES.objectNode();
      own.add(properties);
      ObjectNode type = schemas.putObject("ns.type" + i);
      ArrayNode allOf = type.putArray("allOf");
      allOf.addObject().put("$ref", base < 0 ? NS + "entity" : NS + "type" + base);
      ObjectNode part = allOf.addObject();
      part.put("title", "type" + i).put("type", "object").set("properties", properties);
      part.putArray("required").add("@odata.type");
      properties.putObject("@odata.type").put("type", "string").put("default", "#ns.type" + i);
      primitives(properties, i);
      properties.set("address", nullable(NS + "complex" + random.nextInt(complexTypes)));
    }
    for (int i = 0; i < entityTypes; i++) {
      for (int n = 0; n < 3; n++) {
        int target = random.nextInt(entityTypes);
        own.get(i).set("nav" + n, navigation(nullable(NS + "type" + target)));
        // the other direction: the target knows its sources as a collection
        own.get(target).set("from" + i, navigation(collection(NS + "type" + i)));
      }
      own.get(i).set("related", navigation(collection(NS + "type" + random.nextInt(entityTypes))));
    }
    for (int k = 0; k < complexTypes; k++) {
      schemas.set("ns.complex" + k, complex(k));
    }
    schemas.set("ns.error", error());
    components.putObject("responses").putObject("error").put("description", "error")
        .putObject("content").putObject("application/json").putObject("schema").put("$ref", NS + "error");
    ObjectNode paths = spec.putObject("paths");
    for (int s = 0; s < entitySets; s++) {
      entitySet(paths, s, random.nextInt(entityTypes));
    }
    return spec;
  }

  private ObjectNode entity() {
    ObjectNode entity = NODES.objectNode();
    entity.put("title", "entity").put("type", "object");
    ObjectNode properties = entity.putObject("properties");
    properties.putObject("id").put("type", "string").put("readOnly", true);
    properties.putObject("@odata.type").put("type", "string");
    entity.putArray("required").add("@odata.type");
    ObjectNode mapping = entity.putObject("discriminator").put("propertyName", "@odata.type").putObject("mapping");
    for (int i = 0; i < entityTypes; i++) {
      mapping.put("#ns.type" + i, NS + "type" + i);
    }
    return entity;
  }

  private void primitives(ObjectNode properties, int i) {
    properties.putObject("displayName").put("type", "string").put("nullable", true);
    properties.putObject("description").put("type", "string").put("maxLength", 200);
    properties.putObject("createdDateTime").put("type", "string").put("format", "date-time")
        .put("pattern", DATE_TIME);
    properties.putObject("count" + i % 7).put("type", "integer").put("format", "int32")
        .put("minimum", -2147483648L).put("maximum", 2147483647L);
    properties.putObject("enabled").put("type", "boolean");
    properties.putObject("kind").put("type", "string").putArray("enum").add("standard").add("premium");
    properties.putObject("tags").put("type", "array").putObject("items").put("type", "string");
    properties.putObject("secret").put("type", "string").put("writeOnly", true);
  }

  private ObjectNode complex(int k) {
    ObjectNode complex = NODES.objectNode();
    complex.put("title", "complex" + k).put("type", "object");
    ObjectNode properties = complex.putObject("properties");
    properties.putObject("@odata.type").put("type", "string");
    properties.putObject("street").put("type", "string").put("nullable", true);
    properties.putObject("postalCode").put("type", "string").put("pattern", "^[0-9]{5}$");
    properties.putObject("score").put("type", "number").put("minimum", 0).put("maximum", 1);
    if (k + 1 < complexTypes) {
      properties.set("next", nullable(NS + "complex" + (k + 1 + random.nextInt(complexTypes - k - 1))));
    }
    properties.putObject("history").put("type", "array").putObject("items")
        .put("$ref", NS + "complex" + random.nextInt(complexTypes));
    complex.putArray("required").add("@odata.type");
    return complex;
  }

  private static ObjectNode error() {
    ObjectNode error = NODES.objectNode();
    error.put("type", "object").putArray("required").add("error");
    ObjectNode main = error.putObject("properties").putObject("error");
    main.put("type", "object").putArray("required").add("code").add("message");
    ObjectNode properties = main.putObject("properties");
    properties.putObject("code").put("type", "string");
    properties.putObject("message").put("type", "string");
    properties.putObject("target").put("type", "string").put("nullable", true);
    ObjectNode details = properties.putObject("details").put("type", "array").putObject("items");
    details.put("type", "object").putArray("required").add("code").add("message");
    details.putObject("properties").putObject("code").put("type", "string");
    ((ObjectNode) details.get("properties")).putObject("message").put("type", "string");
    properties.putObject("innerError").put("type", "object").put("additionalProperties", true)
        .putObject("properties").putObject("request-id").put("type", "string");
    return error;
  }

  private void entitySet(ObjectNode paths, int s, int type) {
    String ref = NS + "type" + type;
    ObjectNode list = NODES.objectNode().put("type", "object");
    list.putObject("properties").set("value", collection(ref));
    ((ObjectNode) list.get("properties")).putObject("@odata.nextLink").put("type", "string").put("nullable", true);

    ObjectNode collectionPath = paths.putObject("/set" + s);
    ObjectNode get = operation(collectionPath, "get", "listSet" + s, "Get entities from set" + s);
    ObjectNode select = get.putArray("parameters").addObject();
    select.put("name", "$select").put("in", "query").put("style", "form").put("explode", false);
    select.putObject("schema").put("type", "array").putObject("items").put("type", "string").putArray("enum")
        .add("id").add("displayName").add("createdDateTime");
    responses(get, "200", list);
    ObjectNode post = operation(collectionPath, "post", "createSet" + s, "Add new entity to set" + s);
    body(post, ref);
    responses(post, "201", NODES.objectNode().put("$ref", ref));

    ObjectNode itemPath = paths.putObject("/set" + s + "/{id}");
    ObjectNode id = itemPath.putArray("parameters").addObject();
    id.put("name", "id").put("in", "path").put("required", true).putObject("schema").put("type", "string");
    responses(operation(itemPath, "get", "getSet" + s, "Get entity from set" + s), "200",
        NODES.objectNode().put("$ref", ref));
    ObjectNode patch = operation(itemPath, "patch", "updateSet" + s, "Update entity in set" + s);
    body(patch, ref);
    responses(patch, "204", null);

    ObjectNode navPath = paths.putObject("/set" + s + "/{id}/nav0");
    navPath.set("parameters", itemPath.get("parameters").deepCopy());
    responses(operation(navPath, "get", "getSet" + s + "Nav0", "Get nav0 from set" + s), "200",
        nullable(NS + "type" + random.nextInt(entityTypes)));
  }

  private static ObjectNode operation(ObjectNode path, String method, String id, String summary) {
    ObjectNode op = path.putObject(method);
    op.put("operationId", id).put("summary", summary).putArray("tags").add(summary.substring(summary.lastIndexOf(' ') + 1));
    return op;
  }

  private static void body(ObjectNode op, String ref) {
    op.putObject("requestBody").put("required", true).putObject("content").putObject("application/json")
        .putObject("schema").put("$ref", ref);
  }

  private static void responses(ObjectNode op, String code, ObjectNode schema) {
    ObjectNode responses = op.putObject("responses");
    ObjectNode ok = responses.putObject(code).put("description", "Success");
    if (schema != null) {
      ok.putObject("content").putObject("application/json").set("schema", schema);
    }
    responses.putObject("4XX").put("$ref", "#/components/responses/error");
    responses.putObject("5XX").put("$ref", "#/components/responses/error");
  }

  private static ObjectNode nullable(String ref) {
    ObjectNode schema = NODES.objectNode();
    ArrayNode anyOf = schema.putArray("anyOf");
    anyOf.addObject().put("$ref", ref);
    anyOf.addObject().put("type", "object").put("nullable", true);
    return schema;
  }

  private static ObjectNode collection(String ref) {
    ObjectNode schema = NODES.objectNode().put("type", "array");
    schema.putObject("items").put("$ref", ref);
    return schema;
  }

  private static ObjectNode navigation(ObjectNode schema) {
    return schema.put("x-ms-navigationProperty", true);
  }
}
