package dev.assistcodegen.postman;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistcodegen.plan.JsonText;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Collections and environments read as the Postman app exports them; bodies as Postman's converter writes them. */
class PostmanJsonTest {
  private static ObjectNode sample() {
    ObjectNode node = PostmanJson.NODES.objectNode();
    node.put("name", "x");
    node.putArray("empty");
    node.putObject("none");
    node.putArray("list").add(1).add("x").addObject().put("key", "k");
    node.put("controls", "tab\tquote\"backslash\\newline\n\u0001\u001b");
    return node;
  }

  @Test
  void filesAreLaidOutAsPostmanExportsThem() {
    assertEquals(String.join("\n",
        "{",
        "\t\"name\": \"x\",",
        "\t\"empty\": [],",
        "\t\"none\": {},",
        "\t\"list\": [",
        "\t\t1,",
        "\t\t\"x\",",
        "\t\t{",
        "\t\t\t\"key\": \"k\"",
        "\t\t}",
        "\t],",
        "\t\"controls\": \"tab\\tquote\\\"backslash\\\\newline\\n\\u0001\\u001b\"",
        "}"), PostmanJson.pretty(sample()));
  }

  @Test
  void bodiesHaveTwoSpacesAndNoSpaceBeforeAColon() {
    assertEquals("{\n  \"name\": \"x\",\n  \"empty\": [],\n  \"none\": {},\n  \"list\": [\n    1,\n    \"x\",\n"
        + "    {\n      \"key\": \"k\"\n    }\n  ],\n  \"controls\": \"tab\\tquote\\\"backslash\\\\newline\\n\\u0001\\u001b\"\n}",
        JsonText.body(sample()));
  }

  @Test
  void prettyBytesIsTheUtf8OfPrettyTextIncludingCharactersOutsideTheBmp() {
    ObjectNode node = sample();
    node.put("emoji", "fix this \uD83E\uDEB2! and \uD83D\uDE80");
    node.put("accents", "caf\u00e9 \u4e2d\u6587");

    byte[] bytes = PostmanJson.prettyBytes(node);

    assertArrayEquals(PostmanJson.pretty(node).getBytes(StandardCharsets.UTF_8), bytes);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertEquals(true, text.contains("fix this \uD83E\uDEB2!"), text);
    assertEquals('}', text.charAt(text.length() - 1), "no newline after the last brace, as in Postman's exports");
  }
}
