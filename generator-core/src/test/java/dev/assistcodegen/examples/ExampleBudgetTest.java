package dev.assistcodegen.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of a bounded example: required properties always, optional ones level by level (the
 * top level complete before anything deeper) within the budget, a repeated schema cut to its
 * required minimum, arrays with one item, and the spec's own examples used as written.
 */
class ExampleBudgetTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The example of {@code #/components/schemas/<name>} in a spec whose components are {@code schemaLines}. */
  private static ExampleValue example(ExampleBudget budget, String name, String... schemaLines) {
    String yaml = String.join("\n", "openapi: 3.0.3", "info: {title: Budget, version: '1'}", "paths: {}",
        "components:", "  schemas:") + "\n" + String.join("\n", schemaLines) + "\n";
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    OpenAPI api = new OpenAPIV3Parser().readContents(yaml, null, options).getOpenAPI();
    Schema<Object> ref = new Schema<>();
    ref.set$ref("#/components/schemas/" + name);
    return new ExampleFactory(new SchemaResolver(api.getComponents()), budget)
        .example(ref, ExampleFactory.Direction.REQUEST);
  }

  private static int length(JsonNode value) throws Exception {
    return JSON.writeValueAsString(value).length();
  }

  @Test
  void theTopLevelIsCompleteBeforeAnythingDeeper() throws Exception {
    // a wide nested object first in document order, then plain properties: depth-first filling would spend the
    // budget inside "details" and leave out "name" and "size"
    ExampleValue v = example(new ExampleBudget(4, 120), "Item",
        "    Item:",
        "      type: object",
        "      properties:",
        "        details: {$ref: '#/components/schemas/Details'}",
        "        name: {type: string}",
        "        size: {type: integer}",
        "    Details:",
        "      type: object",
        "      properties:",
        "        a: {type: string, example: aaaaaaaaaaaaaaaaaaaa}",
        "        b: {type: string, example: bbbbbbbbbbbbbbbbbbbb}",
        "        c: {type: string, example: cccccccccccccccccccc}",
        "        d: {type: string, example: dddddddddddddddddddd}",
        "        e: {type: string, example: eeeeeeeeeeeeeeeeeeee}");
    JsonNode value = v.value();
    assertEquals(List.of("details", "name", "size"), fieldNames(value), value.toString());
    assertTrue(value.get("details").size() > 0 && value.get("details").size() < 5,
        "level 2 is filled in document order while the budget lasts: " + value);
    assertEquals("aaaaaaaaaaaaaaaaaaaa", value.get("details").get("a").asText(), value.toString());
    assertTrue(length(value) <= 120, length(value) + " characters: " + value);
    assertTrue(v.shortened(), "properties were left out: the example says so");
  }

  @Test
  void optionalPropertiesStopAtTheLevelLimitAndTheExampleSaysSo() {
    ExampleValue v = example(new ExampleBudget(2, 100_000), "A",
        "    A: {type: object, properties: {b: {$ref: '#/components/schemas/B'}}}",
        "    B: {type: object, properties: {c: {$ref: '#/components/schemas/C'}}}",
        "    C: {type: object, properties: {d: {type: string}}}");
    assertEquals("{\"b\":{\"c\":{}}}", v.value().toString());
    assertTrue(v.shortened());
  }

  @Test
  void aRequiredObjectStillGetsItsOptionalPropertiesLevelByLevel() {
    // as in Stripe's error response: the only top-level property is required, everything below it optional
    ExampleValue v = example(ExampleBudget.DEFAULT, "Error",
        "    Error: {type: object, required: [error], properties: {error: {$ref: '#/components/schemas/Detail'}}}",
        "    Detail:",
        "      type: object",
        "      required: [type]",
        "      properties:",
        "        type: {type: string, example: api_error}",
        "        message: {type: string}",
        "        source: {type: object, properties: {name: {type: string}}}");
    assertEquals("{\"error\":{\"type\":\"api_error\",\"message\":\"string\",\"source\":{\"name\":\"string\"}}}",
        v.value().toString());
    assertFalse(v.shortened());
  }

  @Test
  void aCompleteExampleIsNotShortened() {
    ExampleValue v = example(ExampleBudget.DEFAULT, "A",
        "    A: {type: object, properties: {b: {type: string}, c: {type: object, properties: {d: {type: integer}}}}}");
    assertEquals("{\"b\":\"string\",\"c\":{\"d\":1}}", v.value().toString());
    assertFalse(v.shortened());
  }

