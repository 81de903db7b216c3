package dev.assistcodegen.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.model.Operation;
import dev.assistcodegen.model.SecurityRequirement;
import dev.assistcodegen.model.SecurityRequirement.SchemeUse;
import dev.assistcodegen.model.SecurityScheme;
import dev.assistcodegen.model.SecurityScheme.OAuthFlow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The auth a request sends, chosen once for the collection and the snippets. */
class AuthPlanTest {
  private static final SecurityScheme CC = SchemePlanTest.oauth2("cc", new OAuthFlow(OAuthFlow.Kind.CLIENT_CREDENTIALS,
      "", "https://id/token", "", Map.of("a", "", "b", ""), ""));
  private static final SecurityScheme KEY = SchemePlanTest.apiKey("key", "header");
  private static final SecurityScheme QUERY_KEY = new SecurityScheme("q", SecurityScheme.Type.API_KEY, "", "token",
      "query", "", "", List.of(), "");
  private static final SecurityScheme BASIC = SchemePlanTest.http("basic", "basic");
  private static final SecurityScheme BEARER = SchemePlanTest.http("jwt", "bearer");

  static Operation op(String id, List<SecurityRequirement> security) {
    return new Operation(id, "GET", "/" + id, "", "", List.of(), false, List.of(), Optional.empty(), List.of(),
        security);
  }

  static SecurityRequirement req(SchemeUse... uses) {
    return new SecurityRequirement(List.of(uses));
  }

  static SchemeUse use(String scheme, String... scopes) {
    return new SchemeUse(scheme, List.of(scopes));
  }

  static ApiPlan plan(List<Operation> ops, SecurityScheme... schemes) {
    Map<String, SecurityScheme> map = new LinkedHashMap<>();
    for (SecurityScheme s : schemes) {
      map.put(s.name(), s);
    }
    return ApiPlan.of(new ApiSpec("T", "1", "", List.of(), map, List.of(), ops, List.of()));
  }

  @Test
  void publicOperationsSendNothing() {
    Operation pub = op("pub", List.of());
    AuthPlan auth = plan(List.of(pub)).request(pub).auth();
    assertTrue(auth.isPublic());
    assertNull(auth.authorization());
    assertEquals("public", auth.toString());
  }

  @Test
  void prefersTheAlternativeTheTokenScriptServesOverAnEarlierOne() {
    Operation either = op("either", List.of(req(use("key")), req(use("cc", "b"))));
    AuthPlan auth = plan(List.of(either), KEY, CC).request(either).auth();
    assertTrue(auth.tokenScript());
    assertEquals("cc", auth.chosen().schemes().get(0).scheme());
    assertEquals(1, auth.others().size());
    assertEquals(List.of(), auth.keys());
  }

  @Test
  void anAlternativeWithTwoAuthorizationSchemesLosesToOneThatCanBeSentWhole() {
    Operation op = op("op", List.of(req(use("basic"), use("jwt")), req(use("key"), use("q"))));
    AuthPlan auth = plan(List.of(op), BASIC, BEARER, KEY, QUERY_KEY).request(op).auth();
    assertNull(auth.authorization());
    assertEquals(List.of("key", "q"), auth.keys().stream().map(AuthPlan.Use::schemeName).toList());
    assertNull(auth.shareable(), "two keys: no single client setting holds them");
  }

  @Test
  void combinedRequirementSendsApiKeysBesideTheAuthorizationScheme() {
    Operation both = op("both", List.of(req(use("key"), use("basic"), use("q"))));
    AuthPlan auth = plan(List.of(both), BASIC, KEY, QUERY_KEY).request(both).auth();
    assertEquals("basic", auth.authorization().schemeName());
    assertEquals(List.of("key", "q"), auth.keys().stream().map(AuthPlan.Use::schemeName).toList());
    assertSame(auth.authorization(), auth.shareable());
    assertEquals("basic: BASIC (basicUsername, basicPassword) + key: API_KEY HEADER X-Key (key)"
        + " + q: API_KEY QUERY token (q)", auth.toString());
  }

  @Test
  void onlyTheFirstOfTwoAuthorizationSchemesIsSent() {
    Operation both = op("both", List.of(req(use("basic"), use("jwt"))));
    AuthPlan auth = plan(List.of(both), BASIC, BEARER).request(both).auth();
    assertEquals("basic", auth.authorization().schemeName());
    assertFalse(auth.sends(auth.uses().get(1)));
    assertEquals(2, auth.schemes().size(), "a 401 still refers to both");
  }

  @Test
  void optionalAuthIsSentAnywayAndUndeclaredSchemesAreNotSent() {
    Operation optional = op("optional", List.of(req(use("key")), req()));
    AuthPlan auth = plan(List.of(optional), KEY).request(optional).auth();
    assertTrue(auth.optional());
    assertFalse(auth.isPublic());
    assertEquals("key", auth.keys().get(0).schemeName());
    Operation unknown = op("unknown", List.of(req(use("nope"))));
    AuthPlan none = plan(List.of(unknown)).request(unknown).auth();
    assertFalse(none.uses().get(0).declared());
    assertEquals(List.of(), none.schemes());
    assertEquals("nothing sent; not sent: nope: UNDECLARED", none.toString());
  }

