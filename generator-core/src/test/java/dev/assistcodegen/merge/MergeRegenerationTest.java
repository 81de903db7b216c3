package dev.assistcodegen.merge;

import static dev.assistcodegen.merge.MergeFixtures.addScript;
import static dev.assistcodegen.merge.MergeFixtures.item;
import static dev.assistcodegen.merge.MergeFixtures.names;
import static dev.assistcodegen.merge.MergeFixtures.savedResponse;
import static dev.assistcodegen.merge.MergeFixtures.script;
import static dev.assistcodegen.merge.MergeFixtures.setVariable;
import static dev.assistcodegen.merge.MergeFixtures.userRequest;
import static dev.assistcodegen.merge.MergeFixtures.variable;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistcodegen.postman.GeneratedBlock;
import dev.assistcodegen.postman.PostmanJson;
import dev.assistcodegen.testing.RepoPaths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden before/after case: a user's work survives three regenerations with spec changes in
 * between (v1 to v2: an operation and a parameter added; v2 to v3: an operation removed and a
 * path renamed; v3 to v4: an operation's security changed), with more edits after each merge.
 * {@code expected/stepN.*} hold each merged collection and its summary; regenerate them with
 * {@code -Dgolden.update=true} and review the diff.
 */
class MergeRegenerationTest {
  static final Path CASE = RepoPaths.root().resolve("generator-core/src/test/resources/merge/petstore");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static ObjectNode generate(int version) {
    return MergeFixtures.generate(CASE.resolve("v" + version + ".yaml"));
  }

  /** What the user does in Postman with the collection generated from v1. */
  static void editAfterV1(ObjectNode c) {
    addScript(item(c, "List pets"), "test",
        "pm.test('a list of pets', () => pm.expect(pm.response.json()).to.be.an('array'));");
    addScript(item(c, "Info for a specific pet"), "prerequest",
        "pm.variables.set('petId', pm.collectionVariables.get('petName') + '-1');");
    addScript(item(c, "Delete a pet"), "test", "pm.test('deleted', () => pm.response.to.have.status(204));");
    addScript(c, "prerequest", "console.log('sending', pm.info.requestName);");
    addScript(c, "test", "pm.test('fast enough', () => pm.expect(pm.response.responseTime).to.be.below(2000));");
    setVariable(c, "petName", "rex");
    setVariable(c, "baseUrl", "http://localhost:4010");
    setVariable(c, "clientSecret", "s3cret-never-in-a-file");
    ((ArrayNode) item(c, "List pets").get("response"))
        .add(savedResponse("6f1c2a52-5f0e-4b59-9b0e-0a3f6d3c2b11", "Two pets (saved)", 200, "[{\"id\":7},{\"id\":8}]"));
    ObjectNode example = (ObjectNode) item(c, "Info for a specific pet").get("response").get(0);
    example.put("body", "{\n  \"id\" : 1,\n  \"name\" : \"rex\",\n  \"tag\" : \"good dog\"\n}");
    ArrayNode pets = (ArrayNode) item(c, "pets").get("item");
    ObjectNode mine = userRequest("0c9e8a8e-2f6d-4e43-8c53-1b4b61d1d0a1", "Pets of rex", "GET",
        "{{baseUrl}}/pets?owner=rex", "pets");
    addScript(mine, "test", "pm.test('ok', () => pm.response.to.be.ok);");
    pets.insert(2, mine);
    ObjectNode scratch = ((ArrayNode) c.get("item")).addObject();
    scratch.put("id", "9a4b7c1e-6d2f-4f3a-8e5b-2c1d0e9f8a7b");
    scratch.put("name", "Scratch");
    scratch.putArray("item").add(userRequest("5d2c1b0a-9e8f-4a7b-8c6d-5e4f3a2b1c0d", "Echo", "POST",
        "https://echo.example.com/anything", "anything"));
    ObjectNode create = (ObjectNode) item(c, "Create a pet").get("request");
    create.put("description", create.path("description").asText() + "\nTeam note: names must be unique.\n");
    ObjectNode folder = item(c, "pets");
    folder.put("description", "Read this first.\n\n" + folder.path("description").asText());
    ObjectNode auth = ((ObjectNode) item(c, "Store inventory").get("request")).putObject("auth");
    auth.put("type", "bearer");
    auth.putArray("bearer").addObject().put("key", "token").put("value", "{{myStoreToken}}").put("type", "string");
  }

  /** After the first merge: a test on the new request, and a generated request moved into the user's folder. */
  static void editAfterV2(ObjectNode c) {
    addScript(item(c, "List vaccinations"), "test", "pm.test('rabies', () => pm.expect(pm.response.text()).to.include('rabies'));");
    ObjectNode health = item(c, "Health check");
    ArrayNode ops = (ArrayNode) item(c, "ops").get("item");
    ops.remove(0);
    ((ArrayNode) item(c, "Scratch").get("item")).add(health);
  }

  /** After the second merge: an edit inside a generated block (replaced, and said so), and one more variable. */
  static void editAfterV3(ObjectNode c) {
    ArrayNode exec = (ArrayNode) item(c, "Create a pet").get("event").get(0).path("script").path("exec");
    exec.set(3, PostmanJson.NODES.textNode("  const code = 401; // trying something"));
    setVariable(c, "species", "cat");
  }

  @Test
  void usersWorkSurvivesThreeRegenerations() throws Exception {
    ObjectNode existing = generate(1);
    editAfterV1(existing);
    CollectionMerge.Result step1 = MergeFixtures.merge(existing, generate(2), false);
    golden(1, step1);
    ObjectNode after1 = step1.collection();
    editAfterV2(after1);
    CollectionMerge.Result step2 = MergeFixtures.merge(after1, generate(3), false);
    golden(2, step2);
    ObjectNode after2 = step2.collection();
    editAfterV3(after2);
    CollectionMerge.Result step3 = MergeFixtures.merge(after2, generate(4), false);
    golden(3, step3);
    assertSurvived(step3.collection());
    assertIdempotent(step3.collection(), 4);
  }

  private static void assertSurvived(ObjectNode c) {
    assertTrue(script(item(c, "List pets"), "test").contains(
        "pm.test('a list of pets', () => pm.expect(pm.response.json()).to.be.an('array'));"));
    assertTrue(script(item(c, "Info for a specific pet"), "prerequest").get(0).startsWith("pm.variables.set('petId'"));
    assertTrue(script(item(c, "List vaccinations"), "test").get(script(item(c, "List vaccinations"), "test").size() - 1)
        .contains("rabies"));
    assertTrue(script(c, "prerequest").contains("console.log('sending', pm.info.requestName);"));
    assertTrue(script(c, "test").get(0).startsWith("pm.test('fast enough'"));
    assertEquals("rex", variable(c, "petName").path("value").asText());
    assertEquals("cat", variable(c, "species").path("value").asText());
    assertEquals("http://localhost:4010", variable(c, "baseUrl").path("value").asText());
    assertEquals("", variable(c, "clientSecret").path("value").asText(), "a secret never reaches the file");
    assertFalse(new String(MergeFixtures.bytes(c), StandardCharsets.UTF_8).contains("s3cret"));
    assertEquals("Two pets (saved)", item(c, "List pets").get("response").get(1).path("name").asText());
    assertTrue(item(c, "Info for a specific pet").get("response").get(0).path("body").asText().contains("good dog"));
    assertEquals(List.of("pets/List pets", "pets/Create a pet", "pets/Pets of rex"),
        names(c).stream().filter(n -> n.startsWith("pets/")).limit(3).toList());
    assertTrue(names(c).contains("Scratch/Echo") && names(c).contains("Scratch/Health check"), names(c).toString());
    assertTrue(names(c).contains("Removed from the spec/Delete a pet"), names(c).toString());
    assertTrue(script(item(c, "Delete a pet"), "test").contains(
        "pm.test('deleted', () => pm.response.to.have.status(204));"));
    assertTrue(item(c, "Create a pet").path("request").path("description").asText()
        .endsWith("\nTeam note: names must be unique.\n"));
    assertTrue(item(c, "pets").path("description").asText().startsWith("Read this first.\n\nEverything about pets"));
    assertEquals("{{myStoreToken}}", item(c, "Store inventory").at("/request/auth/bearer/0/value").asText());
    assertEquals("GET /inventory", dev.assistcodegen.postman.GenerationRecord.requestKey(
        item(c, "Store inventory").get("request")), "the renamed path is the new one");
    assertEquals("apikey", item(c, "Info for a specific pet").at("/request/auth/type").asText(),
        "the security change of v4 reached the request the user added a script to");
    assertFalse(String.join("\n", script(item(c, "Create a pet"), "test")).contains("trying something"),
        "an edit inside a generated block is replaced");
    assertEquals(1, GeneratedBlock.split(script(item(c, "List pets"), "test")).blocks());
  }

  /** Merging the same generation again changes nothing. */
  private static void assertIdempotent(ObjectNode merged, int version) {
    byte[] once = MergeFixtures.bytes(merged);
    CollectionMerge.Result again = MergeFixtures.merge(MergeFixtures.parse(once), generate(version), false);
    assertArrayEquals(once, MergeFixtures.bytes(again.collection()),
        "merging the same spec into the merged collection again changed it");
  }

  @Test
  void everyStepIsIdempotent() {
    ObjectNode existing = generate(1);
    editAfterV1(existing);
    ObjectNode merged = MergeFixtures.merge(existing, generate(2), false).collection();
    assertIdempotent(merged, 2);
    editAfterV2(merged);
    merged = MergeFixtures.merge(merged, generate(3), false).collection();
    assertIdempotent(merged, 3);
  }

  @Test
  void pruneDeletesTheRequestsOfRemovedOperations() {
    ObjectNode existing = generate(2);
    editAfterV1(existing);
    CollectionMerge.Result result = MergeFixtures.merge(existing, generate(3), true);
    assertNull(MergeFixtures.find(result.collection().path("item"), "Delete a pet"));
    assertNull(MergeFixtures.find(result.collection().path("item"), CollectionMerge.REMOVED_FOLDER));
    assertEquals(1, result.summary().count(MergeSummary.Change.PRUNED));
    assertTrue(result.summary().lines().stream().anyMatch(l -> l.contains("pruned") && l.contains("DELETE /pets/:petId")
        && l.contains("your test script")), result.summary().lines().toString());
  }

  private static void golden(int step, CollectionMerge.Result result) throws Exception {
    Path collection = CASE.resolve("expected/step" + step + ".postman_collection.json");
    Path summary = CASE.resolve("expected/step" + step + ".summary.txt");
    byte[] json = MergeFixtures.bytes(result.collection());
    String lines = String.join("\n", result.summary().lines()) + "\n";
    if (UPDATE) {
      Files.createDirectories(collection.getParent());
      Files.write(collection, json);
      Files.writeString(summary, lines);
      return;
    }
    assertEquals(Files.readString(collection), new String(json, StandardCharsets.UTF_8),
        collection + " differs (regenerate with -Dgolden.update=true and review the diff)");
    assertEquals(Files.readString(summary), lines, summary + " differs");
  }
}
