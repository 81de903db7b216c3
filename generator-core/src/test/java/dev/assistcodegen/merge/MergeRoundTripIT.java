package dev.assistcodegen.merge;

import static dev.assistcodegen.merge.MergeFixtures.item;
import static dev.assistcodegen.merge.MergeFixtures.names;
import static dev.assistcodegen.merge.MergeFixtures.script;
import static dev.assistcodegen.merge.MergeFixtures.variable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistcodegen.postman.CollectionValidator;
import dev.assistcodegen.postman.GeneratedBlock;
import dev.assistcodegen.testing.Processes;
import dev.assistcodegen.testing.RepoPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A collection read and written by Postman's collection SDK ({@code postman-collection}, what the
 * app and Newman use), with the user's work in it, still merges like the original: every request
 * is matched and nothing of the user's is lost, also when the ids are gone as in an export from
 * Postman. Runs node.
 */
class MergeRoundTripIT {
  private static final Path SCRIPT = RepoPaths.root().resolve("generator-core/src/test/resources/merge/sdk-roundtrip.js");

  @TempDir
  Path dir;

  /** The collection after the SDK read it and wrote it back. */
  private ObjectNode throughTheSdk(ObjectNode collection, String name) throws IOException {
    Path in = dir.resolve(name + ".json");
    Path out = dir.resolve(name + ".sdk.json");
    Files.write(in, MergeFixtures.bytes(collection));
    Path sdk = RepoPaths.npmFile("postman-collection/package.json").getParent();
    Processes.Result result = Processes.run(List.of(RepoPaths.command("node", "nodejs").toString(), SCRIPT.toString(),
        sdk.toString(), in.toString(), out.toString()), dir, null, 120);
    assertEquals(0, result.exitCode(), result.output());
    ObjectNode written = MergeFixtures.parse(Files.readAllBytes(out));
    assertTrue(written.at("/info/description").isObject(), "the SDK rewrites descriptions as {content, type}");
    return written;
  }

  /** The user's work of {@link MergeRegenerationTest#editAfterV1}, after a merge with v3. */
  private static void assertUsersWorkKept(ObjectNode c) {
    assertTrue(script(item(c, "List pets"), "test").contains(
        "pm.test('a list of pets', () => pm.expect(pm.response.json()).to.be.an('array'));"));
    assertEquals(1, GeneratedBlock.split(script(item(c, "List pets"), "test")).blocks());
    assertTrue(script(item(c, "Info for a specific pet"), "prerequest").get(0).startsWith("pm.variables.set('petId'"));
    assertTrue(script(c, "prerequest").contains("console.log('sending', pm.info.requestName);"));
    assertTrue(script(c, "test").get(0).startsWith("pm.test('fast enough'"));
    assertEquals("rex", variable(c, "petName").path("value").asText());
    assertEquals("http://localhost:4010", variable(c, "baseUrl").path("value").asText());
    assertEquals("", variable(c, "clientSecret").path("value").asText());
    assertFalse(new String(MergeFixtures.bytes(c), StandardCharsets.UTF_8).contains("s3cret"));
    assertEquals("Two pets (saved)", item(c, "List pets").get("response").get(1).path("name").asText());
    assertTrue(item(c, "Info for a specific pet").get("response").get(0).path("body").asText().contains("good dog"));
    assertTrue(names(c).containsAll(List.of("pets/Pets of rex", "Scratch/Echo",
        CollectionMerge.REMOVED_FOLDER + "/Delete a pet")), names(c).toString());
    assertTrue(script(item(c, "Delete a pet"), "test").contains(
        "pm.test('deleted', () => pm.response.to.have.status(204));"));
    String createText = dev.assistcodegen.postman.GenerationRecord.text(item(c, "Create a pet").at("/request/description"));
    assertTrue(createText.endsWith("\nTeam note: names must be unique.\n"), createText);
    assertTrue(item(c, "pets").path("description").asText().startsWith("Read this first.\n\nEverything about pets"));
    assertEquals("{{myStoreToken}}", item(c, "Store inventory").at("/request/auth/bearer/0/value").asText());
    assertEquals(List.of(), CollectionValidator.validate(c), "the merged collection is a valid v2.1 collection");
  }

  private static ObjectNode edited() {
    ObjectNode existing = MergeRegenerationTest.generate(2);
    MergeRegenerationTest.editAfterV1(existing);
    return existing;
  }

  @Test
  void aCollectionRoundTrippedThroughTheSdkMergesLikeTheOriginal() throws IOException {
    CollectionMerge.Result direct = MergeFixtures.merge(edited(), MergeRegenerationTest.generate(3), false);
    ObjectNode sdk = throughTheSdk(edited(), "edited");
    CollectionMerge.Result merged = MergeFixtures.merge(sdk, MergeRegenerationTest.generate(3), false);
    assertEquals(direct.summary().lines(), merged.summary().lines());
    assertUsersWorkKept(merged.collection());
  }

  @Test
  void anExportWithoutIdsRoundTrippedThroughTheSdkMergesLikeTheOriginal() throws IOException {
    CollectionMerge.Result direct = MergeFixtures.merge(edited(), MergeRegenerationTest.generate(3), false);
    ObjectNode withoutIds = edited();
    dropIds(withoutIds);
    ObjectNode sdk = throughTheSdk(withoutIds, "export");
    assertNotEquals(item(edited(), "List pets").path("id").asText(), item(sdk, "List pets").path("id").asText(),
        "the SDK gives items without ids ids of its own");
    CollectionMerge.Result merged = MergeFixtures.merge(sdk, MergeRegenerationTest.generate(3), false);
    assertEquals(direct.summary().lines(), merged.summary().lines());
    assertEquals(0, merged.summary().count(MergeSummary.Change.ADDED), "every request was found again");
    assertUsersWorkKept(merged.collection());
  }

  @Test
  void aMergedCollectionRoundTrippedMergesAgainWithNothingLost() throws IOException {
    ObjectNode merged = MergeFixtures.merge(edited(), MergeRegenerationTest.generate(3), false).collection();
    CollectionMerge.Result direct = MergeFixtures.merge(merged.deepCopy(), MergeRegenerationTest.generate(3), false);
    CollectionMerge.Result again = MergeFixtures.merge(throughTheSdk(merged, "merged"), MergeRegenerationTest.generate(3),
        false);
    assertEquals(direct.summary().lines(), again.summary().lines());
    assertEquals(0, again.summary().count(MergeSummary.Change.UPDATED) + again.summary().count(MergeSummary.Change.ADDED));
    assertUsersWorkKept(again.collection());
  }

  private static void dropIds(JsonNode node) {
    if (node.isObject()) {
      ((ObjectNode) node).remove("id");
      ((ObjectNode) node).remove("_postman_id");
    }
    node.forEach(MergeRoundTripIT::dropIds);
  }
}
