package dev.assistcodegen.postman;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistcodegen.plan.SchemePlan;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GenerationRecordTest {
  private static JsonNode json(String text) throws Exception {
    return PostmanJson.MAPPER.readTree(text);
  }

  @Test
  void requestKeyIsMethodAndPathWithoutTheHost() throws Exception {
    assertEquals("GET /pets/:petId", GenerationRecord.requestKey(json(
        "{\"method\":\"get\",\"url\":{\"raw\":\"{{baseUrl}}/pets/:petId?x=1\",\"host\":[\"{{baseUrl}}\"],"
            + "\"path\":[\"pets\",\":petId\"]}}")));
    assertEquals("GET /pets/:petId", GenerationRecord.requestKey(json(
        "{\"method\":\"GET\",\"url\":\"{{baseUrl_2}}/pets/:petId?x=1#f\"}")), "a URL given as a string");
    assertEquals("POST /a/", GenerationRecord.requestKey(json(
        "{\"method\":\"POST\",\"url\":{\"raw\":\"https://h.example/a/\"}}")), "raw only, with a scheme and host");
    assertEquals("GET /", GenerationRecord.requestKey(json("{\"method\":\"GET\",\"url\":{\"raw\":\"{{baseUrl}}\"}}")));
    assertEquals("GET /", GenerationRecord.requestKey(json("{\"method\":\"GET\",\"url\":{\"path\":[\"\"]}}")),
        "the SDK's form of the root path");
    assertEquals("GET /pets", GenerationRecord.requestKey(json("\"https://h.example/pets?x=1\"")),
        "a request given as its URL");
  }

  @Test
  void descriptionTextReadsPostmansObjectForm() throws Exception {
    assertEquals("a\nb", GenerationRecord.text(json("{\"content\":\"a\\r\\nb\",\"type\":\"text/plain\"}")));
    assertEquals("a", GenerationRecord.text(json("\"a\"")));
    assertEquals("", GenerationRecord.text(null));
  }

  @Test
  void authMarkIgnoresOrderAndTypesOfParameters() throws Exception {
    String a = GenerationRecord.authMark(json("{\"type\":\"apikey\",\"apikey\":[{\"key\":\"key\",\"value\":\"X\","
        + "\"type\":\"string\"},{\"key\":\"in\",\"value\":\"header\",\"type\":\"string\"}]}"));
    String b = GenerationRecord.authMark(json("{\"type\":\"apikey\",\"apikey\":[{\"key\":\"in\",\"value\":\"header\"},"
        + "{\"type\":\"any\",\"value\":\"X\",\"key\":\"key\"}]}"));
    assertEquals(a, b);
    assertNotEquals(a, GenerationRecord.authMark(json("{\"type\":\"apikey\",\"apikey\":[{\"key\":\"key\",\"value\":\"Y\"},"
        + "{\"key\":\"in\",\"value\":\"header\"}]}")));
    assertEquals(GenerationRecord.authMark(json("{\"type\":\"noauth\"}")),
        GenerationRecord.authMark(json("{\"type\":\"noauth\",\"noauth\":[]}")));
    assertEquals(GenerationRecord.authMark(null), GenerationRecord.authMark(json("null")), "absent and null inherit");
  }

  @Test
  void writesAndReadsBackWhatTheCollectionHolds() throws Exception {
    ObjectNode collection = (ObjectNode) json("{\"info\":{\"name\":\"A\",\"description\":\"About A\"},\"item\":["
        + "{\"id\":\"f1\",\"name\":\"pets\",\"item\":[{\"id\":\"r1\",\"name\":\"List\",\"request\":{\"method\":\"GET\","
        + "\"url\":{\"path\":[\"pets\"]},\"description\":\"Lists\"},\"response\":[{\"name\":\"200 OK\",\"code\":200,"
        + "\"body\":\"[]\"}]}]}],\"variable\":[{\"key\":\"baseUrl\",\"value\":\"https://x\"},"
        + "{\"key\":\"clientSecret\",\"value\":\"\"}]}");
    GenerationRecord.of(collection, "A", Set.of("clientSecret")).writeTo(collection);
    GenerationRecord read = GenerationRecord.read(collection).orElseThrow();
    assertEquals("A", read.api());
    assertEquals("GET /pets", read.requests().get("r1").key());
    assertEquals(read.requests().get("r1"), read.requestByKey("GET /pets"));
    assertTrue(read.requests().get("r1").description().matches("Lists"));
    assertEquals(GenerationRecord.responseContent(json("{\"code\":200,\"body\":\"[]\"}")),
        read.requests().get("r1").responses().get(Fingerprints.of("200 OK")));
    assertTrue(read.folder("pets").description().matches(""));
    assertTrue(read.collection().description().matches("About A"));
    assertEquals(GenerationRecord.SECRET, read.variable("clientSecret"));
    assertEquals(GenerationRecord.valueMark(json("\"https://x\"")), read.variable("baseUrl"));
    assertEquals(GenerationRecord.VARIABLE, collection.at("/variable/2/key").asText(), "the record is the last variable");
  }

  @Test
  void namesFromTheSpecOfAnyLengthAreRecorded() throws Exception {
    String longName = "folder ".repeat(20_000);
    ObjectNode collection = PostmanJson.NODES.objectNode();
    collection.putObject("info").put("name", "A");
    collection.putArray("item").addObject().put("id", "f").put("name", longName).putArray("item");
    collection.putArray("variable").addObject().put("key", longName).put("value", "v");
    GenerationRecord.of(collection, "A", Set.of()).writeTo(collection);
    GenerationRecord read = GenerationRecord.read(collection).orElseThrow();
    assertTrue(read.folder(longName).description().matches(""));
    assertEquals(GenerationRecord.valueMark(json("\"v\"")), read.variable(longName));
  }

  @Test
  void aSchemeNamedLikeTheRecordGetsAVariableOfItsOwn() {
    assertEquals(GenerationRecord.VARIABLE + "Auth", SchemePlan.variablePrefix("assist-codegen"));
  }

  @Test
  void anUnreadableRecordIsNoRecord() throws Exception {
    assertTrue(GenerationRecord.read(json("{\"variable\":[{\"key\":\"assistCodegen\",\"value\":\"{not json\"}]}"))
        .isEmpty());
    assertTrue(GenerationRecord.read(json("{\"variable\":[{\"key\":\"assistCodegen\",\"value\":\"{\\\"format\\\":9}\"}]}"))
        .isEmpty(), "a future format is not guessed at");
    assertTrue(GenerationRecord.read(json("{\"item\":[]}")).isEmpty());
  }
}
