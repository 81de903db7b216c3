package dev.assistcodegen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assistcodegen.GeneratorConfig;
import dev.assistcodegen.plan.Folders;
import dev.assistcodegen.postman.ResponseTests;
import dev.assistcodegen.reference.ReferenceFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintTest {
  @TempDir
  Path dir;

  Path spec;
  Path out;

  @BeforeEach
  void files() throws IOException {
    spec = dir.resolve("api/openapi.yaml");
    Files.createDirectories(spec.getParent());
    Files.writeString(spec, "openapi: 3.0.3\npaths:\n  /a:\n    $ref: 'paths/a.yaml'\n");
    Files.createDirectories(dir.resolve("api/paths"));
    Files.writeString(dir.resolve("api/paths/a.yaml"), "get: {}\n");
    out = dir.resolve("out");
  }

  private GeneratorConfig.Builder config() {
    return GeneratorConfig.builder().spec(spec.toString()).outputDir(out);
  }

  private String of(GeneratorConfig config) {
    return Fingerprint.of(config, "1.0").orElseThrow();
  }

  @Test
  void sameInputsGiveTheSameFingerprint() {
    String first = of(config().build());
    assertTrue(first.matches("[0-9a-f]{64}"), first);
    assertEquals(first, of(config().build()));
  }

  @Test
  void editingTheSpecChangesIt() throws IOException {
    String before = of(config().build());
    Files.writeString(spec, Files.readString(spec) + "# edited\n");
    assertNotEquals(before, of(config().build()));
  }

  @Test
  void editingAFileTheSpecReferencesChangesIt() throws IOException {
    String before = of(config().build());
    Files.writeString(dir.resolve("api/paths/a.yaml"), "get: {summary: edited}\n");
    assertNotEquals(before, of(config().build()));
  }

  @Test
  void aMissingSpecStillHasAFingerprintThatDiffersFromThePresentOne() throws IOException {
    String present = of(config().build());
    Files.delete(spec);
    assertNotEquals(present, of(config().build()));
  }

  @Test
  void changingAnOptionChangesIt() {
    assertNotEquals(of(config().folders(Folders.TAGS).build()),
        of(config().folders(Folders.PATHS).build()));
    assertNotEquals(of(config().build()), of(config().outputDir(dir.resolve("elsewhere")).build()));
  }

  @Test
  void anotherPluginVersionChangesIt() {
    GeneratorConfig config = config().build();
    assertNotEquals(Fingerprint.of(config, "1.0"), Fingerprint.of(config, "1.1"));
  }

  @Test
  void whatIsInTheOutputDirectoryDoesNotCount() throws IOException {
    String before = of(config().build());
    Files.createDirectories(out);
    Files.writeString(out.resolve("x.json"), "{}");
    assertEquals(before, of(config().build()));
  }

  @Test
  void theEmbeddedSpecHasAStableFingerprint() {
    GeneratorConfig embedded = GeneratorConfig.builder().outputDir(out).build();
    assertEquals(of(embedded), of(embedded));
    assertNotEquals(of(embedded), of(config().build()));
  }

  @Test
  void aSpecUrlCannotBeFingerprinted() {
    assertTrue(Fingerprint.of(config().spec("https://example.test/openapi.yaml").build(), "1.0").isEmpty());
  }

  @Test
  void everyConfigOptionIsPartOfIt() {
    // each option, set to something other than its default, changes the fingerprint
    GeneratorConfig base = config().build();
    Path templates = dir.resolve("templates");
    List<GeneratorConfig> changed = List.of(
        config().spec(dir.resolve("api/paths/a.yaml").toString()).build(),
        config().outputDir(dir.resolve("elsewhere")).build(),
        config().folders(Folders.PATHS).build(),
        config().rolesFile(dir.resolve("roles.yaml")).build(),
        config().roles(List.of("Reader")).build(),
        config().scopes(List.of("read")).build(),
        config().projectId("42").build(),
        config().languages(List.of("curl")).build(),
        config().templateDir(templates).build(),
        config().embedSnippets(!base.embedSnippets()).build(),
        config().checkCollection(!base.checkCollection()).build(),
        config().mergeInto(dir.resolve("old.postman_collection.json")).build(),
        config().prune(!base.prune()).build(),
        config().reference(base.reference() == ReferenceFormat.NONE ? ReferenceFormat.HTML : ReferenceFormat.NONE)
            .build(),
        config().tests(ResponseTests.CONTRACT).build());
    for (GeneratorConfig other : changed) {
      assertNotEquals(of(base), of(other), other.toString());
    }
    // and the list above is complete: one changed config per option
    assertEquals(base.options().size(), changed.size(), base.options().keySet().toString());
  }

  @Test
  void editingTheCollectionToMergeIntoChangesIt() throws IOException {
    Path existing = Files.writeString(dir.resolve("old.postman_collection.json"), "{}");
    GeneratorConfig config = config().mergeInto(existing).build();
    String before = of(config);
    Files.writeString(existing, "{\"item\":[]}");
    assertNotEquals(before, of(config));
  }

  @Test
  void editingAFileOfADirectoryOptionChangesIt() throws IOException {
    Path templates = Files.createDirectories(dir.resolve("templates/curl"));
    Files.writeString(templates.resolve("snippet.sh.ftl"), "a");
    GeneratorConfig config = config().templateDir(dir.resolve("templates")).build();
    String before = of(config);
    Files.writeString(templates.resolve("snippet.sh.ftl"), "b");
    assertNotEquals(before, of(config));
  }
}
