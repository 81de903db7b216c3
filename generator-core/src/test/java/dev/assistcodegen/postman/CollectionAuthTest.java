package dev.assistcodegen.postman;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.model.Operation;
import dev.assistcodegen.model.Parameter;
import dev.assistcodegen.model.SecurityRequirement;
import dev.assistcodegen.model.SecurityRequirement.SchemeUse;
import dev.assistcodegen.model.SecurityScheme;
import dev.assistcodegen.model.SecurityScheme.OAuthFlow;
import dev.assistcodegen.plan.ApiPlan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The planned auth written as Postman JSON: inherited or own auth, credential entries, notes, guidance. */
class CollectionAuthTest {
  private static final SecurityScheme CC = new SecurityScheme("cc", SecurityScheme.Type.OAUTH2, "", "", "", "", "",
      List.of(new OAuthFlow(OAuthFlow.Kind.CLIENT_CREDENTIALS, "", "https://id/token", "", Map.of("a", "", "b", ""),
          "")), "");
  private static final SecurityScheme KEY = new SecurityScheme("key", SecurityScheme.Type.API_KEY, "", "X-Key",
      "header", "", "", List.of(), "");
  private static final SecurityScheme COOKIE = new SecurityScheme("sid", SecurityScheme.Type.API_KEY, "", "sid",
      "cookie", "", "", List.of(), "");
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

  private static ApiPlan plan(List<Operation> ops, SecurityScheme... schemes) {
    Map<String, SecurityScheme> map = new LinkedHashMap<>();
    for (SecurityScheme s : schemes) {
      map.put(s.name(), s);
    }
    return ApiPlan.of(new ApiSpec("T", "1", "", List.of(), map, List.of(), ops, List.of()));
  }

  @Test
  void clientCredentialsGivesCollectionBearerTokenScriptAndNoauthForPublicOperations() {
    Operation pub = op("pub", List.of());
    Operation read = op("read", List.of(req(use("cc", "a"))));
    ApiPlan plan = plan(List.of(pub, read), CC);
    CollectionAuth auth = new CollectionAuth(plan);
    assertEquals("{{accessToken}}", auth.collectionAuth().path("bearer").get(0).path("value").asText());
    List<String> listens = new java.util.ArrayList<>();
    auth.collectionEvents("T").forEach(e -> listens.add(e.path("listen").asText()));
    assertEquals(List.of("prerequest"), listens, "the token script (the guidance test joins the collection's tests)");
    ObjectNode request = request();
    auth.apply(plan.request(pub), request);
    assertEquals("noauth", request.path("auth").path("type").asText());
    request = request();
    auth.apply(plan.request(read), request);
    assertFalse(request.has("auth"), "inherits the collection's bearer");
    assertNull(auth.guidancePart(plan.request(pub)));
    List<String> guidanceData = auth.guidancePart(plan.request(read)).lines();
    String guidance = guidanceData.get(0);
    assertTrue(guidance.startsWith("const GUIDANCE = ") && guidance.contains("It needs the scope a."), guidance);
    assertEquals(2, guidanceData.size(), "the data, one line");
    assertEquals("a", plan.tokenScope(), "no x-token-scope: every scope the operations use");
  }

  @Test
  void theAlternativesNotSentAreNamed() {
    Operation either = op("either", List.of(req(use("key")), req(use("cc", "b"))));
    ApiPlan plan = plan(List.of(either), KEY, CC);
    ObjectNode request = request();
    new CollectionAuth(plan).apply(plan.request(either), request);
    assertTrue(request.path("description").asText().contains("The API also accepts, instead: `key`"),
        request.toString());
  }

  @Test
  void combinedRequirementSendsApiKeysAsHeadersBesideTheAuthorizationScheme() {
    Operation both = op("both", List.of(req(use("basic"), use("key"))));
    ApiPlan plan = plan(List.of(both), BASIC, KEY);
    CollectionAuth auth = new CollectionAuth(plan);
    ObjectNode request = request();
    auth.apply(plan.request(both), request);
    // basic is the only auth, so the collection carries it and the request inherits it
    assertEquals("basic", auth.collectionAuth().path("type").asText());
    assertFalse(request.has("auth"));
    assertEquals("X-Key", request.path("header").get(0).path("key").asText());
    assertEquals("{{key}}", request.path("header").get(0).path("value").asText());
    assertTrue(request.path("description").asText().contains("all of these together"));
  }

  @Test
  void aCookieKeyJoinsTheRequestsCookieHeader() {
    Parameter pref = new Parameter("pref", Parameter.Location.COOKIE, "", true, false, TextNode.valueOf("dark"), "form",
        true);
    Operation op = new Operation("op", "GET", "/op", "", "", List.of(), false, List.of(pref), Optional.empty(),
        List.of(), List.of(req(use("sid"))));
    ApiPlan plan = plan(List.of(op), COOKIE);
    ObjectNode request = request();
    request.withArray("header").addObject().put("key", "Cookie").put("value", "pref=dark");
    new CollectionAuth(plan).apply(plan.request(op), request);
    assertEquals(1, request.path("header").size());
    assertEquals("pref=dark; sid={{sid}}", request.path("header").get(0).path("value").asText());
  }

  @Test
  void twoAuthorizationHeaderSchemesAreExplainedNotSilentlyDropped() {
    Operation both = op("both", List.of(req(use("basic"), use("jwt"))));
    ApiPlan plan = plan(List.of(both), BASIC, BEARER);
    ObjectNode request = request();
    new CollectionAuth(plan).apply(plan.request(both), request);
    assertTrue(request.path("description").asText().contains("HTTP allows only one, so only `basic` is sent"),
        request.toString());
  }

  private static ObjectNode request() {
    ObjectNode request = PostmanJson.NODES.objectNode();
    request.putArray("header");
    request.putObject("url").put("raw", "{{baseUrl}}/x");
    request.put("description", "d\n");
    return request;
  }
}
