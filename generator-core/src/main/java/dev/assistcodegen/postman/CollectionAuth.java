package dev.assistcodegen.postman;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistcodegen.model.SecurityRequirement;
import dev.assistcodegen.plan.AccessGuidance;
import dev.assistcodegen.plan.ApiPlan;
import dev.assistcodegen.plan.AuthPlan;
import dev.assistcodegen.plan.AuthVariable;
import dev.assistcodegen.plan.Guidance;
import dev.assistcodegen.plan.RequestPlan;
import dev.assistcodegen.plan.SchemePlan;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The planned auth in Postman form: the collection-level auth requests inherit, the token script
 * for the client-credentials scheme, each request's auth (omitted when inherited), credential
 * headers, query parameters and cookies, its Authentication notes and 401/403 guidance test,
 * and the variables all of it needs. What is sent is the plan's ({@link AuthPlan}); this class
 * only writes it down.
 */
final class CollectionAuth {
  private static final String CREDENTIAL = "Credential required by the API (filled from a variable).";

  private final ApiPlan plan;
  private final ObjectNode collectionAuth;

  CollectionAuth(ApiPlan plan) {
    this.plan = plan;
    AuthPlan.Use shared = plan.defaultAuth();
    this.collectionAuth = shared == null ? null : SchemeAuth.postmanAuth(shared.scheme(), shared.scopes());
  }

  /** Collection-level auth, or null when requests carry none by default. */
  ObjectNode collectionAuth() {
    return collectionAuth == null ? null : collectionAuth.deepCopy();
  }

  /** The collection's 401/403 guidance test, once for all requests; each only leaves its data ({@link #guidancePart}). */
  static final String GUIDANCE_TEST = "access-guidance-collection-test.js";

  /** Collection-level events: the token pre-request script when a client-credentials scheme is used. */
  ArrayNode collectionEvents(String collectionName) {
    ArrayNode events = PostmanJson.NODES.arrayNode();
    if (plan.tokenScript() != null) {
      ObjectNode config = PostmanJson.NODES.objectNode();
      config.put("tokenGuidance", AccessGuidance.tokenRefused("clientId and clientSecret in your environment",
          plan.spec().title()));
      config.put("refreshMarginSeconds", 60);
      config.put("defaultLifetimeSeconds", 3600);
      events.add(ScriptData.event("prerequest", PostmanIds.of(collectionName, "token-script"), "CONFIG", config,
          "token-prerequest.js"));
    }
    return events;
  }

  /** The Postman auth object of the request's shareable credential (its scheme's shared configuration), or null. */
  private ObjectNode requestAuth(AuthPlan auth) {
    AuthPlan.Use shared = plan.sharedAuth(auth.shareable());
    return shared == null ? null : SchemeAuth.postmanAuth(shared.scheme(), shared.scopes());
  }

  /**
   * Writes the request's auth into its Postman request: auth (omitted when inherited), credential
   * headers, query parameters and cookies, and an Authentication section in the description.
   */
  void apply(RequestPlan request, ObjectNode postmanRequest) {
    AuthPlan auth = request.auth();
    ObjectNode own = requestAuth(auth);
    String ownFlow = "";
    if (own == null) {
      if (collectionAuth != null) {
        ObjectNode noauth = PostmanJson.NODES.objectNode();
        noauth.put("type", "noauth");
        postmanRequest.set("auth", noauth);
      }
    } else if (!own.equals(collectionAuth)) {
      postmanRequest.set("auth", own);
      ownFlow = ownFlowNote(auth.shareable());
    }
    ArrayNode headers = (ArrayNode) postmanRequest.get("header");
    List<String[]> query = new ArrayList<>();
    List<String> cookies = new ArrayList<>();
    AuthPlan.Use shared = auth.shareable();
    for (AuthPlan.Use use : auth.uses()) {
      if (use == shared || !auth.sends(use)) {
        continue; // the shareable one is Postman's own auth (above)
      }
      SchemePlan s = use.scheme();
      if (s.kind() == SchemePlan.Kind.OTHER_HTTP) {
        addHeader(headers, SchemeAuth.authorizationHeader(s));
        continue;
      }
      if (s.kind() != SchemePlan.Kind.API_KEY) {
        continue;
      }
      String var = "{{" + s.apiKeyVariable() + "}}";
      switch (s.location()) {
        case QUERY -> query.add(new String[] {s.paramName(), var});
        case COOKIE -> cookies.add(s.paramName() + "=" + var);
        case HEADER -> addHeader(headers, new String[] {s.paramName(), var});
      }
    }
    addCookies(headers, cookies, request.credentialCookieHeader());
    addQuery((ObjectNode) postmanRequest.get("url"), query);
    String description = postmanRequest.path("description").asText("");
    postmanRequest.put("description", description + "\n" + authenticationSection(auth)
        + (ownFlow.isEmpty() ? "" : "\n\n" + ownFlow) + "\n");
  }

  /**
   * Why a request carries OAuth 2 settings of its own: it needs another flow than the collection's
   * (another scheme), so the collection's token does not serve it. "" for anything else.
   */
  private String ownFlowNote(AuthPlan.Use use) {
    if (collectionAuth == null || use == null || !use.scheme().scopedPerRequest()) {
      return "";
    }
    AuthPlan.Use shared = plan.defaultAuth();
    return "This request has Authorization settings of its own: it needs " + Markdown.code(use.schemeName())
        + (use.scheme().flow() == null ? "" : " (" + use.scheme().flow().kind().name().toLowerCase(java.util.Locale.ROOT)
            .replace('_', ' ') + " flow)")
        + ", not the collection's " + Markdown.code(shared.schemeName()) + ", so the collection's token does not"
        + " serve it. Use Get New Access Token in this request's Authorization tab; the token goes into "
        + Markdown.code(use.scheme().accessTokenVariable()) + ".";
  }

