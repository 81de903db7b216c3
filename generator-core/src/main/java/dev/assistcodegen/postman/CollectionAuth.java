package dev.assistcodegen.postman;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistcodegen.plan.AccessGuidance;
import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.model.Operation;
import dev.assistcodegen.model.SecurityRequirement;
import dev.assistcodegen.model.SecurityScheme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How the collection authenticates: collection-level auth inherited by requests, the token
 * script for an OAuth 2 client-credentials scheme, per-request overrides (auth, extra headers,
 * query parameters and cookies for combined requirements), the 401/403 guidance test of each
 * request, and the variables all of it needs.
 */
final class CollectionAuth {
  private final ApiSpec spec;
  private final SecurityScheme clientCredentials;
  private final Map<String, SchemeAuth> schemes = new LinkedHashMap<>();
  private final Function<Operation, List<String>> rolesFor;
  private final ObjectNode collectionAuth;

  CollectionAuth(ApiSpec spec) {
    this(spec, op -> List.of());
  }

  /** {@code rolesFor}: the roles that may call an operation, named in 403 guidance (empty when unknown). */
  CollectionAuth(ApiSpec spec, Function<Operation, List<String>> rolesFor) {
    this.spec = spec;
    this.rolesFor = rolesFor;
    this.clientCredentials = spec.securitySchemes().values().stream()
        .filter(s -> s.type() == SecurityScheme.Type.OAUTH2 && s.clientCredentials() != null)
        .filter(s -> isUsed(spec, s.name()))
        .findFirst().orElse(null);
    for (SecurityScheme s : spec.securitySchemes().values()) {
      if (isUsed(spec, s.name())) {
        schemes.put(s.name(), new SchemeAuth(s, s == clientCredentials));
      }
    }
    this.collectionAuth = chooseCollectionAuth();
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
    return collectionAuth == null ? null : collectionAuth.deepCopy();
  }

  /** Collection-level events: the token pre-request script when a client-credentials scheme is used. */
  ArrayNode collectionEvents(String collectionName) {
    ArrayNode events = PostmanJson.NODES.arrayNode();
    if (clientCredentials != null) {
      ObjectNode config = PostmanJson.NODES.objectNode();
      config.put("tokenGuidance", AccessGuidance.tokenRefused("clientId and clientSecret in your environment",
          spec.title()));
      config.put("refreshMarginSeconds", 60);
      config.put("defaultLifetimeSeconds", 3600);
      events.add(ScriptData.event("prerequest", PostmanIds.of(collectionName, "token-script"), "CONFIG", config,
          "token-prerequest.js"));
    }
    return events;
  }

  /** The auth one request uses: a Postman auth (or null), extra credentials, and what to tell the user. */
  record Plan(ObjectNode auth, List<String[]> headers, List<String[]> query, List<String> cookies,
      List<String> notes, boolean tokenScript, List<String> scopes, List<SchemeAuth> used) {}

