package dev.assistcodegen.snippets;

import dev.assistcodegen.plan.AccessGuidance;
import dev.assistcodegen.plan.ApiPlan;
import dev.assistcodegen.plan.AuthPlan;
import dev.assistcodegen.plan.PercentEncoding;
import dev.assistcodegen.plan.SchemePlan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A request's planned auth ({@link AuthPlan}) as a snippet sends it, with the environment
 * variables that hold the credentials: CLIENT_ID and CLIENT_SECRET for a client-credentials
 * token, BEARER_TOKEN, API_USERNAME and API_PASSWORD, CREDENTIALS (another HTTP scheme), and API_KEY
 * (API_KEY_&lt;SCHEME&gt; each when a request sends several keys). Texts here are raw; {@link
 * SnippetView} turns them into literals.
 */
final class SnippetAuth {
  private SnippetAuth() {}

  /**
   * The raw auth view. {@code hasQuery}: the request has query parameters of its own (a query key
   * then starts with '&amp;'); {@code cookieHeader}: the value of its Cookie header, or null (cookie
   * keys are appended to it, as the collection does).
   */
  static SnippetView.Auth of(AuthPlan auth, ApiPlan api, boolean hasQuery, String cookieHeader) {
    String kind = "none";
    String tokenUrl = "";
    String scope = "";
    String prefix = "";
    AuthPlan.Use authorization = auth.authorization();
    if (authorization != null) {
      SchemePlan s = authorization.scheme();
      switch (s.kind()) {
        case TOKEN_SCRIPT -> {
          kind = "oauth2";
          tokenUrl = api.tokenUrl().isEmpty() ? s.flow().tokenUrl() : api.tokenUrl();
          scope = api.tokenScope();
        }
        case OAUTH2_FLOW -> {
          if (s.clientCredentials()) {
            // what Postman's Get New Access Token does for this scheme: its own token URL and the scopes
            // of the scheme's one configuration
            kind = "oauth2";
            tokenUrl = s.flow().tokenUrl();
            scope = String.join(" ", api.sharedAuth(authorization).scopes());
          } else {
            kind = "bearer";
          }
        }
        case BEARER, OPEN_ID_CONNECT -> kind = "bearer";
        case BASIC -> kind = "basic";
        case DIGEST -> kind = "digest";
        case OTHER_HTTP -> {
          kind = "scheme";
          prefix = s.httpScheme() + " ";
        }
        default -> throw new IllegalStateException("not an Authorization scheme: " + s);
      }
    }
    List<SnippetView.Key> keys = keys(auth.keys(), hasQuery, cookieHeader);
    if (authorization == null && !keys.isEmpty()) {
      kind = "apiKey";
    }
    return SnippetView.Auth.of(kind, tokenUrl, scope, prefix, keys, "");
  }

  private static List<SnippetView.Key> keys(List<AuthPlan.Use> uses, boolean hasQuery, String cookieHeader) {
    List<SnippetView.Key> out = new ArrayList<>();
    boolean query = hasQuery;
    boolean cookie = false;
    Set<String> names = new HashSet<>();
    for (AuthPlan.Use use : uses) {
      SchemePlan s = use.scheme();
      String env = uses.size() == 1 ? "API_KEY" : unique("API_KEY_" + upperSnake(s.variablePrefix()), names);
      String where = s.location().name().toLowerCase(Locale.ROOT);
      String queryPrefix = "";
      String cookiePrefix = "";
      switch (s.location()) {
        case QUERY -> {
          queryPrefix = (query ? "&" : "?") + PercentEncoding.query(s.paramName()) + "=";
          query = true;
        }
        case COOKIE -> {
          cookiePrefix = (cookie ? "; " : cookieHeader == null ? "" : cookieHeader + "; ") + s.paramName() + "=";
          cookie = true;
        }
        case HEADER -> { }
      }
      String comment = Escapers.comment(uses.size() == 1 ? "your API key (required)"
          : "API key sent in the " + (s.location() == SchemePlan.Location.QUERY ? "query parameter" : where) + " "
              + s.paramName() + " (required)");
      out.add(new SnippetView.Key(where, s.paramName(), env, env, queryPrefix, cookiePrefix, comment));
    }
    return out;
  }

  private static String unique(String name, Set<String> taken) {
    String candidate = name;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = name + "_" + n;
    }
    return candidate;
  }

  /** apiKeyHeader -> API_KEY_HEADER (a variable prefix holds only ASCII letters and digits). */
  static String upperSnake(String camel) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(camel.charAt(i - 1))) {
        out.append('_');
      }
      out.append(Character.toUpperCase(c));
    }
    return out.toString();
  }

  /** The 401 text, worded as the collection's and naming the environment variables this snippet reads. */
  static String unauthorized(AuthPlan auth, SnippetView.Auth view) {
    if (auth.tokenScript()) {
      return "401 Unauthorized: " + AccessGuidance.tokenNotAccepted("CLIENT_ID and CLIENT_SECRET");
    }
    List<String> names = new ArrayList<>();
    switch (view.authKind()) {
      case "oauth2" -> names.add("CLIENT_ID, CLIENT_SECRET");
      case "bearer" -> names.add("BEARER_TOKEN");
      case "basic", "digest" -> names.add("API_USERNAME, API_PASSWORD");
      case "scheme" -> names.add("CREDENTIALS");
      default -> { }
    }
    view.keys().forEach(k -> names.add(k.envName()));
    return "401 Unauthorized: " + AccessGuidance.credentialsNotAccepted(names.isEmpty() ? "the request"
        : String.join(", ", names));
  }
}
