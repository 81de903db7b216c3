package dev.assistcodegen.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.assistcodegen.report.GenerationException;
import dev.assistcodegen.report.GeneratorLog;
import dev.assistcodegen.load.SpecLoader;
import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.model.Operation;
import dev.assistcodegen.model.Parameter;
import dev.assistcodegen.model.SecurityRequirement;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which operations a selection of roles and scopes may call. */
class AccessPolicyTest {
  static final ApiSpec SLACK = SpecLoader.load(Path.of("src/test/resources/roles/slack-like.openapi.yaml").toString(),
      GeneratorLog.silent());
  static final ApiSpec LOOME = RolesGoldenTest.LOOME;
  static final RolesFile LOOME_ROLES = RolesFiles.find(null, null, LOOME);

  private static List<String> ids(ApiSpec spec) {
    return spec.operations().stream().map(Operation::operationId).toList();
  }

  private static Operation op(ApiSpec spec, String id) {
    return spec.operations().stream().filter(o -> o.operationId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void scopesSatisfyAnyAlternativeAndAllScopesOfOne() {
    AccessPolicy p = AccessPolicy.of(SLACK, null, List.of(), List.of("groups:read", "chat:write"));
    // conversations.list: channels:read OR groups:read; chat.delete needs chat:write AND chat:write.customize
    assertEquals(List.of("apiTest", "conversationsList", "chatPostMessage"), ids(p.apply()));
    assertTrue(p.satisfied(op(SLACK, "chatDelete"), List.of("chat:write", "chat:write.customize")));
    assertFalse(p.satisfied(op(SLACK, "chatDelete"), List.of("chat:write")));
  }

  @Test
  void withoutASelectionEveryOperationIsKept() {
    AccessPolicy p = AccessPolicy.of(SLACK, null, List.of(), List.of());
    assertFalse(p.hasSelection());
    assertEquals(ids(SLACK), ids(p.apply()));
  }

  @Test
  void aSelectionThatCanCallNothingIsAnError() {
    GenerationException e = assertThrows(GenerationException.class,
        () -> AccessPolicy.of(SLACK, null, List.of(), List.of("chat:write.customize")).apply());
    assertEquals("scope chat:write.customize may call none of the 6 operations of Slack-like Web API that need "
        + "authorization (granted scopes: chat:write.customize; the operations need: channels:read, groups:read, "
        + "channels:history, chat:write, chat:write.customize, users:read, admin.users:write); run 'assist-codegen "
        + "roles' to see what each role may call", e.getMessage());
  }

  @Test
  void unknownScopeIsAnError() {
    GenerationException e = assertThrows(GenerationException.class,
        () -> AccessPolicy.of(SLACK, null, List.of(), List.of("chat:writ")));
    assertTrue(e.getMessage().startsWith("unknown scope 'chat:writ': Slack-like Web API declares channels:read, "),
        e.getMessage());
  }

  @Test
  void roleWithoutRolesFileIsAnError() {
    GenerationException e = assertThrows(GenerationException.class,
        () -> AccessPolicy.of(SLACK, null, List.of("Admin"), List.of()));
    assertTrue(e.getMessage().startsWith("--role needs a roles file, and Slack-like Web API has none"), e.getMessage());
  }

  @Test
  void severalRolesGiveTheUnionInFileOrder() {
    AccessPolicy p = AccessPolicy.of(LOOME, LOOME_ROLES, List.of("Project Reader", "Consumer"), List.of());
    assertEquals("Consumer, Project Reader", p.label());
    // Consumer adds getProjects (no projectId) to the Reader's seven
    assertEquals(8, p.apply().operations().size());
    assertTrue(ids(p.apply()).contains("getProjects"));
  }

  @Test
  void projectRolesOnlyGetOperationsOnOneProject() {
    AccessPolicy p = AccessPolicy.of(LOOME, LOOME_ROLES, List.of("Project Owner"), List.of());
    // the Owner holds resources.manage, but the workstation template list is not about one project
    assertFalse(p.selected(op(LOOME, "getWorkstationTemplates")));
    assertTrue(p.selected(op(LOOME, "getDataRepositoriesByProjectId")));
    // Loome's "Get Data Repositories" asks for a Project Id: GET /datarepositories?projectId=
    assertTrue(p.selected(op(LOOME, "getDataRepositories")));
    assertTrue(p.projectScoped());
  }

  private static Operation withParameter(String id, Parameter.Location in, boolean required) {
    Parameter project = new Parameter("projectId", in, "", required, false, JsonNodeFactory.instance.numberNode(42),
        in == Parameter.Location.QUERY ? "form" : "simple", in == Parameter.Location.QUERY);
    return new Operation(id, "GET", in == Parameter.Location.PATH ? "/p/{projectId}/" + id : "/" + id, "", "",
        List.of(), false, List.of(project), Optional.empty(), List.of(),
        List.of(new SecurityRequirement(List.of(new SecurityRequirement.SchemeUse("oauth2", List.of("read"))))));
  }

  @Test
  void anOperationOnOneProjectRequiresTheProjectParameterInItsPathOrQuery() {
    RolesFile file = new RolesFile("t", "projectId", List.of(
        new Role("Viewer", RoleKind.PROJECT, "", List.of("read"), 1)));
    ApiSpec spec = new ApiSpec("T", "1", "", List.of(), Map.of(), List.of(), List.of(
        withParameter("inPath", Parameter.Location.PATH, true),
        withParameter("requiredQuery", Parameter.Location.QUERY, true),
        withParameter("optionalQuery", Parameter.Location.QUERY, false),
        withParameter("header", Parameter.Location.HEADER, true)), List.of());
    assertEquals(List.of("inPath", "requiredQuery"),
        ids(AccessPolicy.of(spec, file, List.of("Viewer"), List.of()).apply()));
  }

  @Test
  void rolesForNamesEveryRoleThatMayCall() {
    AccessPolicy p = AccessPolicy.of(LOOME, LOOME_ROLES, List.of(), List.of());
    assertEquals(List.of("Administrator", "Project Creator", "Project Owner", "Project Contributor"),
        p.rolesFor(op(LOOME, "getMountingDetailsByDataRepositoryId")));
    assertEquals(List.of("Administrator"), p.rolesFor(op(LOOME, "createApiKey")));
  }

  @Test
  void emptyRoleSelectionNamesTheRole() {
    RolesFile file = new RolesFile("t", "projectId", List.of(
        new Role("Template Viewer", RoleKind.PROJECT, "", List.of("resources.manage"), 1)));
    // resources.manage on one project: the 7 writes on repositories and workstations, not the template list
    RolesFile nothing = new RolesFile("t", "projectId", List.of(
        new Role("Tenant Viewer", RoleKind.PROJECT, "", List.of("tenant.admin"), 1)));
    assertEquals(7, AccessPolicy.of(LOOME, file, List.of("Template Viewer"), List.of()).apply().operations().size());
    GenerationException e = assertThrows(GenerationException.class,
        () -> AccessPolicy.of(LOOME, nothing, List.of("Tenant Viewer"), List.of()).apply());
    assertTrue(e.getMessage().startsWith("role 'Tenant Viewer' may call none of the 52 operations of Loome Assist API"),
        e.getMessage());
  }
}