  @Test
  void theDefaultAuthIsTheTokenScriptsElseTheOneMostRequestsSend() {
    Operation a = op("a", List.of(req(use("key"))));
    Operation b = op("b", List.of(req(use("basic"))));
    Operation c = op("c", List.of(req(use("basic"))));
    assertEquals("basic", plan(List.of(a, b, c), KEY, BASIC).defaultAuth().schemeName());
    assertEquals("key", plan(List.of(a, b, a, b), KEY, BASIC).defaultAuth().schemeName(), "first of equals");
    Operation d = op("d", List.of(req(use("cc", "a"))));
    assertEquals("cc", plan(List.of(a, b, c, d), KEY, BASIC, CC).defaultAuth().schemeName());
    Operation cookie = op("cookie", List.of(req(use("sid"))));
    assertNull(plan(List.of(cookie), SchemePlanTest.apiKey("sid", "cookie")).defaultAuth(),
        "a cookie is no shareable setting");
  }

  @Test
  void theTokenScopeIsTheDeclaredOneElseEveryScopeUsedAndA403NamesTheOthers() {
    Operation read = op("read", List.of(req(use("cc", "a"))));
    Operation write = op("write", List.of(req(use("cc", "a", "b"))));
    ApiPlan plan = plan(List.of(read, write), CC);
    assertEquals("a b", plan.tokenScope());
    assertEquals(List.of("a", "b"), plan.request(write).guidance().scopes(), "no x-token-scope: every scope is named");
    SecurityScheme declared = SchemePlanTest.oauth2("cc", new OAuthFlow(OAuthFlow.Kind.CLIENT_CREDENTIALS, "",
        "https://id/token", "", Map.of("a", "", "b", ""), "a"));
    ApiPlan withScope = plan(List.of(read, write), declared);
    assertEquals("a", withScope.tokenScope());
    assertEquals(List.of("b"), withScope.request(write).guidance().scopes());
    assertTrue(withScope.request(write).guidance().clientCredentials());
    assertTrue(withScope.request(write).guidance().forbidden().contains("It needs the scope b."));
  }

  @Test
  void anAuthorizationCodeFlowHasOneConfigurationAskingForEveryScopeTheRequestsNeed() {
    SecurityScheme code = SchemePlanTest.oauth2("code", SchemePlanTest.flow(OAuthFlow.Kind.AUTHORIZATION_CODE, ""));
    SecurityScheme other = SchemePlanTest.oauth2("other", SchemePlanTest.flow(OAuthFlow.Kind.IMPLICIT, ""));
    Operation read = op("read", List.of(req(use("code", "library-read"))));
    Operation write = op("write", List.of(req(use("code", "library-modify", "library-read"))));
    Operation none = op("none", List.of(req(use("code"))));
    Operation partner = op("partner", List.of(req(use("other", "reports"))));
    ApiPlan plan = plan(List.of(read, write, none, partner), code, other);

    assertEquals("code", plan.defaultAuth().schemeName());
    assertEquals(List.of("library-read", "library-modify"), plan.defaultAuth().scopes(), "every scope, in order of use");
    for (Operation op : List.of(read, write, none)) {
      AuthPlan.Use shared = plan.sharedAuth(plan.request(op).auth().shareable());
      assertEquals(plan.defaultAuth().sameAuthKey(), shared.sameAuthKey(), op.operationId() + " shares the collection's");
      assertEquals(plan.defaultAuth().scopes(), shared.scopes(), op.operationId());
    }
    assertEquals(List.of("library-modify", "library-read"), plan.request(write).auth().scopes(),
        "a request still knows the scopes it needs (403 guidance names them)");
    assertEquals(List.of("reports"), plan.sharedAuth(plan.request(partner).auth().shareable()).scopes(),
        "another flow has a configuration of its own");
  }

  @Test
  void declaresVariablesOfEverySchemeInUse() {
    Operation a = op("a", List.of(req(use("cc", "a"))));
    Operation b = op("b", List.of(req(use("basic"))));
    List<AuthVariable> vars = plan(List.of(a, b), CC, BASIC, KEY).variables("https://id/token");
    assertEquals(List.of("tokenUrl", "clientId", "clientSecret", "scope", "basicUsername", "basicPassword"),
        vars.stream().map(AuthVariable::key).toList(), "the unused 'key' scheme declares nothing");
    assertEquals("https://id/token", vars.get(0).value());
  }

  @Test
  void requestPlanToStringShowsWhatIsSent() {
    Operation read = op("read", List.of(req(use("cc", "a"))));
    RequestPlan plan = plan(List.of(read), CC).request(read);
    assertEquals("GET {{baseUrl}}/read\n  auth cc: TOKEN_SCRIPT CLIENT_CREDENTIALS scopes a\n"
        + "  403 names scopes [a], roles []", plan.toString());
    assertEquals("http://localhost", plan.baseUrl().defaultUrl());
  }
}
