package dev.assistcodegen.plan;

import dev.assistcodegen.model.SecurityScheme;
import dev.assistcodegen.model.SecurityScheme.OAuthFlow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** How one security scheme of the spec is sent, and the variables that hold its credentials. */
public final class SchemePlan {
  /** Variable names the collection itself owns: the token script's, the guidance's and the generation record's. */
  public static final Set<String> RESERVED = Set.of("baseUrl", "tokenUrl", "clientId", "clientSecret", "scope",
      "accessToken", "accessTokenExpiresAt", "accessTokenFor",
      // the collection's generation record (postman.GenerationRecord.VARIABLE), read back by a merge
      "assistCodegen",
      // the local variable through which a request hands its 401/403 guidance data to the collection's test
      "assistCodegenGuidance",
      // the local variable through which a request hands its response checks to the collection's test, and the
      // response-time limit those checks read
      "assistCodegenChecks", "maxResponseTimeMs");

  /** How a scheme's credential travels. */
  public enum Kind {
    /** OAuth 2 client credentials fetched by the collection's token script; sent as a bearer token. */
    TOKEN_SCRIPT,
    /** HTTP {@code bearer}: a token the user supplies. */
    BEARER,
    /** HTTP {@code basic}. */
    BASIC,
    /** HTTP {@code digest}: user name and password answer the server's challenge. */
    DIGEST,
    /** Any other HTTP scheme: {@code Authorization: <scheme> <credentials>}. */
    OTHER_HTTP,
    /** An API key in a header, query parameter or cookie ({@link #location()}, {@link #paramName()}). */
    API_KEY,
    /**
     * OAuth 2 with a flow the user runs ({@link #flow()}: authorization code, implicit, password, or a
     * client-credentials flow the token script does not serve); the token is sent as a bearer token.
     */
    OAUTH2_FLOW,
    /** OpenID Connect: an OAuth 2 flow whose endpoints come from the discovery document. */
    OPEN_ID_CONNECT,
    /** Mutual TLS: a client certificate, nothing in the request itself. */
    MUTUAL_TLS
  }

  /** Where an API key goes. */
  public enum Location { HEADER, QUERY, COOKIE }

  private final SecurityScheme scheme;
  private final Kind kind;
  private final String prefix;
  private final OAuthFlow flow;

  private SchemePlan(SecurityScheme scheme, Kind kind, OAuthFlow flow) {
    this.scheme = scheme;
    this.kind = kind;
    this.prefix = variablePrefix(scheme.name());
    this.flow = flow;
  }

  /** {@code tokenScript}: this scheme's token comes from the collection's token script. */
  public static SchemePlan of(SecurityScheme scheme, boolean tokenScript) {
    Objects.requireNonNull(scheme, "scheme == null");
    return switch (scheme.type()) {
      case API_KEY -> new SchemePlan(scheme, Kind.API_KEY, null);
      case HTTP -> new SchemePlan(scheme, switch (scheme.httpScheme().toLowerCase(Locale.ROOT)) {
        case "basic" -> Kind.BASIC;
        case "digest" -> Kind.DIGEST;
        case "bearer" -> Kind.BEARER;
        default -> Kind.OTHER_HTTP;
      }, null);
      case OAUTH2 -> tokenScript ? new SchemePlan(scheme, Kind.TOKEN_SCRIPT, scheme.clientCredentials())
          : new SchemePlan(scheme, Kind.OAUTH2_FLOW, userFlow(scheme));
      case OPEN_ID_CONNECT -> new SchemePlan(scheme, Kind.OPEN_ID_CONNECT, null);
      case MUTUAL_TLS -> new SchemePlan(scheme, Kind.MUTUAL_TLS, null);
    };
  }