  /** Works out the request's auth from its security alternatives. */
  Plan plan(Operation op) {
    List<String> notes = new ArrayList<>();
    if (op.security().isEmpty()) {
      return new Plan(null, List.of(), List.of(), List.of(), List.of("No authentication: the API says this"
          + " operation is public."), false, List.of(), List.of());
    }
    List<SecurityRequirement> alternatives = op.security().stream().filter(r -> !r.isAnonymous()).toList();
    if (alternatives.isEmpty()) {
      return new Plan(null, List.of(), List.of(), List.of(), List.of("No authentication: the API says this"
          + " operation is public."), false, List.of(), List.of());
    }
    if (alternatives.size() < op.security().size()) {
      notes.add("Authentication is optional for this operation; the request sends it anyway.");
    }
    SecurityRequirement chosen = choose(alternatives);
    ObjectNode auth = null;
    List<String[]> headers = new ArrayList<>();
    List<String[]> query = new ArrayList<>();
    List<String> cookies = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    List<SchemeAuth> used = new ArrayList<>();
    boolean tokenScript = false;
    List<String> scopes = new ArrayList<>();
    SchemeAuth authorization = null;
    for (SecurityRequirement.SchemeUse use : chosen.schemes()) {
      SchemeAuth s = schemes.get(use.scheme());
      if (s == null) {
        notes.add("The security scheme " + Markdown.code(use.scheme()) + " is not declared in the spec; nothing"
            + " is sent for it.");
        continue;
      }
      used.add(s);
      scopes.addAll(use.scopes());
      lines.add("- " + s.describe(use.scopes()));
      if (s.usesAuthorizationHeader() && !s.isApiKey()) {
        if (authorization != null) {
          notes.add("The API also wants " + Markdown.code(s.scheme().name()) + " in the same Authorization header"
              + " as " + Markdown.code(authorization.scheme().name()) + "; HTTP allows only one, so only "
              + Markdown.code(authorization.scheme().name()) + " is sent.");
          continue;
        }
        authorization = s;
        tokenScript |= s.tokenScript();
        auth = s.postmanAuth(use.scopes());
        if (auth == null) {
          headers.add(s.extraHeader());
        }
        continue;
      }
      if (s.isApiKey()) {
        String var = "{{" + s.apiKeyVariable() + "}}";
        switch (s.scheme().in()) {
          case "query" -> query.add(new String[] {s.scheme().paramName(), var});
          case "cookie" -> cookies.add(s.scheme().paramName() + "=" + var);
          default -> headers.add(new String[] {s.scheme().paramName(), var});
        }
      }
    }
    // a single apiKey in a header or query parameter reads best as Postman's own apikey auth
    if (auth == null && used.size() == 1 && used.get(0).isApiKey() && !"cookie".equals(used.get(0).scheme().in())) {
      auth = used.get(0).postmanAuth(List.of());
      headers.clear();
      query.clear();
    }
    List<String> section = new ArrayList<>();
    section.add("**Authentication**" + (chosen.schemes().size() > 1 ? " (all of these together)" : "") + ":");
    section.addAll(lines);
    List<SecurityRequirement> others = alternatives.stream().filter(r -> r != chosen).toList();
    if (!others.isEmpty()) {
      StringBuilder alt = new StringBuilder("The API also accepts, instead: ");
      for (int i = 0; i < others.size(); i++) {
        alt.append(i == 0 ? "" : "; or ").append(String.join(" with ", others.get(i).schemes().stream()
            .map(u -> Markdown.code(u.scheme()) + (u.scopes().isEmpty() ? ""
                : " (scopes " + String.join(" ", u.scopes()) + ")")).toList()));
      }
      alt.append(". Postman sends one choice; to use another, change the Authorization tab or headers.");
      notes.add(alt.toString());
    }
    section.addAll(notes);
    return new Plan(auth, headers, query, cookies, List.of(String.join("\n", section)), tokenScript,
        List.copyOf(new LinkedHashSet<>(scopes)), used);
  }

  /** The alternative to send: one Postman can express fully, preferring the token script's scheme. */
  private SecurityRequirement choose(List<SecurityRequirement> alternatives) {
    SecurityRequirement best = null;
    int bestScore = Integer.MIN_VALUE;
    for (SecurityRequirement r : alternatives) {
      int authorizationHeaders = 0;
      boolean token = false;
      boolean unknown = false;
      boolean mtls = false;
      for (SecurityRequirement.SchemeUse u : r.schemes()) {
        SchemeAuth s = schemes.get(u.scheme());
        if (s == null) {
          unknown = true;
          continue;
        }
        authorizationHeaders += s.usesAuthorizationHeader() && !s.isApiKey() ? 1 : 0;
        token |= s.tokenScript();
        mtls |= s.scheme().type() == SecurityScheme.Type.MUTUAL_TLS;
      }
      int score = (authorizationHeaders > 1 || unknown ? -100 : 0) + (mtls ? -10 : 0) + (token ? 5 : 0);
      if (score > bestScore) {
        best = r;
        bestScore = score;
      }
    }
    return best;
  }

