package dev.assistcodegen.reference;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * JSON for a {@code <script type="application/json">} block: {@code <}, {@code >} and {@code &} are
 * written as Unicode escapes (so no {@code </script>} or {@code <!--} can end or change the block), and so
 * are U+2028 and U+2029 (line terminators to older JavaScript parsers). The page reads it with
 * {@code JSON.parse(element.textContent)}, which gives back every string exactly.
 */
final class ScriptJson {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  /** The escapes: JSON's own, plus the five characters above (Jackson asks for every character past ASCII). */
  private static final CharacterEscapes ESCAPES = new CharacterEscapes() {
    private final int[] ascii = standardAsciiEscapesForJSON();

    {
      ascii['<'] = ESCAPE_STANDARD;
      ascii['>'] = ESCAPE_STANDARD;
      ascii['&'] = ESCAPE_STANDARD;
    }

    private final SerializableString lineSeparator = new SerializedString("\\u2028");
    private final SerializableString paragraphSeparator = new SerializedString("\\u2029");

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ch == '\u2028' ? lineSeparator : ch == '\u2029' ? paragraphSeparator : null;
    }
  };

  private ScriptJson() {}

  /** A generator writing such JSON to {@code out}. */
  static JsonGenerator generator(Writer out) throws IOException {
    return FACTORY.createGenerator(out).setCharacterEscapes(ESCAPES);
  }

  /** {@code data} as such JSON. */
  static String of(JsonNode data) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = generator(out)) {
      MAPPER.writeTree(json, data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
