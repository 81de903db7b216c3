package dev.assistcodegen.postman;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Validates a document against the official Postman Collection v2.1.0 JSON schema (bundled). */
public final class CollectionValidator {
  private static final String SCHEMA = "/dev/assistcodegen/postman/collection-v2.1.0.schema.json";
  private static volatile JsonSchema schema;

  private CollectionValidator() {}

  /** Problems found, each as "JSON path: message"; empty when the collection is valid. */
  public static List<String> validate(JsonNode collection) {
    Set<ValidationMessage> messages = schema().validate(collection);
    List<String> out = new ArrayList<>();
    messages.stream()
        .sorted(Comparator.comparing((ValidationMessage m) -> String.valueOf(m.getInstanceLocation()))
            .thenComparing(ValidationMessage::getMessage))
        .forEach(m -> out.add(m.getInstanceLocation() + ": " + m.getMessage()));
    return out;
  }

  private static JsonSchema schema() {
    JsonSchema s = schema;
    if (s == null) {
      synchronized (CollectionValidator.class) {
        s = schema;
        if (s == null) {
          try (InputStream in = CollectionValidator.class.getResourceAsStream(SCHEMA)) {
            if (in == null) {
              throw new IllegalStateException("bundled Postman schema missing: " + SCHEMA);
            }
            JsonNode node = PostmanJson.MAPPER.readTree(in);
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().build();
            s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(node, config);
            schema = s;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    }
    return s;
  }
}