  /** The auth most requests use, so they can inherit it: the token script's bearer when there is one. */
  private ObjectNode chooseCollectionAuth() {
    if (clientCredentials != null) {
      return schemes.get(clientCredentials.name()).postmanAuth(List.of());
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, ObjectNode> byText = new LinkedHashMap<>();
    for (Operation op : spec.operations()) {
      ObjectNode a = plan(op).auth();
      if (a != null) {
        String key = a.toString();
        counts.merge(key, 1, Integer::sum);
        byText.putIfAbsent(key, a);
      }
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue())
        .map(e -> byText.get(e.getKey())).orElse(null);
  }

  /**
   * Applies the operation's auth to its Postman request: auth (omitted when inherited), extra
   * headers, query parameters and cookies, and an Authentication section in the description.
   */
  void apply(Operation op, ObjectNode request) {
    Plan plan = plan(op);
    if (plan.auth() == null) {
      if (collectionAuth != null) {
        ObjectNode noauth = PostmanJson.NODES.objectNode();
        noauth.put("type", "noauth");
        request.set("auth", noauth);
      }
    } else if (!plan.auth().equals(collectionAuth)) {
      request.set("auth", plan.auth());
    }
    ArrayNode headers = (ArrayNode) request.get("header");
    for (String[] h : plan.headers()) {
      ObjectNode header = headers.addObject();
      header.put("key", h[0]);
      header.put("value", h[1]);
      header.put("description", "Credential required by the API (filled from a variable).");
    }
    if (!plan.cookies().isEmpty()) {
      String cookies = String.join("; ", plan.cookies());
      ObjectNode existing = null;
      for (var h : headers) {
        if ("Cookie".equalsIgnoreCase(h.path("key").asText()) && !h.path("disabled").asBoolean(false)) {
          existing = (ObjectNode) h;
        }
      }
      if (existing != null) {
        existing.put("value", existing.path("value").asText() + "; " + cookies);
      } else {
        ObjectNode header = headers.addObject();
        header.put("key", "Cookie");
        header.put("value", cookies);
        header.put("description", "Credential required by the API (filled from a variable).");
      }
    }
    if (!plan.query().isEmpty()) {
      ObjectNode url = (ObjectNode) request.get("url");
      ArrayNode query = url.has("query") ? (ArrayNode) url.get("query") : url.putArray("query");
      StringBuilder raw = new StringBuilder(url.path("raw").asText());
      for (String[] q : plan.query()) {
        ObjectNode entry = query.addObject();
        entry.put("key", q[0]);
        entry.put("value", q[1]);
        entry.put("description", "Credential required by the API (filled from a variable).");
        raw.append(raw.indexOf("?") < 0 ? '?' : '&').append(q[0]).append('=').append(q[1]);
      }
      url.put("raw", raw.toString());
    }
    String description = request.path("description").asText("");
    request.put("description", description + "\n" + String.join("\n", plan.notes()) + "\n");
  }

  /** The request's test script: explains a 401 or 403 as a failed test. Null for public operations. */
  ObjectNode guidanceEvent(Operation op, String collectionName) {
    Plan plan = plan(op);
    if (plan.used().isEmpty()) {
      return null;
    }
    ObjectNode data = PostmanJson.NODES.objectNode();
    data.put("operation", op.method() + " " + op.path());
    List<String> scopes = plan.scopes().stream().filter(s -> !isTokenScope(s)).toList();
    data.put("clientCredentials", plan.tokenScript());
    data.put("unauthorized", plan.tokenScript() ? AccessGuidance.tokenNotAccepted("clientId and clientSecret")
        : AccessGuidance.credentialsNotAccepted(String.join(", ", plan.used().stream()
            .flatMap(s -> s.variables().stream()).map(AuthVariable::key).toList())));
    data.put("forbidden", AccessGuidance.forbidden(op.method() + " " + op.path(), scopes, rolesFor.apply(op),
        plan.tokenScript()));
    return ScriptData.event("test", PostmanIds.of(collectionName, "guidance", op.operationId()), "GUIDANCE", data,
        "access-guidance-test.js");
  }

  /** The scope requested at token time is not a privilege worth naming in 403 guidance. */
  private boolean isTokenScope(String scope) {
    return clientCredentials != null && List.of(tokenScope().split(" ")).contains(scope)
        && !clientCredentials.clientCredentials().tokenScope().isBlank();
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

  /** Every variable auth needs for one target, in a fixed order: token script first, then per scheme. */
  List<AuthVariable> variables(String tokenUrl) {
    List<AuthVariable> out = new ArrayList<>();
    if (clientCredentials != null) {
      out.add(new AuthVariable("tokenUrl", tokenUrl, false, "OAuth 2 token endpoint (client credentials)."));
      out.add(new AuthVariable("clientId", "", false, "Client ID of your API key. Set it in your environment."));
      out.add(new AuthVariable("clientSecret", "", true,
          "Client Secret of your API key. Set it in your environment, never here."));
      out.add(new AuthVariable("scope", tokenScope(), false, "Scope requested with the token."));
    }
    for (SchemeAuth s : schemes.values()) {
      out.addAll(s.variables());
    }
    return out;
  }

  /** Collection variables whose values must never be written to a file: secrets and the script's token. */
  Set<String> secretVariables(String tokenUrl) {
    Set<String> secrets = new LinkedHashSet<>();
    variables(tokenUrl).stream().filter(AuthVariable::secret).forEach(v -> secrets.add(v.key()));
    if (clientCredentials != null) {
      secrets.add("accessToken");
      secrets.add("accessTokenExpiresAt");
    }
    return secrets;
  }

  /** Collection variables for auth, in a fixed order. */
  void addVariables(ArrayNode variables, String tokenUrl) {
    for (AuthVariable v : variables(tokenUrl)) {
      Variables.add(variables, v.key(), v.value(), v.description());
    }
    if (clientCredentials != null) {
      Variables.add(variables, "accessToken", "", "Set by the collection's pre-request script.");
      Variables.add(variables, "accessTokenExpiresAt", "", "Set by the collection's pre-request script (epoch ms).");
    }
  }
}
