package dev.assistcodegen.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks many examples against the media schemas of one spec with networknt (JSON Schema 2020-12),
 * in one direction (a request's readOnly or a response's writeOnly properties are not required).
 * Every distinct media schema goes under {@code $defs} of one document beside the converted
 * components, compiled once: a document per example would compile the components again for each,
 * which on an OData-sized spec costs minutes. Each (schema, example) pair is checked once.
 */
final class ExampleValidator {
  private final boolean openapi30;
  private final boolean request;
  private final ObjectNode root = JsonNodeFactory.instance.objectNode();
  private final ObjectNode defs;
  private final Map<String, String> defBySchema = new HashMap<>();
  private final Map<String, String> whereByPair = new HashMap<>();
  private final Map<String, JsonNode> exampleByPair = new HashMap<>();

  /** {@code schemas}: the spec's {@code components.schemas} as JSON. */
  ExampleValidator(JsonNode schemas, boolean openapi30, boolean request) {
    this.openapi30 = openapi30;
    this.request = request;
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    defs = root.putObject("$defs");
    root.putObject("components").set("schemas", convert(schemas.deepCopy()));
  }

  private JsonNode convert(JsonNode schema) {
    return request ? RequestBodySchemaTest.request(schema, openapi30) : RequestBodySchemaTest.response(schema, openapi30);
  }

  /** Adds an example to check against {@code schema} (an OpenAPI media schema as JSON); {@code where} names it. */
  void add(JsonNode schema, JsonNode example, String where) {
    String def = defBySchema.computeIfAbsent(schema.toString(), k -> {
      String name = "s" + defs.size();
      defs.set(name, convert(schema.deepCopy()));
      return name;
    });
    String pair = def + "\n" + example;
    if (whereByPair.putIfAbsent(pair, where) == null) {
      exampleByPair.put(pair, example);
    }
  }

  /** How many distinct (schema, example) pairs were added. */
  int size() {
    return whereByPair.size();
  }

  /** "where: path: message" for every example that breaks its schema, sorted. */
  List<String> problems() {
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    JsonSchema document = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root, config);
    Map<String, JsonSchema> byDef = new HashMap<>();
    List<String> out = new ArrayList<>();
    whereByPair.forEach((pair, where) -> {
      String def = pair.substring(0, pair.indexOf('\n'));
      JsonSchema schema = byDef.computeIfAbsent(def,
          d -> document.getSubSchema(new JsonNodePath(PathType.JSON_POINTER).append("$defs").append(d)));
      JsonNode example = exampleByPair.get(pair);
      String shown = example.toString();
      String text = shown.length() > 500 ? shown.substring(0, 500) + "..." : shown;
      schema.validate(example).forEach(m -> out.add(where + ": " + m.getInstanceLocation() + ": " + m.getMessage()
          + "\n    example: " + text));
    });
    out.sort(null);
    return out;
  }
}
