package dev.assistcodegen.postman;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assistcodegen.plan.RequestExample;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text from a spec must not become a Postman variable reference. */
class PostmanTextTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void jsonBodiesKeepTheirValueButLoseEveryDoubleBrace() throws Exception {
    String json = "{\n  \"{{clientSecret}}\": \"a {{baseUrl}} b {{{x}}}\",\n  \"empty\": {},\n  \"n\": [\n    {\n"
        + "      \"k\": \"{{\"\n    }\n  ]\n}";
    String inert = PostmanText.inertJson(json);
    assertFalse(inert.contains("{{"), inert);
    assertEquals(JSON.readTree(json), JSON.readTree(inert));
    assertEquals("{\"a\":1}", PostmanText.inertJson("{\"a\":1}"));
  }

  @Test
  void headersFormFieldsAndRawBodiesWithAReferenceAreReported() {
    RequestExample.NameValue plain = new RequestExample.NameValue("X-Plain", "{ {not} }", "", true);
    RequestExample.NameValue secret = new RequestExample.NameValue("X-Leak", "{{clientSecret}}", "", true);
    RequestExample example = new RequestExample("GET", List.of(), List.of(), List.of(), List.of(plain, secret),
        RequestExample.Body.none());
    List<String> warnings = PostmanText.unavoidableReferences("GET /x", example);
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).startsWith("GET /x: the header 'X-Leak' of the example holds {{clientSecret}}"),
        warnings.get(0));
  }
}
