package dev.assistcodegen.postman;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
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

class CollectionAuthTest {
  private static final SecurityScheme CC = new SecurityScheme("cc", SecurityScheme.Type.OAUTH2, "", "", "", "", "",
      List.of(new OAuthFlow(OAuthFlow.Kind.CLIENT_CREDENTIALS, "", "https://id/token", "", Map.of("a", "", "b", ""),
          "")), "");
  private static final SecurityScheme KEY = new SecurityScheme("key", SecurityScheme.Type.API_KEY, "", "X-Key",
      "header", "", "", List.of(), "");
  private static final SecurityScheme BASIC = new SecurityScheme("basic", SecurityScheme.Type.HTTP, "", "", "",
      "basic", "", List.of(), "");
  private static final SecurityScheme BEARER = new SecurityScheme("jwt", SecurityScheme.Type.HTTP, "", "", "",
      "bearer", "", List.of(), "");

  private static Operation op(String id, List<SecurityRequirement> security) {
    return new Operation(id, "GET", "/" + id, "", "", List.of(), false, List.of(), Optional.empty(), List.of(),
        security);
  }

  private static SecurityRequirement req(SchemeUse... uses) {
    return new SecurityRequirement(List.of(uses));
  }

  private static SchemeUse use(String scheme, String... scopes) {
    return new SchemeUse(scheme, List.of(scopes));
  }

  private static CollectionAuth auth(List<Operation> ops, SecurityScheme... schemes) {
    Map<String, SecurityScheme> map = new LinkedHashMap<>();
    for (SecurityScheme s : schemes) {
      map.put(s.name(), s);
    }
    return new CollectionAuth(new ApiSpec("T", "1", "", List.of(), map, List.of(), ops, List.of()));
  }

  @Test
  void clientCredentialsGivesCollectionBearerTokenScriptAndNoauthForPublicOperations() {
    Operation pub = op("pub", List.of());
    Operation read = op("read", List.of(req(use("cc", "a"))));
    CollectionAuth auth = auth(List.of(pub, read), CC);
    assertEquals("{{accessToken}}", auth.collectionAuth().path("bearer").get(0).path("value").asText());
    assertEquals(1, auth.collectionEvents("T").size());
    ObjectNode request = request();
    auth.apply(pub, request);
    assertEquals("noauth", request.path("auth").path("type").asText());
    request = request();
    auth.apply(read, request);
    assertFalse(request.has("auth"), "inherits the collection's bearer");
    assertNull(auth.guidanceEvent(pub, "T"));
    assertTrue(auth.guidanceEvent(read, "T").path("script").path("exec").get(1).asText()
        .contains("It needs the scope a."), () -> auth.guidanceEvent(read, "T").toString());
    assertEquals("a", auth.tokenScope(), "no x-token-scope: every scope the operations use");
  }

  @Test
  void prefersTheAlternativeTheTokenScriptServes() {
    Operation either = op("either", List.of(req(use("key")), req(use("cc", "b"))));
    CollectionAuth auth = auth(List.of(either), KEY, CC);
    CollectionAuth.Plan plan = auth.plan(either);
    assertTrue(plan.tokenScript());
    assertTrue(plan.notes().get(0).contains("The API also accepts, instead: `key`"), plan.notes().toString());
  }

  @Test
  void combinedRequirementSendsApiKeysAsHeadersBesideTheAuthorizationScheme() {
    Operation both = op("both", List.of(req(use("basic"), use("key"))));
    CollectionAuth auth = auth(List.of(both), BASIC, KEY);
    ObjectNode request = request();
    auth.apply(both, request);
    // basic is the only auth, so the collection carries it and the request inherits it
    assertEquals("basic", auth.collectionAuth().path("type").asText());
    assertFalse(request.has("auth"));
    assertEquals("X-Key", request.path("header").get(0).path("key").asText());
    assertEquals("{{key}}", request.path("header").get(0).path("value").asText());
    assertTrue(request.path("description").asText().contains("all of these together"));
  }

  @Test
  void twoAuthorizationHeaderSchemesAreExplainedNotSilentlyDropped() {
    Operation both = op("both", List.of(req(use("basic"), use("jwt"))));
    CollectionAuth.Plan plan = auth(List.of(both), BASIC, BEARER).plan(both);
    assertEquals("basic", plan.auth().path("type").asText());
    assertTrue(plan.notes().get(0).contains("HTTP allows only one"), plan.notes().toString());
  }

  @Test
  void declaresVariablesOfEverySchemeInUseWithSecretsMarked() {
    Operation a = op("a", List.of(req(use("cc", "a"))));
    Operation b = op("b", List.of(req(use("basic"))));
    List<AuthVariable> vars = auth(List.of(a, b), CC, BASIC, KEY).variables("https://id/token");
    assertEquals(List.of("tokenUrl", "clientId", "clientSecret", "scope", "basicUsername", "basicPassword"),
        vars.stream().map(AuthVariable::key).toList(), "the unused 'key' scheme declares nothing");
    assertEquals(List.of("clientSecret", "basicPassword"), vars.stream().filter(AuthVariable::secret)
        .map(AuthVariable::key).toList());
    assertEquals("https://id/token", vars.get(0).value());
  }

  private static ObjectNode request() {
    ObjectNode request = PostmanJson.NODES.objectNode();
    request.putArray("header");
    request.putObject("url").put("raw", "{{baseUrl}}/x");
    request.put("description", "d\n");
    return request;
  }
}
