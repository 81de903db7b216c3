package dev.assistcodegen.merge;

import static dev.assistcodegen.merge.MergeFixtures.addScript;
import static dev.assistcodegen.merge.MergeFixtures.item;
import static dev.assistcodegen.merge.MergeFixtures.names;
import static dev.assistcodegen.merge.MergeFixtures.savedResponse;
import static dev.assistcodegen.merge.MergeFixtures.script;
import static dev.assistcodegen.merge.MergeFixtures.setVariable;
import static dev.assistcodegen.merge.MergeFixtures.variable;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistcodegen.postman.GeneratedBlock;
import dev.assistcodegen.postman.GenerationRecord;
import dev.assistcodegen.report.GenerationException;
import dev.assistcodegen.testing.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The merge rules one at a time, on the petstore case and variants of it. */
class CollectionMergeTest {
  private static final Path V1 = MergeRegenerationTest.CASE.resolve("v1.yaml");
  private static final Path CASES = RepoPaths.root().resolve("generator-core/src/test/resources/cases");

  @TempDir
  Path dir;

  /** The v1 spec changed by {@code edit}, as a file. */
  private Path variant(UnaryOperator<String> edit) throws IOException {
    String v1 = Files.readString(V1);
    String changed = edit.apply(v1);
    assertFalse(changed.equals(v1), "the variant changes nothing");
    Path file = Files.createTempFile(dir, "variant", ".yaml");
    Files.writeString(file, changed);
    return file;
  }

