package dev.assistcodegen.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A security scheme of the spec, flattened to what collections and snippets need. */
public record SecurityScheme(
    String name,
    Type type,
    String description,
    String paramName,
    String in,
    String httpScheme,
    String bearerFormat,
    List<OAuthFlow> flows,
    String openIdConnectUrl) {

  /** The OpenAPI scheme types. */
  public enum Type { API_KEY, HTTP, OAUTH2, OPEN_ID_CONNECT, MUTUAL_TLS }

  public SecurityScheme {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(type, "type == null");
    description = description == null ? "" : description;
    paramName = paramName == null ? "" : paramName;
    in = in == null ? "" : in;
    httpScheme = httpScheme == null ? "" : httpScheme;
    bearerFormat = bearerFormat == null ? "" : bearerFormat;
    flows = List.copyOf(Objects.requireNonNull(flows, "flows == null"));
    openIdConnectUrl = openIdConnectUrl == null ? "" : openIdConnectUrl;
  }

  /** The client-credentials flow of an oauth2 scheme, or null. */
  public OAuthFlow clientCredentials() {
    return flows.stream().filter(f -> f.kind() == OAuthFlow.Kind.CLIENT_CREDENTIALS).findFirst().orElse(null);
  }

  /** One OAuth 2 flow. {@code tokenScope} is the {@code x-token-scope} extension, or empty. */
  public record OAuthFlow(
      Kind kind,
      String authorizationUrl,
      String tokenUrl,
      String refreshUrl,
      Map<String, String> scopes,
      String tokenScope) {

    /** OAuth 2 grant kinds as OpenAPI names them. */
    public enum Kind { CLIENT_CREDENTIALS, AUTHORIZATION_CODE, IMPLICIT, PASSWORD }

    public OAuthFlow {
      Objects.requireNonNull(kind, "kind == null");
      authorizationUrl = authorizationUrl == null ? "" : authorizationUrl;
      tokenUrl = tokenUrl == null ? "" : tokenUrl;
      refreshUrl = refreshUrl == null ? "" : refreshUrl;
      scopes = Collections2.copyOfOrdered(Objects.requireNonNull(scopes, "scopes == null"));
      tokenScope = tokenScope == null ? "" : tokenScope;
    }
  }
}
