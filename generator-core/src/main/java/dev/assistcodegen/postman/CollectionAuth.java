package dev.assistcodegen.postman;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.model.Operation;
import dev.assistcodegen.model.SecurityRequirement;
import dev.assistcodegen.model.SecurityScheme;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * How the collection authenticates: collection-level auth inherited by requests, per-request
 * overrides, and the variables that auth needs.
 */
final class CollectionAuth {
  private final ApiSpec spec;
  private final SecurityScheme clientCredentials;

  CollectionAuth(ApiSpec spec) {
    this.spec = spec;
    this.clientCredentials = spec.securitySchemes().values().stream()
        .filter(s -> s.type() == SecurityScheme.Type.OAUTH2 && s.clientCredentials() != null)
        .filter(s -> isUsed(spec, s.name()))
        .findFirst().orElse(null);
  }

  private static boolean isUsed(ApiSpec spec, String scheme) {
    return spec.operations().stream().flatMap(o -> o.security().stream())
        .flatMap(r -> r.schemes().stream()).anyMatch(u -> u.scheme().equals(scheme));
  }

  /** The client-credentials scheme the token script serves, or null. */
  SecurityScheme clientCredentials() {
    return clientCredentials;
  }

  /** Collection-level auth, or null when requests carry none by default. */
  ObjectNode collectionAuth() {
    if (clientCredentials == null) {
      return null;
    }
    return bearer("{{accessToken}}");
  }

  /** Auth for one request when it differs from the collection's, else null (inherit). */
  ObjectNode requestAuth(Operation op) {
    if (op.isPublic() && collectionAuth() != null) {
      ObjectNode noauth = PostmanJson.NODES.objectNode();
      noauth.put("type", "noauth");
      return noauth;
    }
    return null;
  }

  /** The scope requested at token time: the flow's x-token-scope, else every scope the operations use. */
  String tokenScope() {
    if (clientCredentials == null) {
      return "";
    }
    String declared = clientCredentials.clientCredentials().tokenScope();
    if (!declared.isBlank()) {
      return declared;
    }
    Set<String> scopes = new LinkedHashSet<>();
    for (Operation op : spec.operations()) {
      for (SecurityRequirement r : op.security()) {
        for (SecurityRequirement.SchemeUse use : r.schemes()) {
          if (use.scheme().equals(clientCredentials.name())) {
            scopes.addAll(use.scopes());
          }
        }
      }
    }
    return String.join(" ", scopes);
  }

  /** Collection variables for auth, in a fixed order. */
  void addVariables(ArrayNode variables, String tokenUrl) {
    if (clientCredentials == null) {
      return;
    }
    Variables.add(variables, "tokenUrl", tokenUrl, "OAuth 2 token endpoint (client credentials).");
    Variables.add(variables, "clientId", "", "Client ID of your API key. Set it in your environment.");
    Variables.add(variables, "clientSecret", "", "Client Secret of your API key. Set it in your environment, never here.");
    Variables.add(variables, "scope", tokenScope(), "Scope requested with the token.");
    Variables.add(variables, "accessToken", "", "Set by the collection's pre-request script.");
    Variables.add(variables, "accessTokenExpiresAt", "", "Set by the collection's pre-request script (epoch ms).");
  }

  private static ObjectNode bearer(String token) {
    ObjectNode auth = PostmanJson.NODES.objectNode();
    auth.put("type", "bearer");
    ArrayNode attrs = auth.putArray("bearer");
    ObjectNode attr = attrs.addObject();
    attr.put("key", "token");
    attr.put("value", token);
    attr.put("type", "string");
    return auth;
  }
}
