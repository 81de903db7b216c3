package dev.assistcodegen.plan;

import dev.assistcodegen.model.Operation;
import dev.assistcodegen.model.SecurityRequirement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The auth one request sends: the security requirement chosen among the operation's
 * alternatives and how each of its schemes is sent. At most one scheme fills the Authorization
 * header (the first the requirement names; HTTP has room for one), API keys go in their header,
 * query parameter or cookie beside it, a client certificate (mutual TLS) is nothing in the request.
 */
public final class AuthPlan {
  /** One scheme the chosen requirement names, with its scopes; {@code scheme} is null when the spec does not declare it. */
  public record Use(String schemeName, SchemePlan scheme, List<String> scopes) {
    public Use {
      Objects.requireNonNull(schemeName, "schemeName == null");
      scopes = List.copyOf(Objects.requireNonNull(scopes, "scopes == null"));
    }

    /** True when the spec declares the scheme. */
    public boolean declared() {
      return scheme != null;
    }

    /**
     * A text that is equal for two uses exactly when a client configured for one is configured for
     * the other: the scheme (an OAuth 2 flow's one configuration asks for the scopes of every request
     * that uses it, see {@link ApiPlan#sharedAuth}).
     */
    public String sameAuthKey() {
      return schemeName;
    }

    @Override
    public String toString() {
      return (scheme == null ? schemeName + ": UNDECLARED" : scheme.toString())
          + (scopes.isEmpty() ? "" : " scopes " + String.join(" ", scopes));
    }
  }

  private static final AuthPlan PUBLIC = new AuthPlan(List.of(), false, null, List.of(), null, List.of());

  private final List<SecurityRequirement> alternatives;
  private final boolean optional;
  private final SecurityRequirement chosen;
  private final List<Use> uses;
  private final Use authorization;
  private final List<Use> keys;

  private AuthPlan(List<SecurityRequirement> alternatives, boolean optional, SecurityRequirement chosen,
      List<Use> uses, Use authorization, List<Use> keys) {
    this.alternatives = List.copyOf(alternatives);
    this.optional = optional;
    this.chosen = chosen;
    this.uses = List.copyOf(uses);
    this.authorization = authorization;
    this.keys = List.copyOf(keys);
  }

  /** The auth of {@code op}, given the schemes in use by name (each planned once for the spec). */
  static AuthPlan of(Operation op, Map<String, SchemePlan> schemes) {
    List<SecurityRequirement> alternatives = op.security().stream().filter(r -> !r.isAnonymous()).toList();
    if (alternatives.isEmpty()) {
      return PUBLIC;
    }
    SecurityRequirement chosen = choose(alternatives, schemes);
    List<Use> uses = new ArrayList<>();
    Use authorization = null;
    List<Use> keys = new ArrayList<>();
    for (SecurityRequirement.SchemeUse u : chosen.schemes()) {
      Use use = new Use(u.scheme(), schemes.get(u.scheme()), u.scopes());
      uses.add(use);
      if (!use.declared()) {
        continue;
      }
      if (use.scheme().authorizationHeader() && authorization == null) {
        authorization = use;
      } else if (use.scheme().kind() == SchemePlan.Kind.API_KEY) {
        keys.add(use);
      }
    }
    return new AuthPlan(alternatives, alternatives.size() < op.security().size(), chosen, uses, authorization, keys);
  }

