package dev.assistcodegen.postman;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.assistcodegen.plan.JsonText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The one place collections and environments are serialized, as the Postman app exports them
 * ({@code JSON.stringify(value, null, "\t")}, see {@link JsonText}): a tab per level, "\n" line ends on
 * every OS, UTF-8, no newline after the closing brace.
 */
public final class PostmanJson {
  public static final ObjectMapper MAPPER = new ObjectMapper();
  public static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final ObjectWriter PRETTY;

  static {
    // writing bytes directly: keep characters outside the BMP (emoji) as UTF-8, as the String path did
    PRETTY = JsonText.writer("\t").with(JsonGenerator.Feature.COMBINE_UNICODE_SURROGATES_IN_UTF8);
  }

  private PostmanJson() {}

  /** The file's text. */
  public static String pretty(JsonNode node) {
    try {
      return PRETTY.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize JSON", e);
    }
  }

  /** The same text as {@link #pretty} as UTF-8, written straight to bytes (no large String on the way). */
  public static byte[] prettyBytes(JsonNode node) {
    try (ByteArrayBuilder out = prettySegments(node)) {
      return out.toByteArray();
    }
  }

  /**
   * The bytes of {@link #prettyBytes} still in Jackson's segmented buffer (no doubling-and-copying
   * of a buffer the size of the file): a caller can let go of a large tree before
   * {@code toByteArray()} copies the segments into one array.
   */
  public static ByteArrayBuilder prettySegments(JsonNode node) {
    ByteArrayBuilder out = new ByteArrayBuilder();
    try {
      PRETTY.writeValue(out, node);
      return out;
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialize JSON", e);
    }
  }
}
