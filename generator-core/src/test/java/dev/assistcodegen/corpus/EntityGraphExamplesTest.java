package dev.assistcodegen.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistcodegen.Generator;
import dev.assistcodegen.GeneratorConfig;
import dev.assistcodegen.examples.ExampleBudget;
import dev.assistcodegen.examples.ExampleFactory;
import dev.assistcodegen.examples.SchemaResolver;
import dev.assistcodegen.load.SpecLoader;
import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.model.Operation;
import dev.assistcodegen.model.Response;
import dev.assistcodegen.report.GeneratorLog;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated spec in the shape of OData-derived ones ({@link EntityGraphSpec}: 2,000 interlinked
 * entity types, 500 operations) converts into a collection whose examples keep to the example
 * budget, whose requests stay small, and whose every example is valid against its schema.
 */
class EntityGraphExamplesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The largest a request with its saved responses may be in the collection (issue 12's target). */
  private static final int MAX_REQUEST_BYTES = 64 * 1024;
  private static final int MAX_CHARS = ExampleBudget.DEFAULT.maxChars();

  @TempDir
  static Path dir;
  private static ObjectNode spec;
  private static Path specFile;
  private static ApiSpec model;

  @BeforeAll
  static void generate() throws Exception {
    spec = new EntityGraphSpec(2_000, 200, 100).build();
    specFile = dir.resolve("entity-graph.json");
    JSON.writeValue(specFile.toFile(), spec);
    model = SpecLoader.load(specFile.toString(), GeneratorLog.silent());
  }

  @Test
  void theSpecIsOneNoUnboundedExampleCouldHandle() {
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    OpenAPI api = new OpenAPIV3Parser().read(specFile.toString(), null, options);
    Schema<Object> type = new Schema<>();
    type.set$ref("#/components/schemas/ns.type1999");
    JsonNode threeLevels = new ExampleFactory(new SchemaResolver(api.getComponents()),
        new ExampleBudget(3, Integer.MAX_VALUE)).example(type, ExampleFactory.Direction.REQUEST).value();
    int length = threeLevels.toString().length();
    assertTrue(length > 10 * MAX_CHARS, "three complete levels of one entity are " + length + " characters");
  }

  @Test
  void everyRequestKeepsToTheBudget() throws Exception {
    GeneratorConfig config = GeneratorConfig.builder().spec(specFile.toString()).outputDir(dir.resolve("out"))
        .languages(List.of("none")).checkCollection(false).build();
    Map<String, byte[]> files = Generator.render(model, config, GeneratorLog.silent());
    byte[] bytes = files.entrySet().stream().filter(f -> f.getKey().endsWith(".postman_collection.json"))
        .findFirst().orElseThrow().getValue();
    List<String> problems = new ArrayList<>();
    int requests = 0;
    int largest = 0;
    for (JsonNode item : requestItems(JSON.readTree(bytes))) {
      requests++;
      String name = item.path("name").asText();
      int itemBytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(item).length;
      largest = Math.max(largest, itemBytes);
      if (itemBytes > MAX_REQUEST_BYTES) {
        problems.add(name + ": " + itemBytes + " bytes with its responses");
      }
      String body = item.path("request").path("body").path("raw").asText("");
      if (!body.isEmpty() && compact(body) > MAX_CHARS) {
        problems.add(name + ": request body of " + compact(body) + " characters");
      }
      for (JsonNode response : item.path("response")) {
        String example = response.path("body").asText("");
        if (!example.isEmpty() && compact(example) > MAX_CHARS) {
          problems.add(name + ": response " + response.path("code").asInt() + " of " + compact(example)
              + " characters");
        }
      }
    }
    long shortened = model.operations().stream().filter(op -> op.requestBody().map(b -> b.exampleShortened())
        .orElse(false) || op.responses().stream().anyMatch(Response::exampleShortened)).count();
    System.out.printf("EntityGraphExamplesTest: %d requests, collection %d bytes, largest request %d bytes, "
        + "%d with a shortened example%n", requests, bytes.length, largest, shortened);
    assertTrue(requests == 500, requests + " requests");
    assertTrue(shortened > 300, "the budget shortened only " + shortened + " operations' examples");
    assertTrue(problems.isEmpty(), problems.size() + " requests break the budget:\n" + String.join("\n", problems));
  }

  @Test
  void everyExampleIsValidAgainstItsSchema() {
    JsonNode schemas = spec.path("components").path("schemas");
    ExampleValidator requests = new ExampleValidator(schemas, true, true);
    ExampleValidator responses = new ExampleValidator(schemas, true, false);
    int checked = 0;
    for (Operation op : model.operations()) {
      JsonNode operation = spec.path("paths").path(op.path()).path(op.method().toLowerCase(Locale.ROOT));
      if (op.requestBody().isPresent()) {
        checked++;
        requests.add(operation.at("/requestBody/content/application~1json/schema"), op.requestBody().get().example(),
            op.operationId() + " request body");
      }
      for (Response response : op.responses()) {
        if (response.example() != null) {
          checked++;
          JsonNode declared = operation.path("responses").path(response.code());
          JsonNode schema = declared.has("$ref") ? spec.at("/components/responses/error/content/application~1json/schema")
              : declared.at("/content/application~1json/schema");
          responses.add(schema, response.example(), op.operationId() + " response " + response.code());
        }
      }
    }
    List<String> problems = new ArrayList<>(requests.problems());
    problems.addAll(responses.problems());
    System.out.printf("EntityGraphExamplesTest: %d examples checked, %d invalid%n", checked, problems.size());
    assertTrue(checked > 1_500, checked + " examples checked");
    assertTrue(problems.isEmpty(), problems.size() + " examples break their schema:\n"
        + String.join("\n", problems.subList(0, Math.min(20, problems.size()))));
  }

  private static int compact(String json) throws Exception {
    return JSON.writeValueAsString(JSON.readTree(json)).length();
  }

  /** Every request item of a collection, in any folder (LeanCollectionTest reads them too). */
  static List<JsonNode> requestItems(JsonNode collection) {
    List<JsonNode> out = new ArrayList<>();
    List<JsonNode> folders = new ArrayList<>(List.of(collection));
    while (!folders.isEmpty()) {
      for (JsonNode item : folders.remove(folders.size() - 1).path("item")) {
        if (item.has("request")) {
          out.add(item);
        } else {
          folders.add(item);
        }
      }
    }
    return out;
  }
}