  /**
   * The alternative to send: one that can be sent whole (at most one Authorization-header scheme,
   * every scheme declared), preferring the token script's scheme and avoiding client certificates;
   * the first of equals.
   */
  private static SecurityRequirement choose(List<SecurityRequirement> alternatives, Map<String, SchemePlan> schemes) {
    SecurityRequirement best = null;
    int bestScore = Integer.MIN_VALUE;
    for (SecurityRequirement r : alternatives) {
      int authorizationHeaders = 0;
      boolean token = false;
      boolean unknown = false;
      boolean mtls = false;
      for (SecurityRequirement.SchemeUse u : r.schemes()) {
        SchemePlan s = schemes.get(u.scheme());
        if (s == null) {
          unknown = true;
          continue;
        }
        authorizationHeaders += s.authorizationHeader() ? 1 : 0;
        token |= s.tokenScript();
        mtls |= s.kind() == SchemePlan.Kind.MUTUAL_TLS;
      }
      int score = (authorizationHeaders > 1 || unknown ? -100 : 0) + (mtls ? -10 : 0) + (token ? 5 : 0);
      if (score > bestScore) {
        best = r;
        bestScore = score;
      }
    }
    return best;
  }

  /** True when the request sends no credentials because the operation needs none. */
  public boolean isPublic() {
    return chosen == null;
  }

  /** True when anonymous access is one of the alternatives (the request sends auth anyway). */
  public boolean optional() {
    return optional;
  }

  /** The chosen requirement, or null for a public operation. */
  public SecurityRequirement chosen() {
    return chosen;
  }

  /** The alternatives the operation lists besides the chosen one (anonymous access not counted). */
  public List<SecurityRequirement> others() {
    return alternatives.stream().filter(r -> r != chosen).toList();
  }

  /** Every scheme the chosen requirement names, in its order (undeclared ones included). */
  public List<Use> uses() {
    return uses;
  }

  /** The declared schemes of the chosen requirement: the credentials a 401 refers to. */
  public List<SchemePlan> schemes() {
    return uses.stream().filter(Use::declared).map(Use::scheme).toList();
  }

  /** The scheme that fills the Authorization header, or null. */
  public Use authorization() {
    return authorization;
  }

  /** API keys sent as headers, query parameters or cookies, in the requirement's order. */
  public List<Use> keys() {
    return keys;
  }

  /** True when {@code use} is sent: the Authorization scheme or an API key (not a second Authorization scheme). */
  public boolean sends(Use use) {
    return use == authorization || keys.contains(use);
  }

  /** True when the token comes from the collection's token script. */
  public boolean tokenScript() {
    return authorization != null && authorization.scheme().tokenScript();
  }

  /** Scopes the chosen requirement asks for, in order, without repeats (of declared schemes). */
  public List<String> scopes() {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    uses.stream().filter(Use::declared).forEach(u -> out.addAll(u.scopes()));
    return List.copyOf(out);
  }

  /**
   * The credential a client can hold as a shared auth setting, for inheriting it: the Authorization
   * scheme (unless it is an HTTP scheme without a standard client setting), else the requirement's
   * only scheme when it is an API key in a header or query parameter; null when neither.
   */
  public Use shareable() {
    if (authorization != null) {
      return authorization.scheme().kind() == SchemePlan.Kind.OTHER_HTTP ? null : authorization;
    }
    List<SchemePlan> declared = schemes();
    if (declared.size() == 1 && declared.get(0).kind() == SchemePlan.Kind.API_KEY
        && declared.get(0).location() != SchemePlan.Location.COOKIE) {
      return keys.get(0);
    }
    return null;
  }

  /** E.g. {@code oauth: TOKEN_SCRIPT CLIENT_CREDENTIALS scopes pets.read + key: API_KEY HEADER X-Key}. */
  @Override
  public String toString() {
    if (isPublic()) {
      return "public";
    }
    List<String> parts = new ArrayList<>();
    if (authorization != null) {
      parts.add(authorization.toString());
    }
    keys.forEach(k -> parts.add(k.toString()));
    StringBuilder out = new StringBuilder(parts.isEmpty() ? "nothing sent" : String.join(" + ", parts));
    uses.stream().filter(u -> !sends(u)).forEach(u -> out.append("; not sent: ").append(u));
    if (optional) {
      out.append("; optional");
    }
    if (!others().isEmpty()) {
      out.append("; ").append(others().size()).append(others().size() == 1 ? " other alternative" : " other alternatives");
    }
    return out.toString();
  }
}
