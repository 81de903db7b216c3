package dev.assistcodegen.postman;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistcodegen.model.SecurityScheme;
import dev.assistcodegen.model.SecurityScheme.OAuthFlow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One security scheme in Postman terms: the auth object it becomes, or the header, query
 * parameter or cookie it adds, and the variables the user fills in.
 */
final class SchemeAuth {
  /** Variable names owned by the client-credentials token script and the generation record. */
  static final Set<String> RESERVED = Set.of("baseUrl", "tokenUrl", "clientId", "clientSecret", "scope",
      "accessToken", "accessTokenExpiresAt", GenerationRecord.VARIABLE);

  private final SecurityScheme scheme;
  private final boolean tokenScript;
  private final String prefix;

  /** {@code tokenScript}: this scheme's token comes from the collection's pre-request script. */
  SchemeAuth(SecurityScheme scheme, boolean tokenScript) {
    this.scheme = scheme;
    this.tokenScript = tokenScript;
    this.prefix = variablePrefix(scheme.name());
  }

  SecurityScheme scheme() {
    return scheme;
  }

  boolean tokenScript() {
    return tokenScript;
  }

  /** True when the credential travels in the Authorization header (only one such scheme fits a request). */
  boolean usesAuthorizationHeader() {
    return switch (scheme.type()) {
      case HTTP, OAUTH2, OPEN_ID_CONNECT -> true;
      case API_KEY -> "header".equals(scheme.in()) && "authorization".equalsIgnoreCase(scheme.paramName());
      case MUTUAL_TLS -> false;
    };
  }

  /** Postman can send this scheme's credential as a plain header, query parameter or cookie. */
  boolean isApiKey() {
    return scheme.type() == SecurityScheme.Type.API_KEY;
  }

