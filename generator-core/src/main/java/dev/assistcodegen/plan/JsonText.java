package dev.assistcodegen.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * JSON text laid out as JavaScript's {@code JSON.stringify(value, null, indent)} lays it out, which is
 * how Postman writes the files it exports (indent: a tab) and the bodies it shows (two spaces): no
 * space before a colon, one after, {@code []} and {@code {}} when empty, {@code \u001b} in lower case.
 * A file a user exports from Postman then differs from ours only where the content differs.
 */
public final class JsonText {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter BODY = writer("  ");

  private JsonText() {}

  /** A writer of JSON in {@code JSON.stringify}'s layout with {@code indent} per level, without a final newline. */
  public static ObjectWriter writer(String indent) {
    DefaultIndenter indenter = new DefaultIndenter(indent, "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators).withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    return MAPPER.writer(printer).without(JsonWriteFeature.WRITE_HEX_UPPER_CASE);
  }

  /** A request or response body: two spaces per level, as Postman's converter and its Beautify write them. */
  public static String body(JsonNode node) {
    try {
      return BODY.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize JSON", e);
    }
  }
}
