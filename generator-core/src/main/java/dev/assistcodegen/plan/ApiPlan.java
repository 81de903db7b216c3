package dev.assistcodegen.plan;

import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.model.Operation;
import dev.assistcodegen.model.SecurityRequirement;
import dev.assistcodegen.model.SecurityScheme;
import dev.assistcodegen.model.Server;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The requests of one spec, each planned once ({@link RequestPlan}), and what they share: the
 * client-credentials scheme the token script serves and the scope it requests, how each scheme
 * in use is sent, the auth most requests send (a collection's default), the servers and their
 * base-URL variables, and the variables auth needs per target. Every writer reads this; none
 * works any of it out again.
 */
public final class ApiPlan {
  private final ApiSpec spec;
  private final SchemePlan tokenScript;
  private final String tokenScope;
  private final Map<String, SchemePlan> schemes;
  private final ServerUrls.Target primary;
  private final Map<String, Server> operationServers = new TreeMap<>();
  private final List<RequestPlan> requests;
  private final Map<String, RequestPlan> byOperationId;
  private final Map<String, List<String>> sharedScopes;
  private final AuthPlan.Use defaultAuth;
  private final UploadFiles uploads = new UploadFiles();

  private ApiPlan(ApiSpec spec, Function<Operation, List<String>> rolesFor) {
    this.spec = spec;
    Set<String> used = usedSchemes(spec);
    SecurityScheme clientCredentials = spec.securitySchemes().values().stream()
        .filter(s -> s.type() == SecurityScheme.Type.OAUTH2 && s.clientCredentials() != null)
        .filter(s -> used.contains(s.name()))
        .findFirst().orElse(null);
    Map<String, SchemePlan> planned = new LinkedHashMap<>();
    for (SecurityScheme s : spec.securitySchemes().values()) {
      if (used.contains(s.name())) {
        planned.put(s.name(), SchemePlan.of(s, s == clientCredentials));
      }
    }
    this.schemes = Collections.unmodifiableMap(planned);
    this.tokenScript = clientCredentials == null ? null : planned.get(clientCredentials.name());
    this.tokenScope = tokenScope(spec, clientCredentials);
    this.primary = ServerUrls.primary(spec, clientCredentials);
    List<RequestPlan> plans = new ArrayList<>(spec.operations().size());
    Map<String, RequestPlan> byId = new HashMap<>();
    Set<String> sharedNames = namesSharedAcrossFragments(spec.operations());
    for (Operation op : spec.operations()) {
      AuthPlan auth = AuthPlan.of(op, schemes);
      String fragment = PathKey.of(op.path()).fragment();
      String name = Names.request(op) + (sharedNames.contains(sameUrlKey(op)) && !fragment.isEmpty()
          ? " (#" + fragment + ")" : "");
      RequestPlan plan = new RequestPlan(op, name, RequestExamples.of(op, uploads), baseUrl(op), auth,
          guidance(op, auth, rolesFor));
      plans.add(plan);
      byId.put(op.operationId(), plan);
    }
    this.requests = List.copyOf(plans);
    this.byOperationId = byId;
    this.sharedScopes = sharedScopes(plans);
    this.defaultAuth = chooseDefaultAuth();
  }

  /** The plan of {@code spec}, without roles (403 guidance names no roles). */
  public static ApiPlan of(ApiSpec spec) {
    return of(spec, op -> List.of());
  }

  /** {@code rolesFor}: the roles that may call an operation, named in 403 guidance (empty when unknown). */
  public static ApiPlan of(ApiSpec spec, Function<Operation, List<String>> rolesFor) {
    return new ApiPlan(Objects.requireNonNull(spec, "spec == null"), Objects.requireNonNull(rolesFor, "rolesFor == null"));
  }

  /**
   * Method, path key without its fragment, and name: two operations that share this would be two
   * requests of one name sending to one URL (they differ only by the fragment, which is never sent).
   */
  private static String sameUrlKey(Operation op) {
    int hash = op.path().indexOf('#');
    return op.method() + " " + (hash < 0 ? op.path() : op.path().substring(0, hash)) + "\0" + Names.request(op);
  }

  private static Set<String> namesSharedAcrossFragments(List<Operation> operations) {
    Map<String, Integer> counts = new HashMap<>();
    operations.forEach(op -> counts.merge(sameUrlKey(op), 1, Integer::sum));
    Set<String> shared = new HashSet<>();
    counts.forEach((k, n) -> {
      if (n > 1) {
        shared.add(k);
      }
    });
    return shared;
  }

  private static Set<String> usedSchemes(ApiSpec spec) {
    Set<String> used = new LinkedHashSet<>();
    for (Operation op : spec.operations()) {
      for (SecurityRequirement r : op.security()) {
        r.schemes().forEach(u -> used.add(u.scheme()));
      }
    }
    return used;
  }

  /** The scope requested at token time: the flow's x-token-scope, else every scope the operations use with it. */
  private static String tokenScope(ApiSpec spec, SecurityScheme clientCredentials) {
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

  /** baseUrl, or a variable of its own for an operation whose servers differ from the document's first. */
  private RequestPlan.BaseUrl baseUrl(Operation op) {
    if (op.servers().isEmpty()) {
      return new RequestPlan.BaseUrl("baseUrl", primary.baseUrl());
    }
    Server server = op.servers().get(0);
    String url = ServerUrls.urlOf(server);
    if (!spec.servers().isEmpty() && url.equals(ServerUrls.urlOf(spec.servers().get(0)))) {
      return new RequestPlan.BaseUrl("baseUrl", url);
    }
    String name = ServerUrls.variableName(server);
    operationServers.putIfAbsent(name, server);
    return new RequestPlan.BaseUrl(name, url);
  }

  private Guidance guidance(Operation op, AuthPlan auth, Function<Operation, List<String>> rolesFor) {
    return new Guidance(op.method() + " " + op.path(), auth.tokenScript(), auth.schemes(),
        auth.scopes().stream().filter(s -> !isTokenScope(s)).toList(), rolesFor.apply(op));
  }

  /** The scope every token is requested with (a declared x-token-scope) is no privilege worth naming in a 403. */
  private boolean isTokenScope(String scope) {
    return tokenScript != null && !tokenScript.flow().tokenScope().isBlank()
        && List.of(tokenScope.split(" ")).contains(scope);
  }

  /**
   * Per scheme whose user flow requests scopes: every scope the requests that send it ask for, in
   * order of first use. Its one configuration (collection or request level) asks for all of them, so
   * one token serves every request (Postman's Get New Access Token, then Use Token).
   */
  private static Map<String, List<String>> sharedScopes(List<RequestPlan> plans) {
    Map<String, LinkedHashSet<String>> scopes = new LinkedHashMap<>();
    for (RequestPlan plan : plans) {
      AuthPlan.Use use = plan.auth().authorization();
      if (use != null && use.scheme().scopedPerRequest()) {
        scopes.computeIfAbsent(use.schemeName(), k -> new LinkedHashSet<>()).addAll(use.scopes());
      }
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    scopes.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Collections.unmodifiableMap(out);
  }

  /**
   * The auth setting a client holds for {@code use}: the same scheme, with the scopes of its shared
   * configuration where the user's flow requests the token ({@link SchemePlan#scopedPerRequest}).
   */
  public AuthPlan.Use sharedAuth(AuthPlan.Use use) {
    if (use == null || !use.declared() || !use.scheme().scopedPerRequest()) {
      return use;
    }
    return new AuthPlan.Use(use.schemeName(), use.scheme(), sharedScopes.getOrDefault(use.schemeName(), List.of()));
  }

  /** The token script's scheme when there is one, else the shareable auth most requests send (the first of equals). */
  private AuthPlan.Use chooseDefaultAuth() {
    if (tokenScript != null) {
      return new AuthPlan.Use(tokenScript.name(), tokenScript, List.of());
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, AuthPlan.Use> firstOf = new HashMap<>();
    for (RequestPlan plan : requests) {
      AuthPlan.Use use = plan.auth().shareable();
      if (use != null) {
        counts.merge(use.sameAuthKey(), 1, Integer::sum);
        firstOf.putIfAbsent(use.sameAuthKey(), sharedAuth(use));
      }
    }
    AuthPlan.Use best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = firstOf.get(e.getKey());
        bestCount = e.getValue();
      }
    }
    return best;
  }

  public ApiSpec spec() {
    return spec;
  }

  /** The requests, in the spec's order of operations. */
  public List<RequestPlan> requests() {
    return requests;
  }

  /** The plan of {@code op} (an operation of this spec). */
  public RequestPlan request(Operation op) {
    RequestPlan plan = byOperationId.get(op.operationId());
    if (plan == null) {
      throw new IllegalArgumentException("not an operation of this plan: " + op.operationId());
    }
    return plan;
  }

  /** The scheme whose tokens the collection's token script fetches (OAuth 2 client credentials), or null. */
  public SchemePlan tokenScript() {
    return tokenScript;
  }

  /** The security scheme behind {@link #tokenScript()}, or null. */
  public SecurityScheme clientCredentials() {
    return tokenScript == null ? null : tokenScript.scheme();
  }

  /** The scope the token script requests: the flow's x-token-scope, else every scope the operations use with it. */
  public String tokenScope() {
    return tokenScope;
  }

  /** The token endpoint of the primary target (the server's x-token-url, else the flow's). */
  public String tokenUrl() {
    return primary.tokenUrl();
  }

  /** How each scheme in use is sent, in the spec's order. */
  public Map<String, SchemePlan> schemes() {
    return schemes;
  }

  /**
   * The auth requests inherit by default: the token script's scheme when there is one, otherwise the
   * shareable auth the most requests send; null when none is shareable.
   */
  public AuthPlan.Use defaultAuth() {
    return defaultAuth;
  }

  /** The first server with its defaults: {@code baseUrl}. */
  public ServerUrls.Target primary() {
    return primary;
  }

  /** Every target (server, region) an environment can point at. */
  public List<ServerUrls.Target> targets() {
    return ServerUrls.targets(spec, clientCredentials());
  }

  /**
   * The files the requests upload, by path relative to the output directory (sorted): written beside
   * the collection, where Postman and Newman (run from the output directory, or with {@code --working-dir})
   * find them.
   */
  public Map<String, Upload> uploads() {
    return uploads.files();
  }

  /** Servers of operations that declare their own, by their base-URL variable, sorted. */
  public Map<String, Server> operationServers() {
    return Collections.unmodifiableMap(operationServers);
  }

  /** Every variable auth needs for {@code tokenUrl}'s target, in a fixed order: token script first, then per scheme. */
  public List<AuthVariable> variables(String tokenUrl) {
    List<AuthVariable> out = new ArrayList<>();
    if (tokenScript != null) {
      out.add(new AuthVariable("tokenUrl", tokenUrl, false, "OAuth 2 token endpoint (client credentials)."));
      out.add(new AuthVariable("clientId", "", false, "Client ID of your API key. Set it in your environment."));
      out.add(new AuthVariable("clientSecret", "", true,
          "Client Secret of your API key. Set it in your environment, never here."));
      out.add(new AuthVariable("scope", tokenScope, false, "Scope requested with the token."));
    }
    for (SchemePlan s : schemes.values()) {
      out.addAll(s.variables());
    }
    return out;
  }

  /** One line per request ({@link RequestPlan#toString()}), after the spec-level answers. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("token script: ")
        .append(tokenScript == null ? "none" : tokenScript.name() + " scope '" + tokenScope + "' at " + tokenUrl())
        .append("\ndefault auth: ").append(defaultAuth == null ? "none" : defaultAuth);
    requests.forEach(r -> out.append('\n').append(r));
    return out.toString();
  }
}