  /** A camelCase variable prefix from the scheme name that never takes a token-script name. */
  static String variablePrefix(String schemeName) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : schemeName.toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        out.append(upper && out.length() > 0 ? Character.toUpperCase(c) : c);
        upper = false;
      } else {
        upper = true;
      }
    }
    if (out.length() == 0 || Character.isDigit(out.charAt(0))) {
      out.insert(0, "auth");
    }
    out.setCharAt(0, Character.toLowerCase(out.charAt(0)));
    String name = out.toString();
    return RESERVED.contains(name) ? name + "Auth" : name;
  }

  /** The apiKey variable name (the prefix itself). */
  String apiKeyVariable() {
    return prefix;
  }

  /** Variables this scheme needs, in a fixed order (the token script's own are declared elsewhere). */
  List<AuthVariable> variables() {
    List<AuthVariable> out = new ArrayList<>();
    String of = " for the security scheme '" + scheme.name() + "'.";
    switch (scheme.type()) {
      case API_KEY -> out.add(new AuthVariable(prefix, "", true, "API key sent in the " + scheme.in() + " '"
          + scheme.paramName() + "'" + of));
      case HTTP -> {
        String s = scheme.httpScheme().toLowerCase(Locale.ROOT);
        if (s.equals("basic") || s.equals("digest")) {
          out.add(new AuthVariable(prefix + "Username", "", false, "User name" + of));
          out.add(new AuthVariable(prefix + "Password", "", true, "Password" + of));
        } else if (s.equals("bearer")) {
          out.add(new AuthVariable(prefix + "Token", "", true, "Bearer token"
              + (scheme.bearerFormat().isEmpty() ? "" : " (" + scheme.bearerFormat() + ")") + of));
        } else {
          out.add(new AuthVariable(prefix + "Credentials", "", true, "Credentials after '" + scheme.httpScheme()
              + " ' in the Authorization header" + of));
        }
      }
      case OAUTH2, OPEN_ID_CONNECT -> {
        if (tokenScript) {
          break;
        }
        out.add(new AuthVariable(prefix + "AccessToken", "", true,
            "Access token; Postman's Get New Access Token fills it in, or paste one" + of));
        out.add(new AuthVariable(prefix + "ClientId", "", false, "OAuth 2 client ID" + of));
        out.add(new AuthVariable(prefix + "ClientSecret", "", true, "OAuth 2 client secret" + of));
        if (flow() != null && flow().kind() == OAuthFlow.Kind.PASSWORD) {
          out.add(new AuthVariable(prefix + "Username", "", false, "Resource owner user name" + of));
          out.add(new AuthVariable(prefix + "Password", "", true, "Resource owner password" + of));
        }
      }
      case MUTUAL_TLS -> {
        // a client certificate is configured in Postman's settings, not in variables
      }
    }
    return out;
  }

  /** The flow Postman's oauth2 helper uses: the first interactive one, else client credentials. */
  OAuthFlow flow() {
    for (OAuthFlow.Kind kind : List.of(OAuthFlow.Kind.AUTHORIZATION_CODE, OAuthFlow.Kind.IMPLICIT,
        OAuthFlow.Kind.PASSWORD, OAuthFlow.Kind.CLIENT_CREDENTIALS)) {
      for (OAuthFlow f : scheme.flows()) {
        if (f.kind() == kind) {
          return f;
        }
      }
    }
    return null;
  }

  /** The Postman auth object for this scheme, or null when it is sent another way (or cannot be). */
  ObjectNode postmanAuth(List<String> scopes) {
    switch (scheme.type()) {
      case API_KEY -> {
        if ("cookie".equals(scheme.in())) {
          return null;
        }
        return auth("apikey", "key", scheme.paramName(), "value", "{{" + prefix + "}}", "in", scheme.in());
      }
      case HTTP -> {
        String s = scheme.httpScheme().toLowerCase(Locale.ROOT);
        return switch (s) {
          case "basic" -> auth("basic", "username", "{{" + prefix + "Username}}", "password",
              "{{" + prefix + "Password}}");
          case "digest" -> auth("digest", "username", "{{" + prefix + "Username}}", "password",
              "{{" + prefix + "Password}}");
          case "bearer" -> auth("bearer", "token", "{{" + prefix + "Token}}");
          default -> null;
        };
      }
      case OAUTH2 -> {
        if (tokenScript) {
          return auth("bearer", "token", "{{accessToken}}");
        }
        return oauth2(flow(), scopes);
      }
      case OPEN_ID_CONNECT -> {
        return oauth2(null, scopes);
      }
      default -> {
        return null;
      }
    }
  }

  /** An extra header (name, value) when this scheme is not a Postman auth, else null. */
  String[] extraHeader() {
    if (scheme.type() == SecurityScheme.Type.API_KEY && "header".equals(scheme.in())) {
      return new String[] {scheme.paramName(), "{{" + prefix + "}}"};
    }
    if (scheme.type() == SecurityScheme.Type.HTTP && postmanAuth(List.of()) == null) {
      return new String[] {"Authorization", scheme.httpScheme() + " {{" + prefix + "Credentials}}"};
    }
    return null;
  }

  private ObjectNode oauth2(OAuthFlow flow, List<String> scopes) {
    String grant = flow == null ? "authorization_code" : switch (flow.kind()) {
      case AUTHORIZATION_CODE -> "authorization_code";
      case IMPLICIT -> "implicit";
      case PASSWORD -> "password_credentials";
      case CLIENT_CREDENTIALS -> "client_credentials";
    };
    List<String> pairs = new ArrayList<>(List.of(
        "accessToken", "{{" + prefix + "AccessToken}}",
        "tokenType", "Bearer",
        "addTokenTo", "header",
        "headerPrefix", "Bearer",
        "grant_type", grant,
        "tokenName", scheme.name(),
        "clientId", "{{" + prefix + "ClientId}}",
        "clientSecret", "{{" + prefix + "ClientSecret}}",
        "scope", String.join(" ", scopes)));
    if (flow != null && !flow.authorizationUrl().isEmpty()) {
      pairs.addAll(List.of("authUrl", flow.authorizationUrl()));
    }
    if (flow != null && !flow.tokenUrl().isEmpty()) {
      pairs.addAll(List.of("accessTokenUrl", flow.tokenUrl()));
    }
    if (flow != null && flow.kind() == OAuthFlow.Kind.PASSWORD) {
      pairs.addAll(List.of("username", "{{" + prefix + "Username}}", "password", "{{" + prefix + "Password}}"));
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
  String describe(List<String> scopes) {
    String vars = tokenScript ? "`clientId`, `clientSecret` (the collection's pre-request script fetches the token)"
        : String.join(", ", variables().stream().map(v -> "`" + v.key() + "`").toList());
    String kind = switch (scheme.type()) {
      case API_KEY -> "API key in the " + scheme.in() + " " + Markdown.code(scheme.paramName());
      case HTTP -> "HTTP " + Markdown.code(scheme.httpScheme()) + " authentication";
      case OAUTH2 -> "OAuth 2" + (tokenScript ? " client credentials" : flow() == null ? ""
          : " (" + flow().kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " flow)");
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
    if (scheme.type() == SecurityScheme.Type.OPEN_ID_CONNECT) {
      out.append(". Postman has no OpenID Connect discovery: open ").append(Markdown.code(scheme.openIdConnectUrl()))
          .append(", copy its `authorization_endpoint` and `token_endpoint` into the request's Authorization tab"
              + " (Auth URL, Access Token URL), then use Get New Access Token");
    } else if (scheme.type() == SecurityScheme.Type.MUTUAL_TLS) {
      out.append(". Postman cannot express this in a collection: add your client certificate for this host in"
          + " Postman's Settings > Certificates (Newman: --ssl-client-cert and --ssl-client-key)");
    } else if (scheme.type() == SecurityScheme.Type.OAUTH2 && !tokenScript) {
      out.append(". Use Get New Access Token in the request's Authorization tab, or paste a token into `")
          .append(prefix).append("AccessToken`");
    }
    return out.append('.').toString();
  }
}
