package dev.assistcodegen.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assistcodegen.model.SecurityScheme;
import dev.assistcodegen.model.SecurityScheme.OAuthFlow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemePlanTest {
  static SecurityScheme apiKey(String name, String in) {
    return new SecurityScheme(name, SecurityScheme.Type.API_KEY, "", "X-Key", in, "", "", List.of(), "");
  }

  static SecurityScheme http(String name, String scheme) {
    return new SecurityScheme(name, SecurityScheme.Type.HTTP, "", "", "", scheme, "", List.of(), "");
  }

  static SecurityScheme oauth2(String name, OAuthFlow... flows) {
    return new SecurityScheme(name, SecurityScheme.Type.OAUTH2, "", "", "", "", "", List.of(flows), "");
  }

  static OAuthFlow flow(OAuthFlow.Kind kind, String tokenScope) {
    return new OAuthFlow(kind, "https://a/authorize", "https://a/token", "", Map.of("read", "r"), tokenScope);
  }

  @Test
  void variablePrefixIsCamelCaseAndAvoidsTheTokenScriptNames() {
    assertEquals("apiKeyHeader", SchemePlan.variablePrefix("apiKey_header"));
    assertEquals("myKey", SchemePlan.variablePrefix("My-Key"));
    assertEquals("auth1key", SchemePlan.variablePrefix("1key"));
    assertEquals("auth", SchemePlan.variablePrefix("$$$"));
    assertEquals("clientIdAuth", SchemePlan.variablePrefix("clientId"));
    assertEquals("scopeAuth", SchemePlan.variablePrefix("scope"));
  }

  @Test
  void eachSchemeTypeHasItsKind() {
    assertEquals(SchemePlan.Kind.BASIC, SchemePlan.of(http("b", "basic"), false).kind());
    assertEquals(SchemePlan.Kind.DIGEST, SchemePlan.of(http("d", "digest"), false).kind());
    assertEquals(SchemePlan.Kind.BEARER, SchemePlan.of(http("t", "bearer"), false).kind());
    assertEquals(SchemePlan.Kind.OTHER_HTTP, SchemePlan.of(http("h", "hoba"), false).kind());
    assertEquals(SchemePlan.Kind.API_KEY, SchemePlan.of(apiKey("k", "query"), false).kind());
    assertEquals(SchemePlan.Location.QUERY, SchemePlan.of(apiKey("k", "query"), false).location());
    assertEquals(SchemePlan.Location.COOKIE, SchemePlan.of(apiKey("k", "cookie"), false).location());
    assertEquals(SchemePlan.Location.HEADER, SchemePlan.of(apiKey("k", "header"), false).location());
    assertNull(SchemePlan.of(http("b", "basic"), false).location());
    OAuthFlow cc = flow(OAuthFlow.Kind.CLIENT_CREDENTIALS, "");
    assertEquals(SchemePlan.Kind.TOKEN_SCRIPT, SchemePlan.of(oauth2("o", cc), true).kind());
    assertEquals(SchemePlan.Kind.OAUTH2_FLOW, SchemePlan.of(oauth2("o", cc), false).kind());
    assertTrue(SchemePlan.of(oauth2("o", cc), false).clientCredentials(), "a client-credentials flow the script does not serve");
    SecurityScheme mtls = new SecurityScheme("m", SecurityScheme.Type.MUTUAL_TLS, "", "", "", "", "", List.of(), "");
    assertFalse(SchemePlan.of(mtls, false).authorizationHeader());
    assertFalse(SchemePlan.of(apiKey("k", "header"), false).authorizationHeader());
    assertTrue(SchemePlan.of(http("h", "hoba"), false).authorizationHeader());
  }

  @Test
  void theUserFlowIsTheFirstInteractiveOne() {
    SchemePlan all = SchemePlan.of(oauth2("o", flow(OAuthFlow.Kind.CLIENT_CREDENTIALS, ""),
        flow(OAuthFlow.Kind.PASSWORD, ""), flow(OAuthFlow.Kind.AUTHORIZATION_CODE, "")), false);
    assertEquals(OAuthFlow.Kind.AUTHORIZATION_CODE, all.flow().kind());
    assertFalse(all.clientCredentials());
    SchemePlan password = SchemePlan.of(oauth2("pw", flow(OAuthFlow.Kind.PASSWORD, "")), false);
    assertEquals(List.of("pwAccessToken", "pwClientId", "pwClientSecret", "pwUsername", "pwPassword"),
        password.variables().stream().map(AuthVariable::key).toList());
  }

  @Test
  void variablesPerKindWithSecretsMarked() {
    assertEquals(List.of("bUsername", "bPassword"), SchemePlan.of(http("b", "basic"), false).variables().stream()
        .map(AuthVariable::key).toList());
    assertTrue(SchemePlan.of(http("b", "basic"), false).variables().get(1).secret());
    assertEquals(List.of(new AuthVariable("k", "", true, "API key sent in the cookie 'X-Key' for the security"
        + " scheme 'k'.")), SchemePlan.of(apiKey("k", "cookie"), false).variables());
    assertEquals("hCredentials", SchemePlan.of(http("h", "hoba"), false).variables().get(0).key());
    assertEquals(List.of(), SchemePlan.of(oauth2("o", flow(OAuthFlow.Kind.CLIENT_CREDENTIALS, "")), true).variables(),
        "the token script's variables are the spec's");
  }

  @Test
  void toStringNamesKindPlaceAndVariables() {
    assertEquals("k: API_KEY QUERY X-Key (k)", SchemePlan.of(apiKey("k", "query"), false).toString());
    assertEquals("basicAuth: BASIC (basicAuthUsername, basicAuthPassword)",
        SchemePlan.of(http("basicAuth", "basic"), false).toString());
  }
}
