package dev.assistcodegen.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assistcodegen.Generator;
import dev.assistcodegen.GeneratorConfig;
import dev.assistcodegen.GeneratorLog;
import dev.assistcodegen.load.SpecLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Snippets give the same 403 guidance as the collection: the scope needed and the roles that have it. */
class SnippetGuidanceTest {
  @Test
  void forbiddenGuidanceNamesScopeAndRoles() {
    var spec = SpecLoader.load((String) null, GeneratorLog.silent());
    Map<String, byte[]> files = Generator.render(spec,
        GeneratorConfig.builder().languages(List.of("python")).build(), GeneratorLog.silent());
    String mounting = files.entrySet().stream()
        .filter(e -> e.getKey().startsWith("snippets/python/") && e.getKey().contains("mounting"))
        .map(e -> new String(e.getValue(), StandardCharsets.UTF_8))
        .findFirst().orElseThrow(() -> new AssertionError("no mounting-details snippet in " + files.keySet()));
    assertTrue(mounting.contains("It needs scope resources.use."), mounting);
    assertTrue(mounting.contains("Roles that have it: Administrator, Project Creator, Project Owner, Project Contributor."),
        mounting);
  }

  @Test
  void withoutRolesOnlyTheScopeIsNamed() {
    var spec = SpecLoader.load((String) null, GeneratorLog.silent());
    var op = spec.operations().stream().filter(o -> o.operationId().equals("getProjects")).findFirst().orElseThrow();
    SnippetContext context = SnippetContext.of(spec, null, "");
    assertEquals(SnippetView.GUIDANCE_403 + " It needs scope projects.read.", SnippetView.guidance403(op, context));
  }
}