  static Stream<String> specs() throws IOException {
    List<String> specs = new ArrayList<>();
    specs.add("embedded Loome Assist spec");
    try (Stream<Path> cases = Files.list(CASES)) {
      cases.map(c -> Files.isRegularFile(c.resolve("openapi.yaml")) ? c.resolve("openapi.yaml") : c.resolve("openapi.json"))
          .filter(Files::isRegularFile).map(Path::toString).sorted().forEach(specs::add);
    }
    return specs.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void mergingAnUnchangedSpecIntoOurUneditedOutputIsByteIdentical(String spec) {
    byte[] generated = MergeFixtures.generatedBytes(spec.startsWith("embedded") ? null : Path.of(spec));
    CollectionMerge.Result merged = MergeFixtures.merge(MergeFixtures.parse(generated), MergeFixtures.parse(generated), false);
    assertArrayEquals(generated, MergeFixtures.bytes(merged.collection()));
    assertEquals(0, merged.summary().count(MergeSummary.Change.ADDED) + merged.summary().count(MergeSummary.Change.UPDATED)
        + merged.summary().count(MergeSummary.Change.REMOVED), merged.summary().lines().toString());
  }

  /** The merge tells generated code by its block: a script line the writer puts outside one would be taken for the user's. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void everyGeneratedScriptLineIsInsideAGeneratedBlock(String spec) {
    ObjectNode collection = MergeFixtures.parse(
        MergeFixtures.generatedBytes(spec.startsWith("embedded") ? null : Path.of(spec)));
    List<JsonNode> events = collection.findValues("event").stream().flatMap(e -> {
      List<JsonNode> list = new ArrayList<>();
      e.forEach(list::add);
      return list.stream();
    }).toList();
    for (JsonNode event : events) {
      GeneratedBlock.Parts parts = GeneratedBlock.split(Scripts.lines(event));
      assertEquals(1, parts.blocks(), () -> "a generated script outside a block: " + event);
      assertFalse(parts.hasUserCode() || parts.edited(), () -> "a generated line outside the block: " + event);
    }
  }

  @Test
  void theExistingCollectionIsOnlyRead() {
    ObjectNode existing = MergeFixtures.generate(V1);
    MergeRegenerationTest.editAfterV1(existing);
    ObjectNode before = existing.deepCopy();
    CollectionMerge.merge(existing, MergeRegenerationTest.generate(3), false, "existing.json");
    assertEquals(before, existing);
  }

  @Test
  void theUsersLinesStayAroundTheNewGeneratedBlock() {
    ObjectNode existing = MergeRegenerationTest.generate(3);
    ObjectNode test = (ObjectNode) item(existing, "Info for a specific pet").get("event").get(0);
    ArrayNode exec = (ArrayNode) test.path("script").path("exec");
    exec.insert(0, "// mine, first");
    exec.add("pm.test('mine, last', () => {});");
    ObjectNode merged = MergeFixtures.merge(existing, MergeRegenerationTest.generate(4), false).collection();
    List<String> lines = script(item(merged, "Info for a specific pet"), "test");
    assertEquals("// mine, first", lines.get(0));
    assertEquals("pm.test('mine, last', () => {});", lines.get(lines.size() - 1));
    assertTrue(lines.get(2).contains("storeKey"), "v4's guidance names the new credential: " + lines.get(2));
    assertEquals(1, GeneratedBlock.split(lines).blocks());
  }

  @Test
  void aGeneratedScriptNoLongerGeneratedGoesAndTheUsersLinesStay() throws IOException {
    ObjectNode existing = MergeFixtures.generate(V1);
    addScript(item(existing, "List pets"), "test", "pm.test('mine', () => {});");
    Path publicPets = variant(s -> s.replace("      operationId: listPets\n", "      operationId: listPets\n      security: []\n"));
    ObjectNode merged = MergeFixtures.merge(existing, MergeFixtures.generate(publicPets), false).collection();
    assertEquals(List.of("pm.test('mine', () => {});"), script(item(merged, "List pets"), "test"));
  }

  @Test
  void savedResponsesAreTheUsersUnlessGeneratedAndUnedited() throws IOException {
    ObjectNode existing = MergeFixtures.generate(V1);
    ((ArrayNode) item(existing, "List pets").get("response")).add(savedResponse("u1", "Mine", 200, "[]"));
    Path newExample = variant(s -> s.replace("example: [{id: 1, name: rex}]", "example: [{id: 2, name: fido}]"));
    ObjectNode merged = MergeFixtures.merge(existing, MergeFixtures.generate(newExample), false).collection();
    JsonNode responses = item(merged, "List pets").get("response");
    assertEquals(2, responses.size());
    assertTrue(responses.get(0).path("body").asText().contains("fido"), "the spec's new example replaces ours");
    assertEquals("Mine", responses.get(1).path("name").asText());
  }

  @Test
  void authTheUserChangedIsKeptAndTheSpecsChangeOtherwiseApplies() {
    ObjectNode existing = MergeRegenerationTest.generate(3);
    ObjectNode mine = ((ObjectNode) item(existing, "Store inventory").get("request")).putObject("auth");
    mine.put("type", "noauth");
    CollectionMerge.Result merged = MergeFixtures.merge(existing, MergeRegenerationTest.generate(4), false);
    assertEquals("noauth", item(merged.collection(), "Store inventory").at("/request/auth/type").asText());
    assertEquals("apikey", item(merged.collection(), "Info for a specific pet").at("/request/auth/type").asText(),
        "auth the user did not touch follows the spec");

    ObjectNode changedBoth = MergeRegenerationTest.generate(3);
    ((ObjectNode) item(changedBoth, "Info for a specific pet").get("request")).putObject("auth").put("type", "noauth");
    CollectionMerge.Result conflict = MergeFixtures.merge(changedBoth, MergeRegenerationTest.generate(4), false);
    assertEquals("noauth", item(conflict.collection(), "Info for a specific pet").at("/request/auth/type").asText());
    assertTrue(conflict.summary().lines().stream().anyMatch(l -> l.contains("Info for a specific pet")
        && l.contains("your auth") && l.contains("the spec changed the auth too")), conflict.summary().lines().toString());
  }

  @Test
  void descriptionTextAddedBeforeOrAfterIsKeptAroundTheNewText() throws IOException {
    ObjectNode existing = MergeFixtures.generate(V1);
    ObjectNode list = (ObjectNode) item(existing, "List pets").get("request");
    list.put("description", "Mine, before.\n" + list.path("description").asText());
    ObjectNode create = (ObjectNode) item(existing, "Create a pet").get("request");
    create.put("description", create.path("description").asText() + "\nMine, after.");
    ObjectNode show = (ObjectNode) item(existing, "Info for a specific pet").get("request");
    show.put("description", show.path("description").asText().replace("Info for", "About"));
    Path changed = variant(s -> s.replace("summary: List pets", "summary: List pets\n      description: All of them.")
        .replace("summary: Create a pet", "summary: Create a pet\n      description: One more.")
        .replace("summary: Info for a specific pet", "summary: Info for a specific pet\n      description: One."));
    CollectionMerge.Result merged = MergeFixtures.merge(existing, MergeFixtures.generate(changed), false);
    String listText = item(merged.collection(), "List pets").at("/request/description").asText();
    assertTrue(listText.startsWith("Mine, before.\nAll of them."), listText);
    String createText = item(merged.collection(), "Create a pet").at("/request/description").asText();
    assertTrue(createText.startsWith("One more.") && createText.endsWith("\nMine, after."), createText);
    assertEquals(show.path("description").asText(), item(merged.collection(), "Info for a specific pet")
        .at("/request/description").asText(), "text the user edited inside is theirs");
    assertTrue(merged.summary().lines().stream().anyMatch(l -> l.contains("your edited description")
        && l.contains("the spec changed the description too")), merged.summary().lines().toString());
  }

  @Test
  void variablesTheUserAddedOrChangedAreKeptSecretsNever() throws IOException {
    ObjectNode existing = MergeFixtures.generate(V1);
    setVariable(existing, "mine", "1");
    setVariable(existing, "clientSecret", "s3cret");
    setVariable(existing, "accessToken", "eyJ-token");
    ObjectNode typedSecret = ((ArrayNode) existing.get("variable")).addObject();
    typedSecret.put("key", "myPassword").put("value", "hunter2").put("type", "secret");
    Path newServer = variant(s -> s.replace("https://petstore.example.com/v1", "https://petstore.example.com/v2"));
    CollectionMerge.Result merged = MergeFixtures.merge(existing, MergeFixtures.generate(newServer), false);
    ObjectNode c = merged.collection();
    assertEquals("https://petstore.example.com/v2", variable(c, "baseUrl").path("value").asText(),
        "a value the user left alone follows the spec");
    assertEquals("1", variable(c, "mine").path("value").asText());
    assertEquals("", variable(c, "clientSecret").path("value").asText());
    assertEquals("", variable(c, "accessToken").path("value").asText());
    assertEquals("", variable(c, "myPassword").path("value").asText());
    String text = new String(MergeFixtures.bytes(c), java.nio.charset.StandardCharsets.UTF_8);
    assertFalse(text.contains("s3cret") || text.contains("eyJ-token") || text.contains("hunter2"));
    assertEquals(GenerationRecord.VARIABLE, c.get("variable").get(c.get("variable").size() - 1).path("key").asText());
  }

  /** Like a collection exported from Postman: no item, response or script ids. */
  private static void dropIds(JsonNode node) {
    if (node.isObject()) {
      ((ObjectNode) node).remove("id");
      ((ObjectNode) node).remove("_postman_id");
    }
    node.forEach(CollectionMergeTest::dropIds);
  }

  @Test
  void withoutIdsTheRecordStillFindsARenamedPath() {
    ObjectNode existing = MergeRegenerationTest.generate(2);
    MergeRegenerationTest.editAfterV1(existing);
    CollectionMerge.Result withIds = MergeFixtures.merge(existing, MergeRegenerationTest.generate(3), false);
    dropIds(existing);
    CollectionMerge.Result withoutIds = MergeFixtures.merge(existing, MergeRegenerationTest.generate(3), false);
    assertEquals(withIds.summary().lines(), withoutIds.summary().lines());
    assertEquals(0, withoutIds.summary().count(MergeSummary.Change.ADDED));
    assertTrue(withoutIds.summary().lines().stream().anyMatch(l -> l.contains("updated    GET /inventory")
        && l.contains("your auth")), withoutIds.summary().lines().toString());
  }

  @Test
  void withoutIdsAndRecordRequestsAreMatchedByMethodAndPath() {
    ObjectNode existing = MergeRegenerationTest.generate(2);
    addScript(item(existing, "List pets"), "test", "pm.test('mine', () => {});");
    dropIds(existing);
    ArrayNode variables = (ArrayNode) existing.get("variable");
    variables.remove(variables.size() - 1);
    CollectionMerge.Result merged = MergeFixtures.merge(existing, MergeRegenerationTest.generate(2), false);
    assertEquals(0, merged.summary().count(MergeSummary.Change.ADDED));
    assertEquals(7, merged.summary().count(MergeSummary.Change.MATCHED));
    assertTrue(script(item(merged.collection(), "List pets"), "test").contains("pm.test('mine', () => {});"));
    assertTrue(merged.summary().lines().get(1).contains("no assist-codegen record"), merged.summary().lines().get(1));
  }

  @Test
  void aCopyOfAGeneratedRequestStaysTheUsers() {
    ObjectNode existing = MergeFixtures.generate(V1);
    ObjectNode copy = item(existing, "List pets").deepCopy();
    copy.put("id", "2b7f0d0e-8a51-4d7b-b3c4-0e1f2a3b4c5d");
    copy.put("name", "List pets (mine)");
    addScript(copy, "test", "pm.test('mine', () => {});");
    ((ArrayNode) item(existing, "pets").get("item")).insert(0, copy);
    CollectionMerge.Result merged = MergeFixtures.merge(existing, MergeRegenerationTest.generate(2), false);
    assertEquals(List.of("pets/List pets (mine)", "pets/List pets"), names(merged.collection()).subList(1, 3));
    assertTrue(script(item(merged.collection(), "List pets (mine)"), "test").contains("pm.test('mine', () => {});"));
    assertFalse(script(item(merged.collection(), "List pets"), "test").contains("pm.test('mine', () => {});"));
  }

  @Test
  void aRemovedRequestComesBackFromTheRemovedFolderWhenItsOperationReturns() {
    ObjectNode existing = MergeRegenerationTest.generate(2);
    addScript(item(existing, "Delete a pet"), "test", "pm.test('mine', () => {});");
    ObjectNode removed = MergeFixtures.merge(existing, MergeRegenerationTest.generate(3), false).collection();
    assertTrue(names(removed).contains(CollectionMerge.REMOVED_FOLDER + "/Delete a pet"), names(removed).toString());
    ObjectNode back = MergeFixtures.merge(removed, MergeRegenerationTest.generate(2), false).collection();
    assertTrue(names(back).contains("pets/Delete a pet"), names(back).toString());
    assertNull(MergeFixtures.find(back.path("item"), CollectionMerge.REMOVED_FOLDER));
    assertTrue(script(item(back, "Delete a pet"), "test").contains("pm.test('mine', () => {});"));
  }

  @Test
  void aGeneratedFolderNoLongerGeneratedKeepsOnlyTheUsersItems() throws IOException {
    ObjectNode existing = MergeFixtures.generate(V1);
    ((ArrayNode) item(existing, "store").get("item")).add(MergeFixtures.userRequest("u2", "Mine", "GET",
        "{{baseUrl}}/store/mine", "store", "mine"));
    Path retagged = variant(s -> s.replace("tags: [store]", "tags: [pets]"));
    CollectionMerge.Result merged = MergeFixtures.merge(existing, MergeFixtures.generate(retagged), false);
    assertEquals(List.of("store/Mine"), names(merged.collection()).stream().filter(n -> n.startsWith("store/")).toList());
    assertTrue(names(merged.collection()).contains("pets/Store inventory"));
  }

  @Test
  void summaryLinesHoldNoLineBreaksFromNames() {
    ObjectNode existing = MergeFixtures.generate(V1);
    ObjectNode mine = MergeFixtures.userRequest("u3", "two\nlines\u2028and a tab\t" + "x".repeat(300), "GET",
        "{{baseUrl}}/mine", "mine");
    ((ArrayNode) existing.get("item")).add(mine);
    List<String> lines = MergeFixtures.merge(existing, MergeFixtures.generate(V1), false).summary().lines();
    String line = lines.stream().filter(l -> l.contains("two lines")).findFirst().orElseThrow(() -> new AssertionError(lines));
    assertTrue(line.contains("\"two lines and a tab xxx") && line.endsWith("\u2026\" (GET /mine)"), line);
    assertTrue(lines.stream().noneMatch(l -> l.matches("(?s).*[\\p{Cntrl}\\u2028\\u2029].*")), lines.toString());
  }

  @Test
  void aRequestTheUserDeletedIsGeneratedAgainAndSaidSo() {
    ObjectNode existing = MergeFixtures.generate(V1);
    ((ArrayNode) item(existing, "ops").get("item")).remove(0);
    CollectionMerge.Result merged = MergeFixtures.merge(existing, MergeFixtures.generate(V1), false);
    assertTrue(names(merged.collection()).contains("ops/Health check"));
    assertTrue(merged.summary().lines().contains("  added      GET /health \"Health check\"; generated again: it was"
        + " generated last time and is not in the existing collection"), merged.summary().lines().toString());
  }

  @Test
  void aCollectionOfAnotherApiIsRefused() {
    ObjectNode other = MergeFixtures.generate(CASES.resolve("basic-petstore/openapi.yaml"));
    GenerationException e = assertThrows(GenerationException.class,
        () -> MergeFixtures.merge(other, MergeFixtures.generate(V1), false));
    assertEquals("existing.json: a collection of another API (\"Petstore Basic\", generated by assist-codegen),"
        + " not of \"Merge Petstore\"", e.getMessage());
    ObjectNode unrecorded = MergeFixtures.generate(CASES.resolve("json-bodies/openapi.yaml"));
    ArrayNode variables = (ArrayNode) unrecorded.get("variable");
    variables.remove(variables.size() - 1);
    int requests = MergeFixtures.requestCount(unrecorded);
    e = assertThrows(GenerationException.class, () -> MergeFixtures.merge(unrecorded, MergeFixtures.generate(V1), false));
    assertEquals("existing.json: not a collection of \"Merge Petstore\": none of its " + requests + " requests has the"
        + " method and path of an operation in the spec", e.getMessage());
  }

  @Test
  void onlyAPostmanCollectionV21IsAccepted() throws Exception {
    assertEquals("x.json: not a Postman collection (the top level is not a JSON object)", refusal("[]"));
    assertEquals("x.json: not a Postman collection (no \"info\" object and \"item\" list)", refusal("{\"openapi\":\"3.0.0\"}"));
    assertEquals("x.json: a Postman Collection v2.0 file; merging needs v2.1 (in Postman: Export, Collection v2.1)",
        refusal("{\"info\":{\"name\":\"x\",\"schema\":\"https://schema.getpostman.com/json/collection/v2.0.0/"
            + "collection.json\"},\"item\":[]}"));
    assertEquals("x.json: a Postman Collection v1 file; merging needs v2.1 (in Postman: Export, Collection v2.1)",
        refusal("{\"id\":\"1\",\"name\":\"x\",\"order\":[],\"requests\":[]}"));
    assertEquals("x.json: not a Postman collection: /item/0/item/1 is not an item (a JSON object)",
        refusal("{\"info\":{\"schema\":\"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\"},"
            + "\"item\":[{\"item\":[{},3]}]}"));
  }

  private static String refusal(String json) throws Exception {
    JsonNode node = dev.assistcodegen.postman.PostmanJson.MAPPER.readTree(json);
    return assertThrows(GenerationException.class, () -> ExistingCollection.check(node, "x.json")).getMessage();
  }

  @Test
  void readingNamesTheFileAndTheProblem() throws IOException {
    Path missing = dir.resolve("missing.json");
    assertEquals(missing + ": no such file (the collection to merge into)",
        assertThrows(GenerationException.class, () -> ExistingCollection.read(missing)).getMessage());
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\n  \"info\": {,\n}");
    String message = assertThrows(GenerationException.class, () -> ExistingCollection.read(broken)).getMessage();
    assertTrue(message.startsWith(broken + ":2:12: invalid JSON, not a Postman collection: "), message);
    Path empty = Files.writeString(dir.resolve("empty.json"), " \n");
    assertEquals(empty + ": the file is empty, not a Postman collection",
        assertThrows(GenerationException.class, () -> ExistingCollection.read(empty)).getMessage());
    assertEquals(dir + ": is a directory, not a Postman collection",
        assertThrows(GenerationException.class, () -> ExistingCollection.read(dir)).getMessage());
  }
}
