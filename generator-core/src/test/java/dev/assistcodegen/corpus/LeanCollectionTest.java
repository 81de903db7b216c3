package dev.assistcodegen.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistcodegen.Generator;
import dev.assistcodegen.GeneratorConfig;
import dev.assistcodegen.load.SpecLoader;
import dev.assistcodegen.postman.ResponseTests;
import dev.assistcodegen.report.GeneratorLog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A collection of a large OData-shaped spec ({@link EntityGraphSpec}, 500 operations, every one
 * protected by client credentials) stays lean: every request with its saved responses within
 * 64 KiB, the 401/403 guidance script written once for the whole collection (each request only
 * hands it one line of data), and saved responses that keep only the method and URL of their
 * request.
 */
class LeanCollectionTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_REQUEST_BYTES = 64 * 1024;
  private static final String GUIDANCE_TEST = "pm.test('Access granted for ";
  private static final java.util.Set<String> METHODS = java.util.Set.of("get", "put", "post", "delete", "patch");

  @TempDir
  Path dir;

  @Test
  void everyRequestStaysSmallAndTheGuidanceScriptIsWrittenOnce() throws Exception {
    ObjectNode spec = protectedByClientCredentials(new EntityGraphSpec(2_000, 200, 100).build());
    Path specFile = dir.resolve("entity-graph.json");
    JSON.writeValue(specFile.toFile(), spec);
    GeneratorConfig config = GeneratorConfig.builder().spec(specFile.toString()).outputDir(dir.resolve("out"))
        .languages(List.of("none")).tests(ResponseTests.CONTRACT).build();
    Map<String, byte[]> files = Generator.render(SpecLoader.load(specFile.toString(), GeneratorLog.silent()), config,
        GeneratorLog.silent());
    byte[] bytes = files.entrySet().stream().filter(f -> f.getKey().endsWith(".postman_collection.json"))
        .findFirst().orElseThrow().getValue();
    String text = new String(bytes, StandardCharsets.UTF_8);
    JsonNode collection = JSON.readTree(bytes);

    assertEquals(1, occurrences(text, GUIDANCE_TEST), "the guidance script, once");
    assertEquals(1, occurrences(text, "const SCHEMAS = "), "the response schemas, once");
    assertEquals(List.of("prerequest", "test"), collection.path("event").findValuesAsText("listen"),
        "the collection's token script and its guidance test");
    List<String> problems = new ArrayList<>();
    int largest = 0;
    List<JsonNode> requests = EntityGraphExamplesTest.requestItems(collection);
    for (JsonNode item : requests) {
      String name = item.path("name").asText();
      int itemBytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(item).length;
      largest = Math.max(largest, itemBytes);
      if (itemBytes > MAX_REQUEST_BYTES) {
        problems.add(name + ": " + itemBytes + " bytes with its responses");
      }
      JsonNode events = item.path("event");
      // the generated-block lines around two lines of data (guidance, response checks), each with the line that
      // hands it over: the schemas stay in the collection's test
      JsonNode exec = events.path(0).path("script").path("exec");
      if (events.size() != 1 || !"prerequest".equals(events.get(0).path("listen").asText()) || exec.size() != 6
          || !exec.get(1).asText().startsWith("const GUIDANCE = {") || !exec.get(3).asText().startsWith("const CHECKS = {")
          || exec.get(3).asText().length() > 1000) {
        problems.add(name + ": not one line of guidance data and one of response checks: " + events);
      }
      for (JsonNode response : item.path("response")) {
        List<String> fields = new ArrayList<>();
        response.path("originalRequest").fieldNames().forEachRemaining(fields::add);
        if (!fields.equals(List.of("method", "url"))) {
          problems.add(name + ": saved response " + response.path("name").asText() + " keeps " + fields);
        }
      }
    }
    System.out.printf("LeanCollectionTest: %d requests, collection %d bytes, largest request %d bytes%n",
        requests.size(), bytes.length, largest);
    assertEquals(500, requests.size());
    assertTrue(problems.isEmpty(), problems.size() + " problems:\n"
        + String.join("\n", problems.subList(0, Math.min(20, problems.size()))));
  }

  /** The spec with an OAuth 2 client-credentials scheme every operation requires, a scope per entity set. */
  private static ObjectNode protectedByClientCredentials(ObjectNode spec) {
    ObjectNode flow = ((ObjectNode) spec.path("components")).putObject("securitySchemes").putObject("azureAd")
        .put("type", "oauth2").putObject("flows").putObject("clientCredentials")
        .put("tokenUrl", "https://login.example.com/oauth2/v2.0/token");
    ObjectNode scopes = flow.putObject("scopes");
    spec.path("paths").fields().forEachRemaining(path -> {
      String scope = "Set" + path.getKey().split("/")[1] + ".ReadWrite.All";
      scopes.put(scope, "Read and write " + path.getKey().split("/")[1]);
      path.getValue().fields().forEachRemaining(operation -> {
        if (METHODS.contains(operation.getKey())) {
          ((ObjectNode) operation.getValue()).putArray("security").addObject().putArray("azureAd").add(scope);
        }
      });
    });
    return spec;
  }

  private static int occurrences(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
