package dev.assistcodegen.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assistcodegen.report.GeneratorLog;
import dev.assistcodegen.load.SpecLoader;
import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.model.Operation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Request body examples for oneOf schemas match exactly one branch (validators such as Prism's
 * refuse a value several branches accept, whatever the discriminator says), an optional value no
 * oneOf can accept is left out, and a JSON body example written as a string of JSON is sent as
 * that JSON.
 */
class OneOfExamplesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Map<String, JsonNode> bodies(Path dir, String... specLines) throws Exception {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(spec, String.join("\n", specLines) + "\n");
    ApiSpec api = SpecLoader.load(spec.toString(), GeneratorLog.silent());
    Map<String, JsonNode> out = new TreeMap<>();
    for (Operation op : api.operations()) {
      out.put(op.operationId(), op.requestBody().orElseThrow().example());
    }
    return out;
  }

  private static final String[] HEAD = {
      "openapi: 3.0.3",
      "info: {title: OneOf, version: '1'}",
      "paths:"};

  /** The JSON body made for {@code POST /x} whose schema is {@code schemaLines} (YAML, indented 14). */
  private static JsonNode postBody(Path dir, String... schemaLines) throws Exception {
    String[] lines = new String[schemaLines.length + 8];
    String[] head = {"  /x:", "    post:", "      operationId: post", "      requestBody:", "        content:",
        "          application/json:", "            schema:"};
    System.arraycopy(head, 0, lines, 0, head.length);
    System.arraycopy(schemaLines, 0, lines, head.length, schemaLines.length);
    lines[lines.length - 1] = "      responses: {'200': {description: ok}}";
    return bodies(dir, spec(lines)).get("post");
  }

  private static String[] spec(String... rest) {
    String[] out = new String[HEAD.length + rest.length];
    System.arraycopy(HEAD, 0, out, 0, HEAD.length);
    System.arraycopy(rest, 0, out, HEAD.length, rest.length);
    return out;
  }

  @Test
  void anObjectBothBranchesAcceptIsMadeToFailTheOtherBranch(@TempDir Path dir) throws Exception {
    // neither branch requires anything: {"a": .., "b": ..} alone is valid against both
    JsonNode body = postBody(dir,
        "              oneOf:",
        "                - {type: object, properties: {a: {type: string}, b: {type: string}}}",
        "                - {type: object, properties: {c: {type: string}, d: {type: string}}}");
    assertEquals("string", body.path("a").asText(), body.toString());
    assertTrue(body.has("c") && !body.path("c").isTextual(),
        "c, declared a string by the second branch only, holds a non-string so that branch refuses: " + body);
  }

  @Test
  void discriminatedBranchesWithoutRequiredPropertiesMatchOnlyTheChosenOne(@TempDir Path dir) throws Exception {
    JsonNode body = bodies(dir, spec(
        "  /pets:",
        "    patch:",
        "      operationId: patch",
        "      requestBody:",
        "        content:",
        "          application/json:",
        "            schema:",
        "              oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]",
        "              discriminator: {propertyName: pet_type}",
        "      responses: {'200': {description: ok}}",
        "components:",
        "  schemas:",
        "    Pet: {type: object, required: [pet_type], properties: {pet_type: {type: string}}}",
        "    Dog:",
        "      allOf:",
        "        - $ref: '#/components/schemas/Pet'",
        "        - {type: object, properties: {bark: {type: boolean}, breed: {type: string, enum: [Dingo, Husky]}}}",
        "    Cat:",
        "      allOf:",
        "        - $ref: '#/components/schemas/Pet'",
        "        - {type: object, properties: {hunts: {type: boolean}, age: {type: integer}}}")).get("patch");
    assertEquals("Cat", body.path("pet_type").asText(), body.toString());
    assertTrue(body.path("hunts").isBoolean(), body.toString());
    boolean failsDog = body.has("bark") && !body.path("bark").isBoolean()
        || body.has("breed") && !java.util.List.of("Dingo", "Husky").contains(body.path("breed").asText());
    assertTrue(failsDog, "the Cat value must not also be a valid Dog: " + body);
  }

  @Test
  void aBranchWhoseRequiredPropertiesDistinguishItIsTakenAsItIs(@TempDir Path dir) throws Exception {
    JsonNode body = postBody(dir,
        "              oneOf:",
        "                - {type: object, required: [a], properties: {a: {type: string}}, additionalProperties: false}",
        "                - {type: object, required: [b], properties: {b: {type: integer}}, additionalProperties: false}");
    assertEquals(JSON.readTree("{\"a\":\"string\"}"), body);
  }

  @Test
  void requiredOnlyBranchesDropWhatTheOtherBranchRequires(@TempDir Path dir) throws Exception {
    JsonNode body = postBody(dir,
        "              type: object",
        "              properties: {id: {type: string}, email: {type: string}}",
        "              oneOf: [{required: [id]}, {required: [email]}]");
    assertTrue(body.has("id") ^ body.has("email"), "exactly one of id and email: " + body);
  }

  @Test
  void anOptionalPropertyNoValueCanSatisfyIsLeftOut(@TempDir Path dir) throws Exception {
    // both branches accept every string: no string matches exactly one of them
    JsonNode body = postBody(dir,
        "              type: object",
        "              properties:",
        "                name: {type: string}",
        "                event: {type: string, oneOf: [{description: one}, {description: two}]}");
    assertTrue(body.has("name"), body.toString());
    assertFalse(body.has("event"), body.toString());
  }

  @Test
  void aJsonBodyExampleWrittenAsAStringOfJsonIsThatJson(@TempDir Path dir) throws Exception {
    Map<String, JsonNode> bodies = bodies(dir, spec(
        "  /x:",
        "    put:",
        "      operationId: put",
        "      requestBody:",
        "        content:",
        "          application/json:",
        "            schema: {type: array, items: {type: object}}",
        "            example: '[{\"name\": \"Fluffy\"}]'",
        "      responses: {'200': {description: ok}}",
        "    patch:",
        "      operationId: patch",
        "      requestBody:",
        "        content:",
        "          application/json:",
        "            schema: {type: object}",
        "            example: '{\"name\": \"Fluffy\"}'",
        "      responses: {'200': {description: ok}}",
        "    post:",
        "      operationId: post",
        "      requestBody:",
        "        content:",
        "          application/json:",
        "            schema: {type: string}",
        "            example: '{\"stays\": \"a string\"}'",
        "      responses: {'200': {description: ok}}"));
    assertEquals(JSON.readTree("[{\"name\":\"Fluffy\"}]"), bodies.get("put"));
    assertEquals(JSON.readTree("{\"name\":\"Fluffy\"}"), bodies.get("patch"));
    assertEquals("{\"stays\": \"a string\"}", bodies.get("post").asText(), "a string schema keeps its string");
  }

  @Test
  void aParameterOneOfIntegerOrStringTakesAValueOnlyTheStringBranchReadsOnTheWire(@TempDir Path dir) throws Exception {
    Path spec = dir.resolve("param.yaml");
    Files.writeString(spec, String.join("\n", spec(
        "  /deployments/{id}/cancel:",
        "    post:",
        "      operationId: cancel",
        "      parameters:",
        "        - {name: id, in: path, required: true, schema: {oneOf: [{type: integer}, {type: string}]}}",
        "      responses: {'200': {description: ok}}")) + "\n");
    ApiSpec api = SpecLoader.load(spec.toString(), GeneratorLog.silent());
    JsonNode value = api.operations().get(0).parameters().get(0).example();
    assertTrue(value.isTextual() && !value.asText().matches("-?\\d+"),
        "the text of 1 is valid against both branches once a validator reads it as a number: " + value);
  }

  @Test
  void aSchemaExampleThatBreaksItsUuidFormatIsNotUsed(@TempDir Path dir) throws Exception {
    // train-travel's Booking.trip_id: a 3.1 examples array whose UUID is one digit short
    JsonNode body = bodies(dir,
        "openapi: 3.1.0",
        "info: {title: Formats, version: '1'}",
        "paths:",
        "  /bookings:",
        "    post:",
        "      operationId: post",
        "      requestBody:",
        "        content:",
        "          application/json:",
        "            schema:",
        "              type: object",
        "              properties:",
        "                trip_id: {type: string, format: uuid, examples: [4f4e4e1-c824-4d63-b37a-d8d698862f1d]}",
        "                day: {type: string, format: date, examples: ['2024-02-01']}",
        "      responses: {'200': {description: ok}}").get("post");
    assertTrue(body.path("trip_id").asText().matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
        body.toString());
    assertEquals("2024-02-01", body.path("day").asText(), "a valid example is kept");
  }
}
