package dev.assistcodegen.reference;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assistcodegen.access.AccessMatrix;
import dev.assistcodegen.model.FormField;
import dev.assistcodegen.model.MediaTypes;
import dev.assistcodegen.model.Operation;
import dev.assistcodegen.model.Parameter;
import dev.assistcodegen.model.RequestBody;
import dev.assistcodegen.plan.AuthPlan;
import dev.assistcodegen.plan.RequestExample;
import dev.assistcodegen.plan.JsonText;
import dev.assistcodegen.plan.RequestNames;
import dev.assistcodegen.plan.RequestPlan;
import dev.assistcodegen.plan.SchemePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The main panel of a request, from its plan: what it is, who may call it, what it sends and gets back. */
final class RequestViews {
  private RequestViews() {}

  static ReferenceView.Request of(RequestPlan plan, String anchor, String folder, List<String> roles,
      boolean rolesKnown) {
    Operation op = plan.operation();
    String name = RequestNames.of(plan.name());
    String summary = op.summary().isBlank() || name.equals(op.summary().strip()) ? "" : op.summary().strip();
    return new ReferenceView.Request(anchor, Html.text(op.operationId()), Html.text(plan.method()),
        plan.method().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""), Html.text(name), Html.text(op.path()),
        Html.text(plan.baseUrl().defaultUrl() + op.path()), Html.text(folder), op.deprecated(),
        Html.text(summary), MarkdownHtml.render(op.description(), 3), Html.text(auth(plan.auth())),
        op.isPublic() ? "" : Html.text(AccessMatrix.scopesText(op)),
        Html.text(roles.isEmpty() ? (rolesKnown ? "none of the roles" : "") : String.join(", ", roles)),
        rolesKnown && !op.isPublic(), parameters(op, plan.example()),
        plan.example().body().kind() != RequestExample.Body.Kind.NONE, body(op, plan.example().body()),
        responses(op));
  }

  /** How the request authenticates, in words, with the environment variables its snippets read. */
  static String auth(AuthPlan auth) {
    if (auth.isPublic()) {
      return "none (a public request)";
    }
    List<String> parts = new ArrayList<>();
    for (AuthPlan.Use use : auth.uses()) {
      if (auth.sends(use) && use.scheme() != null) {
        parts.add(describe(use.scheme()));
      }
    }
    String text = parts.isEmpty() ? "nothing the request can send" : String.join(", and ", parts);
    return text + (auth.optional() ? " (optional)" : "");
  }

  private static String describe(SchemePlan scheme) {
    return switch (scheme.kind()) {
      case TOKEN_SCRIPT -> "an OAuth 2 token from client credentials (CLIENT_ID, CLIENT_SECRET)";
      case BEARER -> "a bearer token (BEARER_TOKEN)";
      case BASIC -> "HTTP basic (USERNAME, PASSWORD)";
      case DIGEST -> "HTTP digest (USERNAME, PASSWORD)";
      case OTHER_HTTP -> "HTTP " + scheme.httpScheme() + " (CREDENTIALS)";
      case API_KEY -> "an API key in the " + scheme.location().name().toLowerCase(Locale.ROOT)
          + (scheme.location() == SchemePlan.Location.QUERY ? " parameter " : " ") + scheme.paramName() + " (API_KEY)";
      case OAUTH2_FLOW -> "an OAuth 2 token you obtain yourself (BEARER_TOKEN)";
      case OPEN_ID_CONNECT -> "an OpenID Connect token you obtain yourself (BEARER_TOKEN)";
      case MUTUAL_TLS -> "a client certificate (mutual TLS)";
    };
  }

  private static List<ReferenceView.Parameter> parameters(Operation op, RequestExample example) {
    List<ReferenceView.Parameter> out = new ArrayList<>();
    for (Parameter p : op.parameters()) {
      out.add(new ReferenceView.Parameter(Html.text(p.name()), p.in().name().toLowerCase(Locale.ROOT), p.required(),
          p.deprecated(), Html.text(sentValue(p, example)), MarkdownHtml.render(p.description(), 5)));
    }
    return out;
  }

  /**
   * The value the request sends for {@code p}: as the plan serialised it when it sends it under the
   * parameter's own name, else the parameter's example as JSON (an object spread over several names).
   */
  static String sentValue(Parameter p, RequestExample example) {
    List<RequestExample.NameValue> sent = switch (p.in()) {
      case PATH -> example.pathVariables();
      case QUERY -> example.query();
      case HEADER -> example.headers();
      case COOKIE -> List.of();
    };
    List<String> values = sent.stream().filter(v -> p.in() == Parameter.Location.HEADER
            ? v.name().equalsIgnoreCase(p.name()) : v.name().equals(p.name()))
        .map(v -> v.enabled() ? v.value() : v.value() + " (not sent)").toList();
    if (!values.isEmpty()) {
      return String.join(", ", values);
    }
    return exampleText(p.example());
  }

  private static String exampleText(JsonNode example) {
    if (example == null || example.isNull() || example.isMissingNode()) {
      return "";
    }
    return example.isValueNode() ? example.asText() : example.toString();
  }

  private static ReferenceView.Body body(Operation op, RequestExample.Body body) {
    RequestBody declared = op.requestBody().orElse(null);
    String description = declared == null ? "" : MarkdownHtml.render(declared.description(), 5);
    String others = declared == null ? ""
        : declared.otherMediaTypes().stream().map(Html::text).collect(Collectors.joining(", "));
    List<ReferenceView.Field> fields = new ArrayList<>();
    for (FormField f : body.fields()) {
      fields.add(new ReferenceView.Field(Html.text(f.name()), Html.text(f.value()), f.file()));
    }
    String text = switch (body.kind()) {
      case JSON, RAW -> body.text();
      case BINARY -> "(the bytes of a file: the snippets send UPLOAD_FILE)";
      default -> "";
    };
    return new ReferenceView.Body(Html.text(body.contentType()), description, !text.isEmpty(), Html.text(text),
        fields, others);
  }

  private static List<ReferenceView.Response> responses(Operation op) {
    List<ReferenceView.Response> out = new ArrayList<>();
    boolean opened = false;
    for (dev.assistcodegen.model.Response r : op.responses()) {
      String example = "";
      if (r.example() != null && !r.example().isNull() && !r.example().isMissingNode()) {
        boolean json = MediaTypes.isJson(r.mediaType()) || !r.example().isTextual();
        example = json ? JsonText.body(r.example()) : r.example().asText();
      }
      boolean open = !opened && !example.isEmpty() && r.code().startsWith("2");
      opened |= open;
      String statusClass = r.code().matches("[1-5].*") ? r.code().substring(0, 1) : "x";
      out.add(new ReferenceView.Response(Html.text(r.code()), statusClass, MarkdownHtml.render(r.description(), 5),
          Html.text(r.mediaType()), !example.isEmpty(), Html.text(example), open));
    }
    return out;
  }
}
