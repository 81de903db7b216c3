package dev.assistcodegen.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assistcodegen.Generator;
import dev.assistcodegen.GeneratorConfig;
import dev.assistcodegen.report.GeneratorLog;
import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.model.Operation;
import dev.assistcodegen.testing.Processes;
import dev.assistcodegen.testing.RepoPaths;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Newman runs generated collections against a server that enforces scopes: each role's own
 * collection gets no 403, and the full collection run with a Project Reader's key gets a 403
 * on exactly the operations the Reader's filter leaves out.
 */
class RolesIT {
  static final ApiSpec LOOME = RolesGoldenTest.LOOME;
  static final RolesFile ROLES = RolesFiles.find(null, null, LOOME);
  static final String PROJECT = "42";
  static ScopeEnforcingServer server;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() throws Exception {
    server = new ScopeEnforcingServer(LOOME, "/api/v1");
    for (Role role : ROLES.roles()) {
      server.addKey(role.name(), Set.copyOf(role.scopes()), role.kind() == RoleKind.PROJECT ? PROJECT : null);
    }
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Administrator", "Project Creator", "Consumer", "Project Owner", "Project Contributor",
      "Project Reader"})
  void eachRolesCollectionRunsWithoutA403(String role) throws Exception {
    GeneratorConfig.Builder config = GeneratorConfig.builder().roles(List.of(role));
    if (ROLES.role(role).kind() == RoleKind.PROJECT) {
      config.projectId(PROJECT);
    }
    Path collection = write(config.build());
    Processes.Result run = newman(collection, role);
    List<ScopeEnforcingServer.Call> calls = server.calls();
    int requests = AccessPolicy.of(LOOME, ROLES, List.of(role), List.of()).apply().operations().size();
    assertEquals(List.of(), server.unrouted(), "requests that match no route of the spec:\n" + run.output());
    assertEquals(requests, calls.size(), "one call per request:\n" + run.output());
    List<ScopeEnforcingServer.Call> refused = calls.stream().filter(c -> c.status() / 100 != 2).toList();
    assertEquals(List.of(), refused, role + "'s collection got refusals:\n" + run.output());
    assertEquals(0, run.exitCode(), run.output());
  }

  @Test
  void fullCollectionWithAReadersKeyIsRefusedExactlyWhereTheFilterCuts() throws Exception {
    Path collection = write(GeneratorConfig.builder().build());
    Processes.Result run = newman(collection, "Project Reader");
    Map<Integer, Set<String>> byStatus = server.calls().stream().collect(Collectors.groupingBy(
        ScopeEnforcingServer.Call::status, Collectors.mapping(ScopeEnforcingServer.Call::operationId,
            Collectors.toCollection(TreeSet::new))));
    assertEquals(List.of(), server.unrouted(), run.output());
    assertEquals(LOOME.operations().size(), server.calls().size(), run.output());

    Set<String> all = LOOME.operations().stream().map(Operation::operationId).collect(Collectors.toSet());
    Set<String> kept = AccessPolicy.of(LOOME, ROLES, List.of("Project Reader"), List.of()).apply().operations()
        .stream().map(Operation::operationId).collect(Collectors.toSet());
    Set<String> removed = new TreeSet<>(all);
    removed.removeAll(kept);
    assertEquals(removed, byStatus.getOrDefault(403, Set.of()), "403s:\n" + run.output());
    Set<String> succeeded = new HashSet<>();
    byStatus.forEach((status, ids) -> {
      if (status / 100 == 2) {
        succeeded.addAll(ids);
      }
    });
    assertEquals(new TreeSet<>(kept), new TreeSet<>(succeeded));
    assertTrue(byStatus.keySet().stream().allMatch(st -> st == 403 || st / 100 == 2),
        "only 2xx and 403 expected, saw " + byStatus.keySet());
    // the policy names, for each refused request, who could have called it: never the Reader
    AccessPolicy everyone = AccessPolicy.of(LOOME, ROLES, List.of(), List.of());
    for (Operation op : LOOME.operations()) {
      if (removed.contains(op.operationId())) {
        List<String> roles = everyone.rolesFor(op);
        assertTrue(!roles.contains("Project Reader") && roles.contains("Administrator"), op.operationId() + ": " + roles);
      }
    }
    System.out.println("RolesIT: full collection with a Project Reader key: " + kept.size() + " answered 2xx, "
        + removed.size() + " answered 403, of " + all.size());
  }

  private Path write(GeneratorConfig config) throws Exception {
    Map<String, byte[]> files = Generator.render(LOOME, config, GeneratorLog.silent());
    String name = files.keySet().stream().filter(f -> f.endsWith(".postman_collection.json")).findFirst().orElseThrow();
    Path file = dir.resolve(name);
    Files.write(file, files.get(name));
    return file;
  }

  /** Runs the collection as the API key of {@code role}, with a token fetched beforehand. */
  private Processes.Result newman(Path collection, String role) throws Exception {
    server.reset();
    String token = fetchToken(role);
    List<String> cmd = new ArrayList<>(List.of(RepoPaths.npmTool("newman").toString(), "run", collection.toString(),
        "--reporters", "cli", "--disable-unicode", "--color", "off",
        "--env-var", "baseUrl=" + server.baseUrl(),
        "--env-var", "tokenUrl=" + server.tokenUrl(),
        "--env-var", "clientId=" + role,
        "--env-var", "clientSecret=not-checked",
        "--env-var", "accessToken=" + token,
        // far in the future, so a token script (if the collection has one) keeps this token
        "--env-var", "accessTokenExpiresAt=4102444800000"));
    return Processes.run(cmd, dir, Map.of("NO_COLOR", "1"), 180);
  }

  private static String fetchToken(String clientId) throws Exception {
    String form = "grant_type=client_credentials&client_id=" + java.net.URLEncoder.encode(clientId, "UTF-8")
        + "&client_secret=not-checked&scope=webApi";
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.tokenUrl()))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    var m = java.util.regex.Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
    assertTrue(m.find(), response.body());
    return m.group(1);
  }
}
