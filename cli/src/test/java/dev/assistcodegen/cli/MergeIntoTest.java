package dev.assistcodegen.cli;

import static dev.assistcodegen.cli.BadInputTest.assertFailure;
import static dev.assistcodegen.cli.BadInputTest.assertSame;
import static dev.assistcodegen.cli.BadInputTest.run;
import static dev.assistcodegen.cli.BadInputTest.snapshot;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistcodegen.cli.BadInputTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate --merge-into}: the user's work carried over, the summary on stdout, bad input refused. */
class MergeIntoTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String V1 = """
      openapi: 3.0.3
      info: {title: Merge CLI, version: '1'}
      paths:
        /ping:
          get:
            operationId: ping
            responses: {'200': {description: ok}}
        /gone:
          get:
            operationId: gone
            responses: {'200': {description: ok}}
      """;
  private static final String V2 = V1.replace("""
        /gone:
          get:
            operationId: gone
            responses: {'200': {description: ok}}
      """, """
        /pong:
          post:
            operationId: pong
            responses: {'201': {description: made}}
      """);

  @TempDir
  Path tmp;
  Path out;
  Path collection;

  @BeforeEach
  void generateAndEdit() throws IOException {
    out = tmp.resolve("out");
    Run r = run("generate", "--spec", Files.writeString(tmp.resolve("v1.yaml"), V1).toString(), "--out",
        out.toString(), "--language", "none");
    assertEquals(0, r.exit(), r.stderr());
    collection = out.resolve("merge-cli.postman_collection.json");
    ObjectNode c = (ObjectNode) JSON.readTree(collection.toFile());
    // untagged: the request sits in the folder of its path, "Ping"
    ObjectNode ping = (ObjectNode) c.get("item").get(0).get("item").get(0);
    ObjectNode event = ping.putArray("event").addObject();
    event.put("listen", "test");
    event.putObject("script").putArray("exec").add("pm.test('mine', () => {});");
    ((ArrayNode) c.get("variable")).insert(0, JSON.createObjectNode().put("key", "mine").put("value", "1"));
    Files.writeString(collection, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(c));
  }

  @Test
  void mergesIntoTheCollectionInTheOutputDirectory() throws IOException {
    Path v2 = Files.writeString(tmp.resolve("v2.yaml"), V2);
    Run r = run("generate", "--spec", v2.toString(), "--out", out.toString(), "--language", "none",
        "--merge-into", collection.toString());
    assertEquals(0, r.exit(), r.stderr());
    assertTrue(r.stdout().startsWith("Merged with " + collection + ": 1 added, 0 updated, 1 unchanged, 1 removed"),
        r.stdout());
    assertTrue(r.stdout().contains("  unchanged  GET /ping \"Ping\": kept your test script"), r.stdout());
    assertTrue(r.stdout().contains("  removed    GET /gone \"Gone\": moved to \"Removed from the spec\""), r.stdout());
    JsonNode merged = JSON.readTree(collection.toFile());
    assertTrue(merged.toString().contains("pm.test('mine', () => {});"));
    assertTrue(merged.toString().contains("\"key\":\"mine\""));
    assertTrue(merged.toString().contains("Removed from the spec"));
  }

  @Test
  void pruneDeletesTheRemovedRequestsAndTheFileMergedIntoIsNeverWritten() throws IOException {
    Path existing = Files.copy(collection, tmp.resolve("mine.postman_collection.json"));
    byte[] before = Files.readAllBytes(existing);
    Path v2 = Files.writeString(tmp.resolve("v2.yaml"), V2);
    Run r = run("generate", "--spec", v2.toString(), "--out", out.toString(), "--language", "none",
        "--merge-into", existing.toString(), "--prune");
    assertEquals(0, r.exit(), r.stderr());
    assertTrue(r.stdout().contains("  pruned     GET /gone \"Gone\": deleted"), r.stdout());
    assertFalse(Files.readString(collection).contains("Removed from the spec"));
    assertArrayEquals(before, Files.readAllBytes(existing));
  }

  @Test
  void aFileThatIsNotACollectionIsRefusedAndNothingIsWritten() throws IOException {
    refused("[1, 2]", "{file}: not a Postman collection (the top level is not a JSON object)");
    refused("{\"info\": {,}", "{file}:1:11: invalid JSON, not a Postman collection: Unexpected character (',' (code 44)):"
        + " was expecting double-quote to start field name");
    refused("{\"info\": {\"name\": \"x\", \"schema\": \"https://schema.getpostman.com/json/collection/v2.0.0/"
        + "collection.json\"}, \"item\": []}",
        "{file}: a Postman Collection v2.0 file; merging needs v2.1 (in Postman: Export, Collection v2.1)");
  }

  @Test
  void aCollectionOfAnotherApiIsRefusedAndNothingIsWritten() throws IOException {
    Path other = tmp.resolve("other-out");
    Run r = run("generate", "--spec", Files.writeString(tmp.resolve("other.yaml"), V1.replace("Merge CLI", "Other"))
        .toString(), "--out", other.toString(), "--language", "none");
    assertEquals(0, r.exit(), r.stderr());
    refused(Files.readString(other.resolve("other.postman_collection.json")),
        "{file}: a collection of another API (\"Other\", generated by assist-codegen), not of \"Merge CLI\"");
  }

  @Test
  void aMissingFileIsRefused() throws IOException {
    Map<String, byte[]> before = snapshot(out);
    Path missing = tmp.resolve("missing.json");
    assertFailure(run("generate", "--spec", tmp.resolve("v1.yaml").toString(), "--out", out.toString(),
        "--merge-into", missing.toString()), "error: " + missing + ": no such file (the collection to merge into)");
    assertSame(before, snapshot(out));
  }

  private void refused(String content, String expected) throws IOException {
    Map<String, byte[]> before = snapshot(out);
    Path file = Files.writeString(tmp.resolve("existing.json"), content);
    Run r = run("generate", "--spec", tmp.resolve("v1.yaml").toString(), "--out", out.toString(), "--language", "none",
        "--merge-into", file.toString());
    assertFailure(r, "error: " + expected.replace("{file}", file.toString()));
    assertSame(before, snapshot(out));
  }
}
