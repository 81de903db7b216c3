package dev.assistcodegen.snippets;

import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.model.Operation;
import dev.assistcodegen.model.SecurityScheme;
import dev.assistcodegen.plan.ServerUrls;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What every snippet of one spec shares: the default base URL and token URL (the
 * collection's primary target) and the scope requested with a token.
 */
public record SnippetContext(String baseUrl, String defaultTokenUrl, String tokenScope,
    Map<String, SecurityScheme> schemes,
    Function<Operation, List<String>> rolesFor,
    String apiName) {

  /** {@code clientCredentials} and {@code tokenScope} as the collection computes them. */
  public static SnippetContext of(ApiSpec spec, SecurityScheme clientCredentials, String tokenScope) {
    return of(spec, clientCredentials, tokenScope, op -> List.of());
  }

  /** As {@link #of(ApiSpec, SecurityScheme, String)}, with the roles that may call each operation (for 403 guidance). */
  public static SnippetContext of(ApiSpec spec, SecurityScheme clientCredentials, String tokenScope,
      Function<Operation, List<String>> rolesFor) {
    ServerUrls.Target primary = ServerUrls.primary(spec, clientCredentials);
    return new SnippetContext(primary.baseUrl(), primary.tokenUrl(), tokenScope == null ? "" : tokenScope,
        spec.securitySchemes(), rolesFor, spec.title());
  }

  /**
   * The base URL a snippet of {@code op} defaults to: the operation's own server when it (or
   * its path) declares servers, as the collection's {@code baseUrl_<n>} variable holds, else
   * the document's.
   */
  public String baseUrlOf(Operation op) {
    return op.servers().isEmpty() ? baseUrl : ServerUrls.urlOf(op.servers().get(0));
  }

  /**
   * True for a scope every token is requested with (a flow's {@code x-token-scope}): not a
   * privilege worth naming in 403 guidance, as the collection leaves it out too.
   */
  boolean tokenOnlyScope(String scope) {
    return schemes.values().stream().anyMatch(s -> s.clientCredentials() != null
        && !s.clientCredentials().tokenScope().isBlank()
        && List.of(s.clientCredentials().tokenScope().split(" ")).contains(scope));
  }

  /** Token URL for a client-credentials scheme: the server's x-token-url, else the flow's. */
  String tokenUrl(SecurityScheme scheme) {
    if (!defaultTokenUrl.isEmpty()) {
      return defaultTokenUrl;
    }
    return scheme.clientCredentials() == null ? "" : scheme.clientCredentials().tokenUrl();
  }

  String scope(SecurityScheme scheme) {
    if (scheme.clientCredentials() != null && !scheme.clientCredentials().tokenScope().isBlank()) {
      return scheme.clientCredentials().tokenScope();
    }
    return tokenScope;
  }
}