  /** The flow a user runs: the first interactive one, else client credentials (null when none is declared). */
  private static OAuthFlow userFlow(SecurityScheme scheme) {
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

  public SecurityScheme scheme() {
    return scheme;
  }

  public String name() {
    return scheme.name();
  }

  public Kind kind() {
    return kind;
  }

  /** True for the scheme whose token the collection's token script fetches. */
  public boolean tokenScript() {
    return kind == Kind.TOKEN_SCRIPT;
  }

  /** True when the credential travels in the Authorization header (HTTP allows one such scheme per request). */
  public boolean authorizationHeader() {
    return switch (kind) {
      case TOKEN_SCRIPT, BEARER, BASIC, DIGEST, OTHER_HTTP, OAUTH2_FLOW, OPEN_ID_CONNECT -> true;
      case API_KEY, MUTUAL_TLS -> false;
    };
  }

  /**
   * True when the user's flow requests the token with scopes (an OAuth 2 flow the user runs, OpenID
   * Connect): its one configuration asks for every scope the requests that use it need.
   */
  public boolean scopedPerRequest() {
    return kind == Kind.OAUTH2_FLOW || kind == Kind.OPEN_ID_CONNECT;
  }

  /** Where an API key goes; null for other kinds. */
  public Location location() {
    if (kind != Kind.API_KEY) {
      return null;
    }
    return switch (scheme.in()) {
      case "query" -> Location.QUERY;
      case "cookie" -> Location.COOKIE;
      default -> Location.HEADER;
    };
  }

  /** The header, query parameter or cookie name of an API key. */
  public String paramName() {
    return scheme.paramName();
  }

  /** The HTTP scheme name (lower case), e.g. {@code hoba} for {@link Kind#OTHER_HTTP}. */
  public String httpScheme() {
    return scheme.httpScheme();
  }

  /** The OAuth 2 flow: the client-credentials flow for the token script, the user's flow otherwise; or null. */
  public OAuthFlow flow() {
    return flow;
  }

  /** True when the token comes from a client-credentials request (the token script's, or a flow of that grant). */
  public boolean clientCredentials() {
    return flow != null && flow.kind() == OAuthFlow.Kind.CLIENT_CREDENTIALS;
  }

  /** The camelCase prefix of this scheme's variables. */
  public String variablePrefix() {
    return prefix;
  }

  /** A camelCase variable prefix from the scheme name that never takes a token-script name. */
  public static String variablePrefix(String schemeName) {
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

  /** The variable of an API key. */
  public String apiKeyVariable() {
    return prefix;
  }

  public String usernameVariable() {
    return prefix + "Username";
  }

  public String passwordVariable() {
    return prefix + "Password";
  }

  /** The variable of an HTTP bearer token. */
  public String tokenVariable() {
    return prefix + "Token";
  }

  /** The variable of what follows the scheme name in the Authorization header ({@link Kind#OTHER_HTTP}). */
  public String credentialsVariable() {
    return prefix + "Credentials";
  }

  /** The variable of an OAuth 2 / OpenID Connect access token the user obtains. */
  public String accessTokenVariable() {
    return prefix + "AccessToken";
  }

  public String clientIdVariable() {
    return prefix + "ClientId";
  }

  public String clientSecretVariable() {
    return prefix + "ClientSecret";
  }

  /** Variables this scheme needs, in a fixed order (the token script's own are the spec's, see {@link ApiPlan}). */
  public List<AuthVariable> variables() {
    List<AuthVariable> out = new ArrayList<>();
    String of = " for the security scheme '" + scheme.name() + "'.";
    switch (kind) {
      case API_KEY -> out.add(new AuthVariable(apiKeyVariable(), "", true, "API key sent in the " + scheme.in()
          + " '" + scheme.paramName() + "'" + of));
      case BASIC, DIGEST -> {
        out.add(new AuthVariable(usernameVariable(), "", false, "User name" + of));
        out.add(new AuthVariable(passwordVariable(), "", true, "Password" + of));
      }
      case BEARER -> out.add(new AuthVariable(tokenVariable(), "", true, "Bearer token"
          + (scheme.bearerFormat().isEmpty() ? "" : " (" + scheme.bearerFormat() + ")") + of));
      case OTHER_HTTP -> out.add(new AuthVariable(credentialsVariable(), "", true, "Credentials after '"
          + scheme.httpScheme() + " ' in the Authorization header" + of));
      case OAUTH2_FLOW, OPEN_ID_CONNECT -> {
        out.add(new AuthVariable(accessTokenVariable(), "", true,
            "Access token; Postman's Get New Access Token fills it in, or paste one" + of));
        out.add(new AuthVariable(clientIdVariable(), "", false, "OAuth 2 client ID" + of));
        out.add(new AuthVariable(clientSecretVariable(), "", true, "OAuth 2 client secret" + of));
        if (flow != null && flow.kind() == OAuthFlow.Kind.PASSWORD) {
          out.add(new AuthVariable(usernameVariable(), "", false, "Resource owner user name" + of));
          out.add(new AuthVariable(passwordVariable(), "", true, "Resource owner password" + of));
        }
      }
      case TOKEN_SCRIPT, MUTUAL_TLS -> {
        // the token script's variables are the spec's; a client certificate is no variable
      }
    }
    return out;
  }

  /** E.g. {@code basicAuth: BASIC (basicAuthUsername, basicAuthPassword)}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(scheme.name()).append(": ").append(kind);
    switch (kind) {
      case API_KEY -> out.append(' ').append(location()).append(' ').append(paramName());
      case OTHER_HTTP -> out.append(' ').append(httpScheme());
      case TOKEN_SCRIPT, OAUTH2_FLOW -> {
        if (flow != null) {
          out.append(' ').append(flow.kind());
        }
      }
      default -> { }
    }
    List<String> names = variables().stream().map(AuthVariable::key).toList();
    return names.isEmpty() ? out.toString() : out.append(" (").append(String.join(", ", names)).append(')').toString();
  }
}
