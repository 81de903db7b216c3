package dev.assistcodegen.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.assistcodegen.report.GenerationException;
import dev.assistcodegen.report.GeneratorLog;
import dev.assistcodegen.load.SpecLoader;
import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.model.Operation;
import dev.assistcodegen.testing.RepoPaths;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every JSON request body the generator writes validates against the operation's request
 * schema (converted to JSON Schema 2020-12) — for the Loome spec, the golden cases and every
 * spec of @readme/oas-examples. Bodies that come verbatim from a media-level example in a
 * third-party spec are the spec's responsibility and are counted, not checked. {@code oneOf}
 * is checked as {@code anyOf} (see docs/input-support.md).
 */
class RequestBodySchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Third-party specs whose own schema-level examples break their own schemas: "spec op: why". */
  private static final Set<String> NO_VALID_VALUE = Set.of(
      // a required self-reference: no finite value exists
      "3.0/json/circular-request-bodies.json POST /direct",
      "3.0/yaml/circular-request-bodies.yaml POST /direct",
      // the spec's own schema example ("4f4e4e1-...") is not a UUID
      "3.1/json/train-travel.json POST /bookings",
      "3.1/yaml/train-travel.yaml POST /bookings",
      // allOf of string and integer: unsatisfiable by design (the spec says so)
      "3.0/json/schema-types.json POST /anything/quirks/polymorphism",
      "3.0/json/schema-types.json PUT /anything/quirks/polymorphism",
      "3.0/json/schema-types.json PATCH /anything/quirks/polymorphism",
      "3.0/yaml/schema-types.yaml POST /anything/quirks/polymorphism",
      "3.0/yaml/schema-types.yaml PUT /anything/quirks/polymorphism",
      "3.0/yaml/schema-types.yaml PATCH /anything/quirks/polymorphism",
      "3.1/json/schema-types.json POST /anything/quirks/polymorphism",
      "3.1/json/schema-types.json PUT /anything/quirks/polymorphism",
      "3.1/json/schema-types.json PATCH /anything/quirks/polymorphism",
      "3.1/yaml/schema-types.yaml POST /anything/quirks/polymorphism",
      "3.1/yaml/schema-types.yaml PUT /anything/quirks/polymorphism",
      "3.1/yaml/schema-types.yaml PATCH /anything/quirks/polymorphism");

  @Test
  void everySynthesisedJsonBodyIsValidAgainstItsSchema() throws Exception {
    List<Path> specs = new ArrayList<>();
    specs.add(RepoPaths.spec("loome-assist.openapi.yaml"));
    GoldenCasesTest.cases().forEach(c -> specs.add(GoldenCasesTest.specOf(c)));
    specs.addAll(SpecCorpus.oasExamples());

    List<String> failures = new ArrayList<>();
    int checked = 0;
    int fromSpecExample = 0;
    for (Path spec : specs) {
      ApiSpec model;
      try {
        model = SpecLoader.load(spec.toString(), GeneratorLog.silent());
      } catch (GenerationException e) {
        continue; // RealWorldCorpusTest names every spec that cannot be loaded, with its message
      }
      boolean ours = !spec.toString().contains("node_modules");
      OpenAPI api = parse(spec);
      JsonNode components = componentsAsJson(api);
      for (Operation op : model.operations()) {
        if (op.requestBody().isEmpty() || !op.requestBody().get().isJson()) {
          continue;
        }
        String mediaType = op.requestBody().get().mediaType();
        MediaType media = media(api, op, mediaType);
        if (media == null || media.getSchema() == null) {
          continue;
        }
        if (!ours && (media.getExample() != null || (media.getExamples() != null && !media.getExamples().isEmpty()))) {
          fromSpecExample++;
          continue;
        }
        JsonNode schema = toJson(api, media.getSchema());
        String where = label(spec) + " " + op.method() + " " + op.path();
        if (NO_VALID_VALUE.contains(where)) {
          continue;
        }
        checked++;
        List<String> problems = validate(schema, components, op.requestBody().get().example(), api);
        if (!problems.isEmpty()) {
          failures.add(where + ": " + String.join("; ", problems) + "\n    body: " + op.requestBody().get().example());
        }
      }
    }
    System.out.println("RequestBodySchemaTest: " + specs.size() + " specs, " + checked + " JSON bodies checked, "
        + fromSpecExample + " taken verbatim from a third-party media example (not checked), "
        + failures.size() + " invalid");
    assertTrue(checked > 100, "too few bodies checked (" + checked + "): is the corpus installed?");
    assertTrue(failures.isEmpty(), failures.size() + " synthesised request bodies break their schema:\n"
        + String.join("\n", failures));
  }

  static String label(Path spec) {
    return spec.toString().contains("node_modules") ? SpecCorpus.name(spec) : spec.getFileName().toString()
        .equals("openapi.yaml") ? "cases/" + spec.getParent().getFileName() : spec.getFileName().toString();
  }

  static OpenAPI parse(Path spec) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(false);
    OpenAPI api = new OpenAPIParser().readLocation(spec.toUri().toString(), null, options).getOpenAPI();
    if (api == null) {
      throw new AssertionError(spec + ": swagger-parser cannot read it, but SpecLoader could");
    }
    return api;
  }

  static boolean is31(OpenAPI api) {
    return api.getOpenapi() != null && api.getOpenapi().startsWith("3.1");
  }

  private static JsonNode toJson(OpenAPI api, Object schema) {
    return (is31(api) ? Json31.mapper() : Json.mapper()).valueToTree(schema);
  }

  static JsonNode componentsAsJson(OpenAPI api) {
    ObjectNode schemas = NODES.objectNode();
    if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
      api.getComponents().getSchemas().forEach((name, s) -> schemas.set(name, toJson(api, s)));
    }
    return schemas;
  }

  private static MediaType media(OpenAPI api, Operation op, String mediaType) {
    PathItem item = api.getPaths().get(op.path());
    if (item == null) {
      return null;
    }
    io.swagger.v3.oas.models.Operation o = item.readOperationsMap()
        .get(PathItem.HttpMethod.valueOf(op.method().toUpperCase(Locale.ROOT)));
    if (o == null || o.getRequestBody() == null) {
      return null;
    }
    io.swagger.v3.oas.models.parameters.RequestBody body = o.getRequestBody();
    if (body.get$ref() != null && api.getComponents() != null && api.getComponents().getRequestBodies() != null) {
      body = api.getComponents().getRequestBodies().get(body.get$ref().substring(body.get$ref().lastIndexOf('/') + 1));
    }
    return body == null || body.getContent() == null ? null : body.getContent().get(mediaType);
  }

  /** Validates {@code body} against {@code schema}; returns "path: message" problems. */
  static List<String> validate(JsonNode schema, JsonNode components, JsonNode body, OpenAPI api) {
    boolean openapi30 = !is31(api);
    ObjectNode root = NODES.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.putArray("allOf").add(request(schema.deepCopy(), openapi30));
    ObjectNode converted = NODES.objectNode();
    components.fields().forEachRemaining(e -> converted.set(e.getKey(), request(e.getValue().deepCopy(), openapi30)));
    root.putObject("components").set("schemas", converted);
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root, config);
    Set<ValidationMessage> messages = validator.validate(body);
    return messages.stream().map(m -> m.getInstanceLocation() + ": " + m.getMessage()).sorted().toList();
  }

  /**
   * Converts an OpenAPI schema into JSON Schema 2020-12 as it applies to a request: 3.0
   * {@code nullable} and boolean {@code exclusiveMinimum/Maximum}; readOnly properties are not
   * required in requests.
   */
  static JsonNode request(JsonNode node, boolean openapi30) {
    return convert(node, openapi30, "readOnly");
  }

  /** The same for a response: writeOnly properties are not required in responses. */
  static JsonNode response(JsonNode node, boolean openapi30) {
    return convert(node, openapi30, "writeOnly");
  }

  private static JsonNode convert(JsonNode node, boolean openapi30, String notRequired) {
    if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, convert(array.get(i), openapi30, notRequired));
      }
      return array;
    }
    if (!(node instanceof ObjectNode schema)) {
      return node;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      // example values and enums are data, not schemas
      if (!e.getKey().equals("example") && !e.getKey().equals("examples") && !e.getKey().equals("enum")
          && !e.getKey().equals("default") && !e.getKey().equals("const")) {
        e.setValue(convert(e.getValue(), openapi30, notRequired));
      }
    }
    // OpenAPI specs routinely list open object alternatives under oneOf that no value can
    // satisfy exclusively; the discriminator (or the reader) picks one. Checked as anyOf.
    if (schema.has("oneOf") && !schema.has("anyOf")) {
      schema.set("anyOf", schema.remove("oneOf"));
    }
    if (openapi30) {
      for (String bound : List.of("Minimum", "Maximum")) {
        JsonNode exclusive = schema.get("exclusive" + bound);
        if (exclusive != null && exclusive.isBoolean()) {
          schema.remove("exclusive" + bound);
          JsonNode limit = schema.get(bound.toLowerCase(Locale.ROOT));
          if (exclusive.asBoolean() && limit != null) {
            schema.remove(bound.toLowerCase(Locale.ROOT));
            schema.set("exclusive" + bound, limit);
          }
        }
      }
      if (schema.path("nullable").asBoolean(false)) {
        schema.remove("nullable");
        JsonNode type = schema.get("type");
        if (type != null && type.isTextual()) {
          schema.putArray("type").add(type.asText()).add("null");
        }
        if (schema.get("enum") instanceof ArrayNode values && !values.has(0)) {
          values.addNull();
        } else if (schema.get("enum") instanceof ArrayNode values) {
          boolean hasNull = false;
          for (JsonNode v : values) {
            hasNull |= v.isNull();
          }
          if (!hasNull) {
            values.addNull();
          }
        }
      }
    }
    if (schema.get("required") instanceof ArrayNode required && schema.get("properties") instanceof ObjectNode props) {
      ArrayNode kept = NODES.arrayNode();
      for (JsonNode name : required) {
        JsonNode property = props.get(name.asText());
        if (property == null || !property.path(notRequired).asBoolean(false)) {
          kept.add(name);
        }
      }
      schema.set("required", kept);
    }
    return schema;
  }
}
