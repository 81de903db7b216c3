package dev.assistcodegen.plan;

import dev.assistcodegen.model.Operation;
import java.util.List;
import java.util.Objects;

/**
 * Everything one request sends, worked out once from its operation: method, base URL, path,
 * query, headers and body (the operation's {@link RequestExample}) and the chosen auth, with
 * the guidance for a refused call. The collection and every snippet language turn this into
 * their own form and decide nothing about it themselves.
 */
public final class RequestPlan {
  /** Where a request goes: the variable that holds its base URL ({@code baseUrl} or {@code baseUrl_<server>}) and its default. */
  public record BaseUrl(String variable, String defaultUrl) {
    public BaseUrl {
      Objects.requireNonNull(variable, "variable == null");
      Objects.requireNonNull(defaultUrl, "defaultUrl == null");
    }
  }

  private final Operation operation;
  private final String name;
  private final RequestExample example;
  private final BaseUrl baseUrl;
  private final AuthPlan auth;
  private final Guidance guidance;

  RequestPlan(Operation operation, String name, RequestExample example, BaseUrl baseUrl, AuthPlan auth,
      Guidance guidance) {
    this.operation = Objects.requireNonNull(operation, "operation == null");
    this.name = Objects.requireNonNull(name, "name == null");
    this.example = Objects.requireNonNull(example, "example == null");
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl == null");
    this.auth = Objects.requireNonNull(auth, "auth == null");
    this.guidance = Objects.requireNonNull(guidance, "guidance == null");
  }

  public Operation operation() {
    return operation;
  }

  /**
   * The request's name: the operation's summary, else its operationId; with {@code (#fragment)} added
   * when another request of the spec has the same name and differs only by its path key's fragment
   * (which is never sent), so the two can be told apart.
   */
  public String name() {
    return name;
  }

  public String method() {
    return example.method();
  }

  public BaseUrl baseUrl() {
    return baseUrl;
  }

  /** The path, query, headers and body with the operation's example values (credentials not included). */
  public RequestExample example() {
    return example;
  }

  public AuthPlan auth() {
    return auth;
  }

  public Guidance guidance() {
    return guidance;
  }

  /**
   * Where cookie credentials go: the index in {@link RequestExample#headers()} of the Cookie header
   * they join, after its cookie parameters (the last enabled one), or -1 when they need a Cookie
   * header of their own or the request sends none.
   */
  public int credentialCookieHeader() {
    if (auth.keys().stream().noneMatch(k -> k.scheme().location() == SchemePlan.Location.COOKIE)) {
      return -1;
    }
    int last = -1;
    for (int i = 0; i < example.headers().size(); i++) {
      RequestExample.NameValue h = example.headers().get(i);
      if (h.enabled() && h.name().equalsIgnoreCase("Cookie")) {
        last = i;
      }
    }
    return last;
  }

  /** E.g. {@code GET {{baseUrl}}/pets/{petId}?q=cat}, then one line per path variable, header, body and auth. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(method()).append(" {{").append(baseUrl.variable()).append("}}");
    for (RequestExample.PathPart part : example.path()) {
      out.append(part.variable() == null ? part.text() : "{" + part.variable() + "}");
    }
    String query = example.resolvedQuery();
    out.append(query.isEmpty() ? "" : "?" + query);
    example.pathVariables().forEach(v -> out.append("\n  path ").append(v.name()).append(" = ").append(v.value()));
    example.query().stream().filter(q -> !q.enabled())
        .forEach(q -> out.append("\n  query (disabled) ").append(q.name()).append(" = ").append(q.value()));
    for (RequestExample.NameValue h : example.headers()) {
      out.append("\n  header ").append(h.enabled() ? "" : "(disabled) ").append(h.name()).append(": ")
          .append(h.value());
    }
    RequestExample.Body body = example.body();
    if (body.kind() != RequestExample.Body.Kind.NONE) {
      out.append("\n  body ").append(body.kind()).append(' ').append(body.contentType());
      body.fields().forEach(f -> out.append("\n    ").append(f.enabled() ? "" : "(disabled) ").append(f.name())
          .append(f.file() ? " (file) " : " = ").append(f.value()));
    }
    out.append("\n  auth ").append(auth);
    List<String> scopes = guidance.scopes();
    if (!scopes.isEmpty() || !guidance.roles().isEmpty()) {
      out.append("\n  403 names scopes ").append(scopes).append(", roles ").append(guidance.roles());
    }
    return out.toString();
  }
}
