package dev.assistcodegen.postman;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assistcodegen.model.SecurityScheme;
import dev.assistcodegen.model.SecurityScheme.OAuthFlow;
import dev.assistcodegen.plan.SchemePlan;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemeAuthTest {
  private static SchemePlan apiKey(String name, String in) {
    return SchemePlan.of(new SecurityScheme(name, SecurityScheme.Type.API_KEY, "", "X-Key", in, "", "", List.of(), ""),
        false);
  }

  private static SchemePlan http(String name, String scheme) {
    return SchemePlan.of(new SecurityScheme(name, SecurityScheme.Type.HTTP, "", "", "", scheme, "", List.of(), ""),
        false);
  }

  @Test
  void apiKeyInHeaderOrQueryIsPostmanApikeyAuth() {
    var auth = SchemeAuth.postmanAuth(apiKey("k", "query"), List.of());
    assertEquals("{\"type\":\"apikey\",\"apikey\":[{\"key\":\"key\",\"value\":\"X-Key\",\"type\":\"string\"},"
        + "{\"key\":\"value\",\"value\":\"{{k}}\",\"type\":\"string\"},{\"key\":\"in\",\"value\":\"query\","
        + "\"type\":\"string\"}]}", auth.toString());
    assertNull(SchemeAuth.postmanAuth(apiKey("k", "cookie"), List.of()), "cookies go in a header");
  }

  @Test
  void httpSchemesMapToBasicDigestBearerOrAnAuthorizationHeader() {
    assertEquals("basic", SchemeAuth.postmanAuth(http("b", "basic"), List.of()).path("type").asText());
    assertEquals("digest", SchemeAuth.postmanAuth(http("d", "digest"), List.of()).path("type").asText());
    assertEquals("{{jwtToken}}", SchemeAuth.postmanAuth(http("jwt", "bearer"), List.of())
        .path("bearer").get(0).path("value").asText());
    SchemePlan other = http("h", "hoba");
    assertNull(SchemeAuth.postmanAuth(other, List.of()));
    assertEquals(List.of("Authorization", "hoba {{hCredentials}}"), List.of(SchemeAuth.authorizationHeader(other)));
  }

  @Test
  void oauth2UsesTheOperationsOwnScopesAndTheFlowUrls() {
    OAuthFlow code = new OAuthFlow(OAuthFlow.Kind.AUTHORIZATION_CODE, "https://a/authorize", "https://a/token", "",
        Map.of("read", "r", "write", "w"), "");
    SecurityScheme scheme = new SecurityScheme("o", SecurityScheme.Type.OAUTH2, "", "", "", "", "", List.of(code), "");
    var auth = SchemeAuth.postmanAuth(SchemePlan.of(scheme, false), List.of("read"));
    String text = auth.toString();
    assertEquals("oauth2", auth.path("type").asText());
    assertTrue(text.contains("{\"key\":\"scope\",\"value\":\"read\""), text);
    assertTrue(text.contains("{\"key\":\"authUrl\",\"value\":\"https://a/authorize\""), text);
    assertTrue(text.contains("{\"key\":\"accessTokenUrl\",\"value\":\"https://a/token\""), text);
    assertTrue(text.contains("{\"key\":\"grant_type\",\"value\":\"authorization_code\""), text);
    assertTrue(text.contains("{\"key\":\"accessToken\",\"value\":\"{{oAccessToken}}\""), text);
  }

  @Test
  void theTokenScriptSchemeIsBearerAccessToken() {
    OAuthFlow cc = new OAuthFlow(OAuthFlow.Kind.CLIENT_CREDENTIALS, "", "https://a/token", "", Map.of(), "");
    SecurityScheme scheme = new SecurityScheme("o", SecurityScheme.Type.OAUTH2, "", "", "", "", "", List.of(cc), "");
    assertEquals("{{accessToken}}", SchemeAuth.postmanAuth(SchemePlan.of(scheme, true), List.of("x"))
        .path("bearer").get(0).path("value").asText());
  }

  @Test
  void openIdConnectExplainsDiscoveryAndMutualTlsExplainsCertificates() {
    SecurityScheme oidc = new SecurityScheme("oidc", SecurityScheme.Type.OPEN_ID_CONNECT, "", "", "", "", "",
        List.of(), "https://id/.well-known/openid-configuration");
    assertTrue(SchemeAuth.describe(SchemePlan.of(oidc, false), List.of())
        .contains("https://id/.well-known/openid-configuration"));
    assertEquals("oauth2", SchemeAuth.postmanAuth(SchemePlan.of(oidc, false), List.of("openid")).path("type").asText());
    SecurityScheme mtls = new SecurityScheme("m", SecurityScheme.Type.MUTUAL_TLS, "", "", "", "", "", List.of(), "");
    assertNull(SchemeAuth.postmanAuth(SchemePlan.of(mtls, false), List.of()));
    assertTrue(SchemeAuth.describe(SchemePlan.of(mtls, false), List.of()).contains("Certificates"));
  }
}
