package dev.assistcodegen.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An API as the generator sees it: what the loader made of an OpenAPI document. {@code schemas}: the
 * spec's component schemas as JSON Schema (draft-07) for checking responses, by name; the response
 * schemas refer to them with {@link #schemaRef}.
 */
public record ApiSpec(
    String title,
    String version,
    String description,
    List<Server> servers,
    Map<String, SecurityScheme> securitySchemes,
    List<Tag> tags,
    List<Operation> operations,
    List<String> notes,
    Map<String, JsonNode> schemas) {
  private static final String DEFINITIONS = "#/definitions/";

  /** An API with no component schemas. */
  public ApiSpec(String title, String version, String description, List<Server> servers,
      Map<String, SecurityScheme> securitySchemes, List<Tag> tags, List<Operation> operations, List<String> notes) {
    this(title, version, description, servers, securitySchemes, tags, operations, notes, Map.of());
  }

  public ApiSpec {
    Objects.requireNonNull(title, "title == null");
    version = version == null ? "" : version;
    description = description == null ? "" : description;
    servers = List.copyOf(Objects.requireNonNull(servers, "servers == null"));
    securitySchemes = Collections2.copyOfOrdered(Objects.requireNonNull(securitySchemes, "securitySchemes == null"));
    tags = List.copyOf(Objects.requireNonNull(tags, "tags == null"));
    operations = List.copyOf(Objects.requireNonNull(operations, "operations == null"));
    notes = List.copyOf(Objects.requireNonNull(notes, "notes == null"));
    schemas = Collections2.copyOfOrdered(Objects.requireNonNull(schemas, "schemas == null"));
  }

  /** The same API with other operations (for filters). */
  public ApiSpec withOperations(List<Operation> kept) {
    return new ApiSpec(title, version, description, servers, securitySchemes, tags, kept, notes, schemas);
  }

  /**
   * The reference to component schema {@code name}: {@code #/definitions/} and the name as a JSON pointer
   * token in a URI fragment (RFC 6901: {@code ~0}, {@code ~1}; every character but letters, digits and
   * {@code -._~} percent-encoded as UTF-8), which any JSON Schema validator resolves.
   */
  public static String schemaRef(String name) {
    StringBuilder out = new StringBuilder(DEFINITIONS);
    for (byte b : name.replace("~", "~0").replace("/", "~1").getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }

  /** The component name a {@link #schemaRef} (or a ref written the same way) points to; null for another ref. */
  public static String schemaName(String ref) {
    if (ref == null || !ref.startsWith(DEFINITIONS) || ref.indexOf('/', DEFINITIONS.length()) >= 0) {
      return null;
    }
    String token = ref.substring(DEFINITIONS.length());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c == '%' && i + 2 < token.length()
          && Character.digit(token.charAt(i + 1), 16) >= 0 && Character.digit(token.charAt(i + 2), 16) >= 0) {
        bytes.write(Character.digit(token.charAt(i + 1), 16) * 16 + Character.digit(token.charAt(i + 2), 16));
        i += 2;
      } else {
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    return bytes.toString(StandardCharsets.UTF_8).replace("~1", "/").replace("~0", "~");
  }
}
