package dev.assistcodegen.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistcodegen.Generator;
import dev.assistcodegen.GeneratorConfig;
import dev.assistcodegen.load.SpecLoader;
import dev.assistcodegen.postman.ResponseTests;
import dev.assistcodegen.reference.ReferenceFormat;
import dev.assistcodegen.report.GeneratorLog;
import dev.assistcodegen.testing.Newman;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Locale;
import dev.assistcodegen.testing.PrismMock;
import dev.assistcodegen.testing.RepoPaths;
import dev.assistcodegen.testing.TokenServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --tests contract} collections run by Newman against Prism ({@code --errors}), which answers with the
 * spec's examples or bodies made from its schemas: every contract test passes, except (a) the tests of a
 * response Prism itself refuses as breaking the spec's schema (a 500 {@code VIOLATIONS} located in the
 * response), (b) a failed body check whose body a second validator (networknt, JSON Schema 2020-12, on the
 * spec's original schema: {@link ExampleValidator}) also finds breaking the schema (Prism builds bodies from
 * the spec's own examples, so both are the spec's fault; counted and printed), and (c) the failures listed in
 * {@link #SPEC_FAULTS}, each with the spec's fault. The tests of a request Prism did not answer from the spec
 * (it crashed, or refused the request: {@code BreadthIT} measures and explains those) are counted apart. A fixed sample of {@code @readme/oas-examples} (the
 * response, schema and polymorphism cases) and every request of GitHub's spec; {@code -Dcontract.corpus=all}
 * runs every JSON spec of the corpus instead of the sample. Redirects are not followed (GitHub's 302s point
 * at hosts that do not resolve here).
 */
class ContractPrismIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** GitHub's requests run: every this many (all 1,223 took about three minutes of CI). */
  static final int GITHUB_EVERY = 3;
  private static final String OAS = "@readme/oas-examples/";
  private static final List<String> SAMPLE = List.of("3.0/json/petstore.json", "3.0/json/response-examples.json",
      "3.0/json/response-schemas.json", "3.0/json/response-multiple-mediatypes.json",
      "3.0/json/response-http-behavior.json", "3.0/json/schema-types.json", "3.1/json/schema-types.json",
      "3.0/json/schema-visibility.json", "3.0/json/schema-additional-properties.json", "3.0/json/polymorphism.json",
      "3.0/json/discriminators.json", "3.0/json/complex-nesting.json", "3.1/json/train-travel.json",
      "3.0/json/star-trek.json", "3.0/json/security.json", "2.0/json/petstore.json");

  /** "spec: test name" of a failure that is the spec's fault, and why. */
  static final Map<String, String> SPEC_FAULTS = new TreeMap<>(Map.ofEntries(
      Map.entry("3.0/json/security.json: Access granted for POST /status/401 (not 401 or 403)",
          "the operation exists to answer 401 (its only response): the access guidance says so, as it should"),
      Map.entry("2.0/json/petstore.json: POST /store/order: the status is a documented 2xx",
          "the 2.0 spec declares no consumes, so the body goes as */*; Prism: \"No supported content types, but"
              + " request included a non-empty body\" and answers the documented 400"),
      Map.entry("github: POST /orgs/{org}/issue-fields: the status is a documented 2xx",
          "the spec's own request example (sent as written) lacks the required priority of each option: Prism 422"),
      Map.entry("github: POST /user/keys: the status is a documented 2xx",
          "the spec's own request example has title and key swapped, so key breaks its pattern ^ssh-...: Prism 422"),
      Map.entry("github: POST /user/ssh_signing_keys: the status is a documented 2xx",
          "the same request example as POST /user/keys"),
      Map.entry("3.1/json/security.json: Access granted for POST /status/401 (not 401 or 403)",
          "as in 3.0"),
      Map.entry("3.0/json/security-multiple.json: Access granted for POST /anything/and (not 401 or 403)",
          "401 is the operation's only documented response, so Prism answers it"),
      Map.entry("3.0/json/security-multiple.json: Access granted for POST /anything/or (not 401 or 403)",
          "401 is the operation's only documented response, so Prism answers it"),
      Map.entry("3.0/json/security-multiple.json: Access granted for POST /anything/and-or (not 401 or 403)",
          "401 is the operation's only documented response, so Prism answers it"),
      Map.entry("3.0/json/security-multiple.json: Access granted for POST /anything/many-and-or (not 401 or 403)",
          "401 is the operation's only documented response, so Prism answers it"),
      Map.entry("3.0/json/schema-circular.json: PUT /circular: the status is a documented 2xx",
          "a multipart body whose file part is an object: Prism reads objects in multipart only in bracket notation"
              + " (BreadthIT) and answers the documented 400")));

  @Test
  void everyContractTestPassesOnTheOasExamplesCorpus(@TempDir Path dir) throws IOException {
    List<Path> specs = new ArrayList<>();
    if ("all".equals(System.getProperty("contract.corpus"))) {
      for (String version : List.of("2.0", "3.0", "3.1")) {
        try (var files = Files.list(RepoPaths.npmFile(OAS + version + "/json"))) {
          files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(specs::add);
        }
      }
    } else {
      SAMPLE.forEach(s -> specs.add(RepoPaths.npmFile(OAS + s)));
    }
    List<String> unexpected = new ArrayList<>();
    int[] tests = {0, 0, 0};
    for (Path spec : specs) {
      String name = spec.getParent().getParent().getFileName() + "/json/" + spec.getFileName();
      unexpected.addAll(run(spec, name, dir.resolve(name.replace('/', '_')), tests, 1));
    }
    System.out.println("ContractPrismIT: " + specs.size() + " oas-examples specs, " + tests[0] + " tests, "
        + tests[1] + " failed on the spec's own example, " + tests[2] + " on requests Prism did not answer from the"
        + " spec, " + unexpected.size() + " unexpected failures");
    assertTrue(unexpected.isEmpty(), String.join("\n", unexpected));
  }

  @Test
  void everyContractTestPassesOnGitHub(@TempDir Path dir) throws IOException {
    int[] tests = {0, 0, 0};
    List<String> unexpected = run(RepoPaths.npmFile("@octokit/openapi/generated/api.github.com.json"), "github",
        dir, tests, GITHUB_EVERY);
    System.out.println("ContractPrismIT: GitHub, " + tests[0] + " tests, " + tests[1] + " failed on the spec's own"
        + " example, " + tests[2] + " on requests Prism did not answer from the spec, " + unexpected.size()
        + " unexpected failures");
    assertTrue(tests[0] > 2500 / GITHUB_EVERY, "too few tests ran: " + tests[0]);
    assertTrue(unexpected.isEmpty(), String.join("\n", unexpected));
  }

  /** Runs one spec's contract tests against Prism; returns the failures not explained as the spec's fault. */
  /**
   * Runs one spec's contract tests against Prism (every {@code every}th request of its collection); returns the
   * failures not explained as the spec's fault.
   */
  private static List<String> run(Path spec, String name, Path dir, int[] tests, int every) throws IOException {
    Files.createDirectories(dir);
    List<String> unexpected = new ArrayList<>();
    if (!hasOperations(spec)) {
      System.out.println("ContractPrismIT: " + name + " has no operations (Prism serves none): not run");
      return unexpected;
    }
    try (PrismMock prism = PrismMock.start(spec); TokenServer tokens = TokenServer.start()) {
      Path collection = generate(spec, dir);
      if (every > 1) {
        ObjectNode tree = (ObjectNode) JSON.readTree(collection.toFile());
        keepEvery(tree.path("item"), every, new int[] {0});
        JSON.writeValue(collection.toFile(), tree);
      }
      ObjectNode environment = environment(dir, collection, prism.baseUrl(), tokens.tokenUrl());
      Newman.Report report = Newman.run(collection, environment, dir, "--ignore-redirects");
      OpenAPI api = RequestBodySchemaTest.parse(spec);
      ExampleValidator second = new ExampleValidator(RequestBodySchemaTest.componentsAsJson(api),
          !RequestBodySchemaTest.is31(api), false);
      Map<String, String> bodyFailures = new TreeMap<>();
      Map<String, String> pairs = new java.util.HashMap<>();
      java.util.Set<String> listed = new java.util.HashSet<>();
      // the tests that ran (a sample of a spec runs only some requests)
      java.util.Set<String> ran = new java.util.HashSet<>();
      for (Newman.Execution e : report.executions()) {
        tests[0] += e.passed().size() + e.failures().size();
        ran.addAll(e.passed());
        e.failures().forEach(f -> ran.add(f.indexOf(" -> ") < 0 ? f : f.substring(0, f.indexOf(" -> "))));
        if (notAnswered(e)) {
          // no verdict on the response: Prism crashed or refused the request (BreadthIT's subject, with causes)
          tests[2] += e.failures().size();
          e.failures().forEach(f -> System.out.println("ContractPrismIT: Prism did not answer the request as the spec"
              + " says: " + name + ": " + f + " [HTTP " + e.code() + "]"));
          continue;
        }
        if (prismFaultsItsOwnResponse(e)) {
          // Prism (--errors) checked the response it built from the spec against the spec's schema, and refused it
          tests[1] += e.failures().size();
          e.failures().forEach(f -> System.out.println("ContractPrismIT: Prism finds the spec's own example breaks its"
              + " schema: " + name + ": " + f));
          continue;
        }
        for (String failure : e.failures()) {
          String test = failure.substring(0, failure.indexOf(" -> ") < 0 ? failure.length() : failure.indexOf(" -> "));
          JsonNode schema = test.endsWith(" body matches the spec's schema") ? responseSchema(api, test, e.code()) : null;
          JsonNode body = schema == null ? null : json(e.body());
          if (body != null) {
            // the validator checks each distinct (schema, body) pair once, under the first name it was given
            String where = pairs.computeIfAbsent(schema + "\n" + body, k -> "f" + pairs.size());
            second.add(schema, body, where);
            bodyFailures.put(name + ": " + failure + " [HTTP " + e.code() + "]", where);
          } else if (!SPEC_FAULTS.containsKey(name + ": " + test)) {
            unexpected.add(name + ": " + failure + " [HTTP " + e.code() + "]");
          } else {
            listed.add(name + ": " + test);
          }
        }
      }
      // a listed fault that no longer happens is taken off the list
      SPEC_FAULTS.keySet().stream().filter(k -> k.startsWith(name + ": ") && !listed.contains(k)
              && ran.contains(k.substring(name.length() + 2)))
          .forEach(k -> unexpected.add(k + ": listed in SPEC_FAULTS but passed"));
      List<String> confirmed = second.problems().stream().map(p -> p.substring(0, p.indexOf(':'))).distinct().toList();
      bodyFailures.forEach((failure, where) -> {
        if (confirmed.contains(where)) {
          tests[1]++;
          System.out.println("ContractPrismIT: the spec's own example breaks its schema (networknt agrees): " + failure);
        } else {
          unexpected.add(failure + " (networknt finds the body valid)");
        }
      });
    }
    return unexpected;
  }

  private static boolean hasOperations(Path spec) throws IOException {
    JsonNode paths = JSON.readTree(spec.toFile()).path("paths");
    for (JsonNode item : paths) {
      for (String method : List.of("get", "put", "post", "delete", "options", "head", "patch", "trace")) {
        if (item.has(method)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Prism gave no answer from the spec: no response at all (Prism crashed on the request, or a 1xx status,
   * which Newman never sees), a refusal of the request with Prism's own problem type, or its security check's
   * 401 challenge.
   */
  private static boolean notAnswered(Newman.Execution e) {
    return e.code() == 0 || (e.code() / 100 == 4 && e.body().contains("stoplight.io/prism/errors#"))
        || (e.code() == 401 && e.headers().containsKey("WWW-Authenticate"));
  }

  /** Prism's 500 for a response of its own that breaks the spec's schema (and nothing wrong with the request). */
  private static boolean prismFaultsItsOwnResponse(Newman.Execution e) {
    return e.code() == 500 && e.body().contains("stoplight.io/prism/errors#VIOLATIONS")
        && e.body().contains("\"location\":[\"response\"") && !e.body().contains("\"location\":[\"request\"");
  }

  private static Path generate(Path spec, Path dir) throws IOException {
    GeneratorConfig config = GeneratorConfig.builder().spec(spec.toString()).outputDir(dir)
        .languages(List.of("none")).reference(ReferenceFormat.NONE).tests(ResponseTests.CONTRACT).build();
    Path collection = null;
    for (Map.Entry<String, byte[]> f : Generator.render(SpecLoader.load(spec.toString(), GeneratorLog.silent()), config,
        GeneratorLog.silent()).entrySet()) {
      Path target = dir.resolve(f.getKey());
      Files.createDirectories(target.getParent());
      Files.write(target, f.getValue());
      if (f.getKey().endsWith(".postman_collection.json")) {
        collection = target;
      }
    }
    return collection;
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException notJson) {
      return null;
    }
  }

  /** The spec's own JSON schema of the response {@code test} ("METHOD /path: ...") got for {@code code}. */
  private static JsonNode responseSchema(OpenAPI api, String test, int code) {
    String[] operation = test.substring(0, test.indexOf(": ")).split(" ", 2);
    PathItem item = api.getPaths() == null ? null : api.getPaths().get(operation[1]);
    io.swagger.v3.oas.models.Operation op = item == null ? null
        : item.readOperationsMap().get(PathItem.HttpMethod.valueOf(operation[0].toUpperCase(Locale.ROOT)));
    if (op == null || op.getResponses() == null) {
      return null;
    }
    String exact = Integer.toString(code);
    ApiResponse response = op.getResponses().get(exact);
    if (response == null) {
      response = op.getResponses().get(exact.charAt(0) + "XX");
    }
    if (response == null) {
      response = op.getResponses().get("default");
    }
    if (response != null && response.get$ref() != null && api.getComponents() != null
        && api.getComponents().getResponses() != null) {
      response = api.getComponents().getResponses().get(response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1));
    }
    Content content = response == null ? null : response.getContent();
    if (content == null) {
      return null;
    }
    return content.entrySet().stream().filter(m -> m.getKey().contains("json") && m.getValue().getSchema() != null)
        .findFirst().map(m -> (JsonNode) (RequestBodySchemaTest.is31(api) ? Json31.mapper() : Json.mapper())
            .valueToTree(m.getValue().getSchema())).orElse(null);
  }

  /** The first environment, with baseUrl, every per-operation server and tokenUrl pointing at the test's servers. */
  private static ObjectNode environment(Path dir, Path collection, String prismUrl, String tokenUrl) throws IOException {
    Path file;
    try (var files = Files.list(dir)) {
      file = files.filter(f -> f.toString().endsWith(".postman_environment.json")).sorted().findFirst().orElseThrow();
    }
    ObjectNode environment = (ObjectNode) JSON.readTree(file.toFile());
    for (JsonNode v : environment.path("values")) {
      if (v.path("value").asText().isEmpty()) {
        ((ObjectNode) v).put("value", "dummy-" + v.path("key").asText());
      }
    }
    pointAtPrism(environment, collection, prismUrl, tokenUrl);
    return environment;
  }

  /** baseUrl and every per-operation server at Prism's root (Prism ignores the servers' base paths). */
  private static void pointAtPrism(ObjectNode environment, Path collection, String prismUrl, String tokenUrl)
      throws IOException {
    Map<String, String> values = new TreeMap<>();
    for (JsonNode v : JSON.readTree(collection.toFile()).path("variable")) {
      String key = v.path("key").asText();
      if (key.startsWith("baseUrl")) {
        values.put(key, prismUrl);
      }
    }
    values.put("tokenUrl", tokenUrl);
    for (JsonNode v : environment.path("values")) {
      String key = v.path("key").asText();
      if (values.containsKey(key)) {
        ((ObjectNode) v).put("value", values.remove(key));
      }
    }
    values.remove("tokenUrl");
    values.forEach((key, value) -> environment.withArray("values").addObject().put("key", key).put("value", value));
  }

  /** Keeps every {@code every}th request of {@code items} (folders that keep none go too). */
  private static void keepEvery(JsonNode items, int every, int[] counter) {
    List<JsonNode> kept = new ArrayList<>();
    for (JsonNode item : items) {
      if (item.has("item")) {
        keepEvery(item.path("item"), every, counter);
        if (!item.path("item").isEmpty()) {
          kept.add(item);
        }
      } else if (counter[0]++ % every == 0) {
        kept.add(item);
      }
    }
    ((ArrayNode) items).removeAll().addAll(kept);
  }
}
