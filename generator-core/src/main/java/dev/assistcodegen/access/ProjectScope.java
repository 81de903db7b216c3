package dev.assistcodegen.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.model.Operation;
import dev.assistcodegen.model.Parameter;
import java.util.List;
import java.util.Optional;

/**
 * Output for one project: the project parameter (in the path or the query) of every operation
 * takes the given project id as its value, so the collection and every snippet send the same request.
 */
public final class ProjectScope {
  private ProjectScope() {}

  /** The spec with {@code projectId} as the example of every path or query parameter called {@code parameter}. */
  public static ApiSpec apply(ApiSpec spec, String parameter, String projectId) {
    if (projectId == null) {
      return spec;
    }
    List<Operation> operations = spec.operations().stream().map(op -> withProject(op, parameter, projectId)).toList();
    return spec.withOperations(operations);
  }

  /** The project id a collection uses: the given one, else the spec's example of the parameter, else empty. */
  public static Optional<String> value(ApiSpec spec, String parameter, String projectId) {
    if (projectId != null) {
      return Optional.of(projectId);
    }
    return spec.operations().stream()
        .flatMap(op -> AccessPolicy.projectParameter(op, parameter).stream())
        .map(p -> p.example().isTextual() ? p.example().asText() : p.example().toString())
        .findFirst();
  }

  private static Operation withProject(Operation op, String parameter, String projectId) {
    Parameter project = AccessPolicy.projectParameter(op, parameter).orElse(null);
    if (project == null) {
      return op;
    }
    List<Parameter> parameters = op.parameters().stream()
        .map(p -> p == project
            ? new Parameter(p.name(), p.in(), p.description(), p.required(), p.deprecated(),
                example(p.example(), projectId), p.style(), p.explode())
            : p)
        .toList();
    return new Operation(op.operationId(), op.method(), op.path(), op.summary(), op.description(), op.tags(),
        op.deprecated(), parameters, op.requestBody(), op.responses(), op.security(), op.servers());
  }

  /** A number stays a number when the id is one (ids are integers in Loome), else text. */
  private static JsonNode example(JsonNode original, String projectId) {
    if (original.isNumber() && projectId.matches("-?\\d{1,18}")) {
      return JsonNodeFactory.instance.numberNode(Long.parseLong(projectId));
    }
    return JsonNodeFactory.instance.textNode(projectId);
  }
}