  @Test
  void requiredPropertiesAreAlwaysThereWhateverTheBudget() throws Exception {
    // five required levels, each with a long required text, under a budget of 10 characters and one level
    StringBuilder schemas = new StringBuilder();
    for (int i = 1; i <= 5; i++) {
      schemas.append("    L").append(i).append(":\n      type: object\n      required: [text")
          .append(i < 5 ? ", next" : "").append("]\n      properties:\n")
          .append("        text: {type: string, example: level-").append(i).append("-").append("x".repeat(40)).append("}\n")
          .append("        extra: {type: string}\n");
      if (i < 5) {
        schemas.append("        next: {$ref: '#/components/schemas/L").append(i + 1).append("'}\n");
      }
    }
    ExampleValue v = example(new ExampleBudget(1, 10), "L1", schemas.toString().stripTrailing().split("\n"));
    JsonNode node = v.value();
    for (int i = 1; i <= 5; i++) {
      assertTrue(node.get("text").asText().startsWith("level-" + i), v.value().toString());
      assertFalse(node.has("extra"), "optional properties beyond the budget are left out: " + v.value());
      node = node.path("next");
    }
    assertTrue(v.shortened());
  }

  @Test
  void aSchemaAlreadyShownInFullIsCutToItsRequiredMinimum() {
    JsonNode value = example(ExampleBudget.DEFAULT, "Share",
        "    Share:",
        "      type: object",
        "      properties:",
        "        createdBy: {$ref: '#/components/schemas/Identity'}",
        "        modifiedBy: {$ref: '#/components/schemas/Identity'}",
        "    Identity:",
        "      type: object",
        "      required: [kind]",
        "      properties:",
        "        kind: {type: string, example: user}",
        "        displayName: {type: string}").value();
    assertEquals("{\"kind\":\"user\",\"displayName\":\"string\"}", value.get("createdBy").toString());
    assertEquals("{\"kind\":\"user\"}", value.get("modifiedBy").toString(), value.toString());
  }

  @Test
  void aSchemaOnTheCurrentPathIsCutToItsRequiredMinimum() {
    // navigation properties both ways, written as OData-derived specs write them (anyOf with a nullable object)
    JsonNode value = example(ExampleBudget.DEFAULT, "User",
        "    User:",
        "      type: object",
        "      required: ['@odata.type']",
        "      properties:",
        "        '@odata.type': {type: string, default: '#graph.user'}",
        "        name: {type: string}",
        "        manager:",
        "          anyOf:",
        "            - {$ref: '#/components/schemas/User'}",
        "            - {type: object, nullable: true}",
        "        reports: {type: array, items: {$ref: '#/components/schemas/User'}}",
        "        team: {$ref: '#/components/schemas/Team'}",
        "    Team:",
        "      type: object",
        "      properties:",
        "        title: {type: string}",
        "        members: {type: array, items: {$ref: '#/components/schemas/User'}}").value();
    assertEquals("{\"@odata.type\":\"#graph.user\"}", value.get("manager").toString(), value.toString());
    assertEquals("[{\"@odata.type\":\"#graph.user\"}]", value.get("reports").toString(),
        "a repeated collection has one item, its required minimum: " + value);
    assertEquals("{\"title\":\"string\",\"members\":[{\"@odata.type\":\"#graph.user\"}]}",
        value.get("team").toString(), value.toString());
  }

  @Test
  void anOptionalRepeatWhoseMinimumIsEmptyIsLeftOut() {
    JsonNode value = example(ExampleBudget.DEFAULT, "Node",
        "    Node: {type: object, properties: {name: {type: string}, parent: {$ref: '#/components/schemas/Node'}}}")
        .value();
    assertEquals("{\"name\":\"string\"}", value.toString());
  }

  @Test
  void arraysGetOneItemUnlessMinItemsAsksForMore() {
    JsonNode value = example(ExampleBudget.DEFAULT, "Lists",
        "    Lists:",
        "      type: object",
        "      properties:",
        "        tags: {type: array, items: {type: string}}",
        "        pair: {type: array, minItems: 2, uniqueItems: true, items: {type: string}}").value();
    assertEquals("[\"string\"]", value.get("tags").toString());
    assertEquals("[\"string\",\"string1\"]", value.get("pair").toString());
  }

  @Test
  void theSpecsOwnExamplesAreUsedAsWrittenEvenPastTheBudget() {
    String big = "x".repeat(500);
    ExampleValue v = example(new ExampleBudget(1, 50), "Doc",
        "    Doc:",
        "      type: object",
        "      example: {title: " + big + ", nested: {deeper: {deepest: 1}}}",
        "      properties:",
        "        title: {type: string}");
    assertEquals(big, v.value().get("title").asText());
    assertEquals(1, v.value().at("/nested/deeper/deepest").asInt(), v.value().toString());
    assertFalse(v.shortened(), "the spec's example is whole");
  }

  @Test
  void aBudgetNeedsALevelAndACharacter() {
    assertThrows(IllegalArgumentException.class, () -> new ExampleBudget(0, 100));
    assertThrows(IllegalArgumentException.class, () -> new ExampleBudget(1, 0));
  }

  private static List<String> fieldNames(JsonNode value) {
    List<String> names = new java.util.ArrayList<>();
    value.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
