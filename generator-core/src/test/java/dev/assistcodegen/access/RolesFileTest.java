package dev.assistcodegen.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.assistcodegen.report.GenerationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Looking up a role by the name a user typed. */
class RolesFileTest {
  static final RolesFile LOOME_LIKE = new RolesFile("t.roles.yaml", "projectId", List.of(
      new Role("Administrator", RoleKind.APPLICATION, "", List.of("a"), 1),
      new Role("Project Creator", RoleKind.APPLICATION, "", List.of("a"), 2),
      new Role("Consumer", RoleKind.APPLICATION, "", List.of("a"), 3),
      new Role("Project Reader", RoleKind.PROJECT, "", List.of("a"), 4)));

  @Test
  void exactAndCaseInsensitiveNames() {
    assertEquals("Project Reader", LOOME_LIKE.role("Project Reader").name());
    assertEquals("Project Reader", LOOME_LIKE.role("project reader").name());
  }

  @Test
  void unknownRoleListsKnownRolesAndSuggestsTheClosest() {
    GenerationException e = assertThrows(GenerationException.class, () -> LOOME_LIKE.role("Project Raeder"));
    assertEquals("unknown role 'Project Raeder'; known roles: Administrator, Project Creator, Consumer, "
        + "Project Reader; did you mean 'Project Reader'?", e.getMessage());
    assertEquals("unknown role 'Admin'; known roles: Administrator, Project Creator, Consumer, Project Reader; "
        + "did you mean 'Administrator'?",
        assertThrows(GenerationException.class, () -> LOOME_LIKE.role("Admin")).getMessage());
    assertEquals("unknown role 'reader'; known roles: Administrator, Project Creator, Consumer, Project Reader; "
        + "did you mean 'Project Reader'?", assertThrows(GenerationException.class, () -> LOOME_LIKE.role("reader"))
        .getMessage());
  }

  @Test
  void farNamesGetNoSuggestion() {
    assertEquals("unknown role 'Billing'; known roles: Administrator, Project Creator, Consumer, Project Reader",
        assertThrows(GenerationException.class, () -> LOOME_LIKE.role("Billing")).getMessage());
  }
}