  private static void addHeader(ArrayNode headers, String[] nameValue) {
    ObjectNode header = headers.addObject();
    header.put("key", nameValue[0]);
    header.put("value", nameValue[1]);
    header.put("description", CREDENTIAL);
  }

  /** Cookie credentials join the header the plan names ({@code index} among the request's own), else a new one. */
  private static void addCookies(ArrayNode headers, List<String> cookies, int index) {
    if (cookies.isEmpty()) {
      return;
    }
    String text = String.join("; ", cookies);
    if (index >= 0) {
      ObjectNode existing = (ObjectNode) headers.get(index);
      existing.put("value", existing.path("value").asText() + "; " + text);
    } else {
      addHeader(headers, new String[] {"Cookie", text});
    }
  }

  private static void addQuery(ObjectNode url, List<String[]> credentials) {
    if (credentials.isEmpty()) {
      return;
    }
    ArrayNode query = url.has("query") ? (ArrayNode) url.get("query") : url.putArray("query");
    StringBuilder raw = new StringBuilder(url.path("raw").asText());
    for (String[] q : credentials) {
      ObjectNode entry = query.addObject();
      entry.put("key", q[0]);
      entry.put("value", q[1]);
      entry.put("description", CREDENTIAL);
      raw.append(raw.indexOf("?") < 0 ? '?' : '&').append(q[0]).append('=').append(q[1]);
    }
    url.put("raw", raw.toString());
  }

  /** The Authentication section of a request description: the schemes, what is not sent and why, the alternatives. */
  private static String authenticationSection(AuthPlan auth) {
    if (auth.isPublic()) {
      return "No authentication: the API says this operation is public.";
    }
    List<String> lines = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    if (auth.optional()) {
      notes.add("Authentication is optional for this operation; the request sends it anyway.");
    }
    for (AuthPlan.Use use : auth.uses()) {
      if (!use.declared()) {
        notes.add("The security scheme " + Markdown.code(use.schemeName()) + " is not declared in the spec; nothing"
            + " is sent for it.");
        continue;
      }
      lines.add("- " + SchemeAuth.describe(use.scheme(), use.scopes()));
      if (use.scheme().authorizationHeader() && !auth.sends(use)) {
        String sent = Markdown.code(auth.authorization().schemeName());
        notes.add("The API also wants " + Markdown.code(use.schemeName()) + " in the same Authorization header"
            + " as " + sent + "; HTTP allows only one, so only " + sent + " is sent.");
      }
    }
    List<String> section = new ArrayList<>();
    section.add("**Authentication**" + (auth.chosen().schemes().size() > 1 ? " (all of these together)" : "") + ":");
    section.addAll(lines);
    List<SecurityRequirement> others = auth.others();
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
    return String.join("\n", section);
  }

  /**
   * The request's own part of the 401/403 guidance: a pre-request script whose one line of data (the
   * operation, the 401 and 403 texts) the collection's guidance test reads back; pre-request, because
   * the collection's test runs before the request's. Null when the request sends no credentials.
   */
  ScriptData.Part guidancePart(RequestPlan request) {
    Guidance guidance = request.guidance();
    if (guidance.credentials().isEmpty()) {
      return null;
    }
    ObjectNode data = PostmanJson.NODES.objectNode();
    data.put("operation", guidance.operation());
    data.put("clientCredentials", guidance.clientCredentials());
    data.put("unauthorized", guidance.clientCredentials() ? AccessGuidance.tokenNotAccepted("clientId and clientSecret")
        : AccessGuidance.credentialsNotAccepted(String.join(", ", SchemeAuth.variableKeys(guidance.credentials()))));
    data.put("forbidden", guidance.forbidden());
    return new ScriptData.Part("GUIDANCE", data, "access-guidance-request.js");
  }

  /** Collection variables whose values must never be written to a file: secrets and the script's token. */
  Set<String> secretVariables(String tokenUrl) {
    Set<String> secrets = new LinkedHashSet<>();
    plan.variables(tokenUrl).stream().filter(AuthVariable::secret).forEach(v -> secrets.add(v.key()));
    if (plan.tokenScript() != null) {
      secrets.add("accessToken");
      secrets.add("accessTokenExpiresAt");
      secrets.add("accessTokenFor");
    }
    return secrets;
  }

  /** Collection variables for auth, in a fixed order. */
  void addVariables(ArrayNode variables, String tokenUrl) {
    for (AuthVariable v : plan.variables(tokenUrl)) {
      Variables.add(variables, v.key(), v.value(), v.description());
    }
    if (plan.tokenScript() != null) {
      Variables.add(variables, "accessToken", "", "Set by the collection's pre-request script.");
      Variables.add(variables, "accessTokenExpiresAt", "", "Set by the collection's pre-request script (epoch ms).");
      Variables.add(variables, "accessTokenFor", "", "Set by the collection's pre-request script: the token URL,"
          + " Client ID and scope the cached token was issued for; a request with others fetches a new token.");
    }
  }
}
