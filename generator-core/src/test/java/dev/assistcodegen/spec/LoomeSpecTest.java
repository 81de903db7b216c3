package dev.assistcodegen.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assistcodegen.testing.RepoPaths;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Loome Assist spec: clean for swagger-parser, and complete in the ways generation relies on (Redocly: {@link LoomeSpecLintIT}). */
class LoomeSpecTest {
  static final Path SPEC = RepoPaths.spec("loome-assist.openapi.yaml");

  private static OpenAPI parse() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readLocation(SPEC.toUri().toString(), null, options);
    assertEquals(List.of(), result.getMessages(), "swagger-parser messages for " + SPEC);
    return result.getOpenAPI();
  }

  @Test
  void swaggerParserReportsNothing() {
    OpenAPI api = parse();
    assertEquals("3.0.3", api.getOpenapi());
  }

  @Test
  void everyOperationHasIdTagSummaryScopeAndTroubleshootingResponses() {
    OpenAPI api = parse();
    Set<String> ids = new HashSet<>();
    List<String> problems = new ArrayList<>();
    api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
      String where = method + " " + path;
      if (op.getOperationId() == null || !ids.add(op.getOperationId())) {
        problems.add(where + ": missing or duplicate operationId");
      }
      if (op.getTags() == null || op.getTags().size() != 1) {
        problems.add(where + ": needs exactly one tag");
      }
      if (op.getSummary() == null || op.getSummary().isBlank()) {
        problems.add(where + ": no summary");
      }
      if (op.getSecurity() == null || op.getSecurity().isEmpty()
          || op.getSecurity().get(0).get("oauth2") == null || op.getSecurity().get(0).get("oauth2").isEmpty()) {
        problems.add(where + ": security must name an oauth2 scope");
      }
      for (String code : List.of("400", "401", "403", "404")) {
        if (op.getResponses() == null || !op.getResponses().containsKey(code)) {
          problems.add(where + ": no " + code + " response");
        }
      }
      everyParameterHasAnExample(where, op, problems);
    }));
    assertEquals(List.of(), problems);
    assertTrue(ids.size() >= 45, "expected the full Loome resource set, got " + ids.size() + " operations");
  }

  /**
   * Loome's page on its Postman collection names what each request asks the user for besides the API key
   * (shared/reference/loome-assist-facts.md): the URL, and these ids, as required parameters of our spec.
   */
  @Test
  void theDocumentedRequestsAskForTheDocumentedInputs() {
    OpenAPI api = parse();
    Map<String, List<String>> documented = new LinkedHashMap<>();
    documented.put("getProjects", List.of());
    documented.put("getProjectById", List.of("projectId"));
    documented.put("getDataRepositories", List.of("projectId"));
    documented.put("getDataRepositoriesByProjectId", List.of("projectId"));
    documented.put("getMountingDetailsByDataRepositoryId", List.of("projectId", "dataRepositoryId"));
    Map<String, List<String>> ours = new LinkedHashMap<>();
    api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
      if (documented.containsKey(op.getOperationId())) {
        ours.put(op.getOperationId(), op.getParameters() == null ? List.of() : op.getParameters().stream()
            .filter(p -> Boolean.TRUE.equals(p.getRequired())).map(p -> p.getName()).toList());
      }
    }));
    documented.forEach((id, inputs) -> assertEquals(inputs, ours.get(id), id));
  }

  private static void everyParameterHasAnExample(String where, Operation op, List<String> problems) {
    if (op.getParameters() == null) {
      return;
    }
    op.getParameters().forEach(p -> {
      if (p.getExample() == null && (p.getExamples() == null || p.getExamples().isEmpty())
          && (p.getSchema() == null || p.getSchema().getExample() == null)) {
        problems.add(where + ": parameter " + p.getName() + " has no example");
      }
    });
  }
}
