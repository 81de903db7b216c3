package dev.assistcodegen.postman;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PostmanJsonTest {
  @Test
  void prettyBytesIsTheUtf8OfPrettyTextIncludingCharactersOutsideTheBmp() {
    ObjectNode node = PostmanJson.NODES.objectNode();
    node.put("emoji", "fix this \uD83E\uDEB2! and \uD83D\uDE80");
    node.put("accents", "caf\u00e9 \u4e2d\u6587");
    node.put("controls", "tab\tquote\"backslash\\newline\n\u0001");
    node.putArray("list").add(1).add("x");

    byte[] bytes = PostmanJson.prettyBytes(node);

    assertArrayEquals(PostmanJson.pretty(node).getBytes(StandardCharsets.UTF_8), bytes);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertEquals(true, text.contains("fix this \uD83E\uDEB2!"), text);
    assertEquals('\n', text.charAt(text.length() - 1));
  }
}
