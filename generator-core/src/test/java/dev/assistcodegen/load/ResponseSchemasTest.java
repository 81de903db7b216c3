package dev.assistcodegen.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.model.Operation;
import dev.assistcodegen.model.Response;
import dev.assistcodegen.report.GeneratorLog;
import dev.assistcodegen.testing.RepoPaths;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The response schemas the loader hands to contract tests, judged by a draft-07 validator (networknt) as
 * Postman's Ajv 6 judges them: each rule of the conversion accepts what the spec allows and refuses what
 * it does not.
 */
class ResponseSchemasTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path CASES = RepoPaths.root().resolve("generator-core/src/test/resources/cases");

  private static final String PET = "{\"id\": 1, \"name\": \"Rex\", \"kind\": {\"type\": \"dog\", \"barks\": true}}";

  @Test
  void openApi30() throws Exception {
    ApiSpec spec = load("contract-tests");
    JsonNode pet = response(spec, "getPet", "200").schema();
    valid(spec, pet, PET);
    valid(spec, pet, "{\"id\": 1, \"name\": \"Rex\", \"kind\": {\"type\": \"Cat\", \"lives\": 9}, \"nickname\": null,"
        + " \"owner\": null, \"status\": null, \"born\": \"2020-01-31\"}");
    // writeOnly: required in the spec, never in a response
    valid(spec, pet, PET.replace("}}", "}, \"secret\": \"s\"}"));
    invalid(spec, pet, PET.replace("\"id\": 1", "\"id\": \"1\""), "type");
    invalid(spec, pet, PET.replace("\"id\": 1, ", ""), "readOnly properties stay required in a response");
    invalid(spec, pet, PET.replace("\"id\": 1", "\"id\": 0"), "3.0 exclusiveMinimum: true");
    invalid(spec, pet, PET.replace("\"barks\": true", "\"lives\": 3"), "the discriminator picks Dog, which barks");
    invalid(spec, pet, PET.replace("}}", "}, \"owner\": {\"email\": \"not an address\"}}"), "format email");
    invalid(spec, pet, PET.replace("}}", "}, \"status\": \"lost\"}"), "enum");
    invalid(spec, pet, PET.replace("}}", "}, \"nickname\": 3}"), "nullable keeps the type");
    JsonNode list = response(spec, "listPets", "200").schema();
    valid(spec, list, "[" + PET + "]");
    invalid(spec, list, "{}", "an array");
    assertEquals(List.of("X-Total-Count", "X-Rate-Limit"), response(spec, "listPets", "200").requiredHeaders(),
        "required headers, also through a $ref; optional ones left out");
    assertEquals(List.of("application/json", "application/xml"), response(spec, "createPet", "201").mediaTypes());
    assertNull(response(spec, "getReport", "200").schema(), "a text body has no JSON schema");
    assertTrue(spec.schemas().get("Pet").toString().indexOf("description") < 0, "only validating keywords");
  }

  @Test
  void openApi31() throws Exception {
    ApiSpec spec = load("contract-tests-31");
    JsonNode thing = response(spec, "getThing", "200").schema();
    String ok = "{\"id\": \"123e4567-e89b-12d3-a456-426614174000\", \"tags\": [], \"note\": null, \"size\": 3,"
        + " \"odd name/with~chars\": 2}";
    valid(spec, thing, ok);
    invalid(spec, thing, ok.replace(", \"tags\": []", ""), "3.1 applies the siblings of a $ref");
    invalid(spec, thing, ok.replace("\"size\": 3", "\"size\": 4"), "const");
    invalid(spec, thing, ok.replace("\"id\": \"123e4567", "\"id\": \"x123e4567"), "format uuid");
    invalid(spec, thing, ok.replace(": 2}", ": \"2\"}"), "a ref to a component with a dot in its name");
    JsonNode pair = response(spec, "getPair", "200").schema();
    valid(spec, pair, "[\"a\", 1]");
    invalid(spec, pair, "[\"a\", 0]", "numeric exclusiveMinimum");
    invalid(spec, pair, "[\"a\", 1, 2]", "prefixItems with items: false");
  }

  @Test
  void referencesAreJsonPointersInUriFragments() {
    for (String name : List.of("Pet", "odd name/with~chars", "Ünïcode %20", "a.b-c_d")) {
      assertEquals(name, ApiSpec.schemaName(ApiSpec.schemaRef(name)), name);
    }
    assertEquals("#/definitions/a~1b~0c%20d", ApiSpec.schemaRef("a/b~c d"));
    assertNull(ApiSpec.schemaName("#/components/schemas/Pet"));
  }

  private static ApiSpec load(String name) {
    return SpecLoader.load(CASES.resolve(name).resolve("openapi.yaml").toString(), GeneratorLog.silent());
  }

  private static Response response(ApiSpec spec, String operationId, String code) {
    Operation op = spec.operations().stream().filter(o -> o.operationId().equals(operationId)).findFirst().orElseThrow();
    return op.responses().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
  }

  private static void valid(ApiSpec spec, JsonNode schema, String body) throws Exception {
    List<String> problems = problems(spec, schema, body);
    assertTrue(problems.isEmpty(), body + ": " + problems);
  }

  private static void invalid(ApiSpec spec, JsonNode schema, String body, String why) throws Exception {
    assertTrue(!problems(spec, schema, body).isEmpty(), why + ": " + body + " passed " + schema);
  }

  private static List<String> problems(ApiSpec spec, JsonNode schema, String body) throws Exception {
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", "http://json-schema.org/draft-07/schema#");
    root.set("definitions", JSON.valueToTree(spec.schemas()));
    root.putArray("allOf").add(schema);
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(root, config)
        .validate(JSON.readTree(body)).stream().map(m -> m.getInstanceLocation() + ": " + m.getMessage()).toList();
  }
}
