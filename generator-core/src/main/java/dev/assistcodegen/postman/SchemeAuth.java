package dev.assistcodegen.postman;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistcodegen.model.SecurityScheme.OAuthFlow;
import dev.assistcodegen.plan.AuthVariable;
import dev.assistcodegen.plan.SchemePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One planned security scheme in Postman terms: the auth object or header it becomes, and its description line. */
final class SchemeAuth {
  private SchemeAuth() {}

  /** The Postman auth object for {@code scheme} with {@code scopes}, or null when it is sent another way (or cannot be). */
  static ObjectNode postmanAuth(SchemePlan scheme, List<String> scopes) {
    return switch (scheme.kind()) {
      case API_KEY -> scheme.location() == SchemePlan.Location.COOKIE ? null
          : auth("apikey", "key", scheme.paramName(), "value", "{{" + scheme.apiKeyVariable() + "}}", "in",
              scheme.scheme().in());
      case BASIC -> auth("basic", "username", "{{" + scheme.usernameVariable() + "}}", "password",
          "{{" + scheme.passwordVariable() + "}}");
      case DIGEST -> auth("digest", "username", "{{" + scheme.usernameVariable() + "}}", "password",
          "{{" + scheme.passwordVariable() + "}}");
      case BEARER -> auth("bearer", "token", "{{" + scheme.tokenVariable() + "}}");
      case TOKEN_SCRIPT -> auth("bearer", "token", "{{accessToken}}");
      case OAUTH2_FLOW -> oauth2(scheme, scheme.flow(), scopes);
      case OPEN_ID_CONNECT -> oauth2(scheme, null, scopes);
      case OTHER_HTTP, MUTUAL_TLS -> null;
    };
  }

  /** The header (name, value) of an HTTP scheme Postman has no auth type for. */
  static String[] authorizationHeader(SchemePlan scheme) {
    return new String[] {"Authorization", scheme.httpScheme() + " {{" + scheme.credentialsVariable() + "}}"};
  }

  private static ObjectNode oauth2(SchemePlan scheme, OAuthFlow flow, List<String> scopes) {
    String grant = flow == null ? "authorization_code" : switch (flow.kind()) {
      case AUTHORIZATION_CODE -> "authorization_code";
      case IMPLICIT -> "implicit";
      case PASSWORD -> "password_credentials";
      case CLIENT_CREDENTIALS -> "client_credentials";
    };
    List<String> pairs = new ArrayList<>(List.of(
        "accessToken", "{{" + scheme.accessTokenVariable() + "}}",
        "tokenType", "Bearer",
        "addTokenTo", "header",
        "headerPrefix", "Bearer",
        "grant_type", grant,
        "tokenName", scheme.name(),
        "clientId", "{{" + scheme.clientIdVariable() + "}}",
        "clientSecret", "{{" + scheme.clientSecretVariable() + "}}",
        "scope", String.join(" ", scopes)));
    if (flow != null && !flow.authorizationUrl().isEmpty()) {
      pairs.addAll(List.of("authUrl", flow.authorizationUrl()));
    }
    if (flow != null && !flow.tokenUrl().isEmpty()) {
      pairs.addAll(List.of("accessTokenUrl", flow.tokenUrl()));
    }
    if (flow != null && flow.kind() == OAuthFlow.Kind.PASSWORD) {
      pairs.addAll(List.of("username", "{{" + scheme.usernameVariable() + "}}", "password",
          "{{" + scheme.passwordVariable() + "}}"));
    }
    if (flow == null || flow.kind() == OAuthFlow.Kind.AUTHORIZATION_CODE || flow.kind() == OAuthFlow.Kind.IMPLICIT) {
      pairs.addAll(List.of("useBrowser", "true"));
    }
    return auth("oauth2", pairs.toArray(String[]::new));
  }

  private static ObjectNode auth(String type, String... keyValues) {
    ObjectNode auth = PostmanJson.NODES.objectNode();
    auth.put("type", type);
    ArrayNode attrs = auth.putArray(type);
    for (int i = 0; i < keyValues.length; i += 2) {
      ObjectNode attr = attrs.addObject();
      attr.put("key", keyValues[i]);
      if ("useBrowser".equals(keyValues[i])) {
        attr.put("value", true);
        attr.put("type", "boolean");
      } else {
        attr.put("value", keyValues[i + 1]);
        attr.put("type", "string");
      }
    }
    return auth;
  }

  /** One line for a request description: what the scheme is and which variables it uses. */
  static String describe(SchemePlan scheme, List<String> scopes) {
    boolean tokenScript = scheme.tokenScript();
    String vars = tokenScript ? "`clientId`, `clientSecret` (the collection's pre-request script fetches the token)"
        : String.join(", ", scheme.variables().stream().map(v -> "`" + v.key() + "`").toList());
    String kind = switch (scheme.scheme().type()) {
      case API_KEY -> "API key in the " + scheme.scheme().in() + " " + Markdown.code(scheme.paramName());
      case HTTP -> "HTTP " + Markdown.code(scheme.httpScheme()) + " authentication";
      case OAUTH2 -> "OAuth 2" + (tokenScript ? " client credentials" : scheme.flow() == null ? ""
          : " (" + scheme.flow().kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " flow)");
      case OPEN_ID_CONNECT -> "OpenID Connect";
      case MUTUAL_TLS -> "mutual TLS";
    };
    StringBuilder out = new StringBuilder(Markdown.code(scheme.name())).append(": ").append(kind);
    if (!scopes.isEmpty()) {
      out.append(", scopes ").append(String.join(" ", scopes.stream().map(Markdown::code).toList()));
    }
    if (!vars.isEmpty()) {
      out.append("; variables ").append(vars);
    }
    switch (scheme.kind()) {
      case OPEN_ID_CONNECT -> out.append(". Postman has no OpenID Connect discovery: open ")
          .append(Markdown.code(scheme.scheme().openIdConnectUrl()))
          .append(", copy its `authorization_endpoint` and `token_endpoint` into the request's Authorization tab"
              + " (Auth URL, Access Token URL), then use Get New Access Token");
      case MUTUAL_TLS -> out.append(". Postman cannot express this in a collection: add your client certificate for"
          + " this host in Postman's Settings > Certificates (Newman: --ssl-client-cert and --ssl-client-key)");
      case OAUTH2_FLOW -> out.append(". Use Get New Access Token in the Authorization tab this request uses (the"
          + " collection's, when it inherits it), or paste a token into `").append(scheme.accessTokenVariable())
          .append('`');
      default -> { }
    }
    return out.append('.').toString();
  }

  /** The variable keys of {@code schemes}, for naming them in 401 guidance. */
  static List<String> variableKeys(List<SchemePlan> schemes) {
    return schemes.stream().flatMap(s -> s.variables().stream()).map(AuthVariable::key).toList();
  }
}
