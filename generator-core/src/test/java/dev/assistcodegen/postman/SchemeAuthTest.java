package dev.assistcodegen.postman;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assistcodegen.model.SecurityScheme;
import dev.assistcodegen.model.SecurityScheme.OAuthFlow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemeAuthTest {
  private static SecurityScheme apiKey(String name, String in) {
    return new SecurityScheme(name, SecurityScheme.Type.API_KEY, "", "X-Key", in, "", "", List.of(), "");
  }

  private static SecurityScheme http(String name, String scheme) {
    return new SecurityScheme(name, SecurityScheme.Type.HTTP, "", "", "", scheme, "", List.of(), "");
  }

  @Test
  void variablePrefixIsCamelCaseAndAvoidsTheTokenScriptNames() {
    assertEquals("apiKeyHeader", SchemeAuth.variablePrefix("apiKey_header"));
    assertEquals("myKey", SchemeAuth.variablePrefix("My-Key"));
    assertEquals("auth1key", SchemeAuth.variablePrefix("1key"));
    assertEquals("auth", SchemeAuth.variablePrefix("$$$"));
    assertEquals("clientIdAuth", SchemeAuth.variablePrefix("clientId"));
    assertEquals("scopeAuth", SchemeAuth.variablePrefix("scope"));
  }

  @Test
  void apiKeyInHeaderOrQueryIsPostmanApikeyAuth() {
    var auth = new SchemeAuth(apiKey("k", "query"), false).postmanAuth(List.of());
    assertEquals("{\"type\":\"apikey\",\"apikey\":[{\"key\":\"key\",\"value\":\"X-Key\",\"type\":\"string\"},"
        + "{\"key\":\"value\",\"value\":\"{{k}}\",\"type\":\"string\"},{\"key\":\"in\",\"value\":\"query\","
        + "\"type\":\"string\"}]}", auth.toString());
    assertNull(new SchemeAuth(apiKey("k", "cookie"), false).postmanAuth(List.of()), "cookies go in a header");
    assertEquals(List.of(new AuthVariable("k", "", true, "API key sent in the cookie 'X-Key' for the security"
        + " scheme 'k'.")), new SchemeAuth(apiKey("k", "cookie"), false).variables());
  }

  @Test
  void httpSchemesMapToBasicDigestBearerOrAnAuthorizationHeader() {
    assertEquals("basic", new SchemeAuth(http("b", "Basic"), false).postmanAuth(List.of()).path("type").asText());
    assertEquals("digest", new SchemeAuth(http("d", "digest"), false).postmanAuth(List.of()).path("type").asText());
    assertEquals("{{jwtToken}}", new SchemeAuth(http("jwt", "bearer"), false).postmanAuth(List.of())
        .path("bearer").get(0).path("value").asText());
    SchemeAuth other = new SchemeAuth(http("h", "HOBA"), false);
    assertNull(other.postmanAuth(List.of()));
    assertEquals(List.of("Authorization", "HOBA {{hCredentials}}"), List.of(other.extraHeader()));
    assertEquals(List.of("bUsername", "bPassword"), new SchemeAuth(http("b", "basic"), false).variables().stream()
        .map(AuthVariable::key).toList());
    assertTrue(new SchemeAuth(http("b", "basic"), false).variables().get(1).secret());
  }

  @Test
  void oauth2UsesTheOperationsOwnScopesAndTheFlowUrls() {
    OAuthFlow code = new OAuthFlow(OAuthFlow.Kind.AUTHORIZATION_CODE, "https://a/authorize", "https://a/token", "",
        Map.of("read", "r", "write", "w"), "");
    SecurityScheme scheme = new SecurityScheme("o", SecurityScheme.Type.OAUTH2, "", "", "", "", "", List.of(code), "");
    var auth = new SchemeAuth(scheme, false).postmanAuth(List.of("read"));
    String text = auth.toString();
    assertEquals("oauth2", auth.path("type").asText());
    assertTrue(text.contains("{\"key\":\"scope\",\"value\":\"read\""), text);
    assertTrue(text.contains("{\"key\":\"authUrl\",\"value\":\"https://a/authorize\""), text);
    assertTrue(text.contains("{\"key\":\"accessTokenUrl\",\"value\":\"https://a/token\""), text);
    assertTrue(text.contains("{\"key\":\"grant_type\",\"value\":\"authorization_code\""), text);
    assertTrue(text.contains("{\"key\":\"accessToken\",\"value\":\"{{oAccessToken}}\""), text);
  }

  @Test
  void theTokenScriptSchemeIsBearerAccessTokenWithoutItsOwnVariables() {
    OAuthFlow cc = new OAuthFlow(OAuthFlow.Kind.CLIENT_CREDENTIALS, "", "https://a/token", "", Map.of(), "");
    SecurityScheme scheme = new SecurityScheme("o", SecurityScheme.Type.OAUTH2, "", "", "", "", "", List.of(cc), "");
    SchemeAuth auth = new SchemeAuth(scheme, true);
    assertEquals("{{accessToken}}", auth.postmanAuth(List.of("x")).path("bearer").get(0).path("value").asText());
    assertEquals(List.of(), auth.variables());
  }

  @Test
  void openIdConnectExplainsDiscoveryAndMutualTlsExplainsCertificates() {
    SecurityScheme oidc = new SecurityScheme("oidc", SecurityScheme.Type.OPEN_ID_CONNECT, "", "", "", "", "",
        List.of(), "https://id/.well-known/openid-configuration");
    assertTrue(new SchemeAuth(oidc, false).describe(List.of()).contains("https://id/.well-known/openid-configuration"));
    assertEquals("oauth2", new SchemeAuth(oidc, false).postmanAuth(List.of("openid")).path("type").asText());
    SecurityScheme mtls = new SecurityScheme("m", SecurityScheme.Type.MUTUAL_TLS, "", "", "", "", "", List.of(), "");
    assertNull(new SchemeAuth(mtls, false).postmanAuth(List.of()));
    assertTrue(new SchemeAuth(mtls, false).describe(List.of()).contains("Certificates"));
  }
}
