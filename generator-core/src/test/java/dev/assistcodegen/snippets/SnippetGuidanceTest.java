package dev.assistcodegen.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assistcodegen.Generator;
import dev.assistcodegen.GeneratorConfig;
import dev.assistcodegen.report.GeneratorLog;
import dev.assistcodegen.plan.AccessGuidance;
import dev.assistcodegen.plan.ApiPlan;
import dev.assistcodegen.plan.Folders;
import dev.assistcodegen.plan.RequestFolders;
import dev.assistcodegen.load.SpecLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Snippets give the same 401/403 guidance as the collection: one wording ({@link AccessGuidance}),
 * the scope needed and the roles that have it.
 */
class SnippetGuidanceTest {
  private static final String MOUNTING = "getMountingDetailsByDataRepositoryId";

  @Test
  void forbiddenGuidanceNamesScopeAndRoles() {
    String mounting = pythonSnippet(render(), "mounting");
    assertTrue(mounting.contains("It needs the scope resources.use."), mounting);
    assertTrue(mounting.contains("Roles that have it: Administrator, Project Creator, Project Owner, Project Contributor."),
        mounting);
  }

  @Test
  void snippetAndCollectionSayTheSameSentences() throws Exception {
    Map<String, byte[]> files = render();
    String snippet = pythonSnippet(files, "mounting");
    JsonNode guidance = collectionGuidance(files, MOUNTING);
    assertEquals("403 Forbidden: the role of your API key lacks the privilege for GET "
        + "/projects/{projectId}/datarepositories/{dataRepositoryId}/mountingdetails. It needs the scope resources.use."
        + " Roles that have it: Administrator, Project Creator, Project Owner, Project Contributor."
        + " Add the key to a role that has it.", guidance.path("forbidden").asText());
    assertTrue(snippet.contains("print(" + Escapers.python(guidance.path("forbidden").asText()) + ", file=sys.stderr)"),
        snippet);
    String unauthorized = guidance.path("unauthorized").asText();
    assertTrue(unauthorized.contains("Client ID was removed from the tenant or the API key has expired"), unauthorized);
    assertTrue(snippet.contains(Escapers.python("401 Unauthorized: "
        + AccessGuidance.tokenNotAccepted("CLIENT_ID and CLIENT_SECRET"))), snippet);
    assertEquals(AccessGuidance.tokenNotAccepted("clientId and clientSecret"), unauthorized);
    String tokenScript = new ObjectMapper().readTree(files.get("loome-assist-api.postman_collection.json"))
        .at("/event/0/script/exec/1").asText();
    assertTrue(tokenScript.contains(AccessGuidance.tokenRefused("clientId and clientSecret in your environment",
        "Loome Assist API")), tokenScript);
    assertTrue(snippet.contains(Escapers.python("The token request was refused. "
        + AccessGuidance.tokenRefused("CLIENT_ID and CLIENT_SECRET", "Loome Assist API"))), snippet);
  }

  @Test
  void withoutRolesOnlyTheScopeIsNamed() {
    var spec = SpecLoader.load((String) null, GeneratorLog.silent());
    Snippets snippets = Snippets.render(ApiPlan.of(spec), List.of("python"), null, RequestFolders.of(spec, Folders.TAGS), false);
    String projects = pythonSnippet(snippets.files(), "/get-projects.py");
    assertTrue(projects.contains(Escapers.python("403 Forbidden: the role of your API key lacks the privilege for"
        + " GET /projects. It needs the scope projects.read. Add the key to a role that has it.")), projects);
  }

  private static Map<String, byte[]> render() {
    var spec = SpecLoader.load((String) null, GeneratorLog.silent());
    return Generator.render(spec, GeneratorConfig.builder().languages(List.of("python")).build(), GeneratorLog.silent());
  }

  private static String pythonSnippet(Map<String, byte[]> files, String part) {
    return files.entrySet().stream()
        .filter(e -> e.getKey().startsWith("snippets/python/") && e.getKey().contains(part))
        .map(e -> new String(e.getValue(), StandardCharsets.UTF_8))
        .findFirst().orElseThrow(() -> new AssertionError("no " + part + " snippet in " + files.keySet()));
  }

  /** The GUIDANCE data of the test script of the request whose name mentions the operation's summary. */
  private static JsonNode collectionGuidance(Map<String, byte[]> files, String operationId) throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode collection = json.readTree(files.get("loome-assist-api.postman_collection.json"));
    for (JsonNode line : collection.findValues("exec")) {
      // the data line opens the generated block (after its start line)
      String first = line.path(1).asText();
      if (first.startsWith("const GUIDANCE = ")) {
        JsonNode data = json.readTree(first.substring("const GUIDANCE = ".length(), first.length() - 1));
        if (data.path("operation").asText().endsWith("/mountingdetails") && operationId.equals(MOUNTING)) {
          return data;
        }
      }
    }
    throw new AssertionError("no GUIDANCE for " + operationId);
  }
}
