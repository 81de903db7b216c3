package dev.assistcodegen.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.report.GenerationException;
import dev.assistcodegen.report.GeneratorLog;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.util.OpenAPIDeserializer;
import java.util.ArrayDeque;
import java.util.List;

/** Reads an OpenAPI 2.0, 3.0 or 3.1 document and turns it into our own {@link ApiSpec}. */
public final class SpecLoader {
  private SpecLoader() {}

  /** Loads the spec at {@code location} (file, URL, or null for the embedded Loome spec). */
  public static ApiSpec load(String location, GeneratorLog log) {
    return load(SpecSource.open(location), log);
  }

  public static ApiSpec load(SpecSource source, GeneratorLog log) {
    JsonNode root = SyntaxCheck.parse(source);
    String name = source.displayName();
    if (!root.isObject()) {
      throw new GenerationException(name + ": not an OpenAPI document (the top level is not a mapping)");
    }
    JsonNode openapi = root.get("openapi");
    JsonNode swagger = root.get("swagger");
    OpenAPI api;
    List<String> messages;
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(false);
    if (openapi != null) {
      String version = openapi.asText();
      if (!version.startsWith("3.0") && !version.startsWith("3.1")) {
        throw new GenerationException(name + ": unsupported OpenAPI version '" + version
            + "' (supported: 2.0, 3.0.x, 3.1.x)");
      }
      // a single-file spec: our syntax-checked tree is parsed as is, with no resolve pass, as local
      // component refs (parameters, request bodies, responses, examples, schemas) are followed by
      // ModelBuilder and SchemaResolver when used (resolving them up front cost GitHub's spec about
      // 0.3 s of CPU); references into other files or URLs need swagger-parser's resolver, which
      // only runs when it reads the location
      boolean external = !source.isEmbedded() && hasExternalRef(root);
      options.setResolve(external);
      SwaggerParseResult result = external
          ? new OpenAPIV3Parser().readLocation(source.location(), null, options)
          : parseTree(source.location(), root, options);
      api = result.getOpenAPI();
      messages = result.getMessages();
    } else if (swagger != null) {
      if (!"2.0".equals(swagger.asText())) {
        throw new GenerationException(name + ": unsupported Swagger version '" + swagger.asText()
            + "' (supported: 2.0, 3.0.x, 3.1.x)");
      }
      SwaggerParseResult result = source.isEmbedded()
          ? new OpenAPIParser().readContents(source.text(), null, options)
          : new OpenAPIParser().readLocation(source.location(), null, options);
      api = result.getOpenAPI();
      messages = result.getMessages();
    } else {
      throw new GenerationException(name + ": not an OpenAPI document (no 'openapi' or 'swagger' field at the top level)");
    }
    if (messages != null) {
      for (String message : messages) {
        log.debug(name + ": swagger-parser: " + message);
      }
    }
    if (api == null) {
      String first = messages == null || messages.isEmpty() ? "unknown parse error" : messages.get(0);
      throw new GenerationException(name + ": cannot be read as OpenAPI: " + first);
    }
    RefProblems.check(source, root, messages);
    root = null; // the tree is not needed past this point: let it go before our model is built (peak memory)
    ApiSpec spec = new ModelBuilder(api, source).build();
    // what was left out or renamed (webhooks, duplicate operationIds) is said here and in the collection
    spec.notes().forEach(note -> log.info(name + ": " + note));
    return spec;
  }

  /**
   * swagger-parser's {@code parseJsonNode} without resolving, less one step: its {@code deserialize} first copies
   * the whole tree into a {@code Map} that only JSON-schema parser extensions read (we register none); on
   * GitHub's spec that copy was live while the model was built (peak RSS about 6 MiB higher).
   */
  static SwaggerParseResult parseTree(String location, JsonNode root, ParseOptions options) {
    OpenAPIDeserializer.ParseResult notes = new OpenAPIDeserializer.ParseResult();
    notes.setOaiAuthor(options.isOaiAuthor());
    notes.setInferSchemaType(options.isInferSchemaType());
    notes.setAllowEmptyStrings(options.isAllowEmptyString());
    notes.setValidateInternalRefs(options.isValidateInternalRefs());
    notes.setExplicitStyleAndExplode(options.isExplicitStyleAndExplode());
    SwaggerParseResult result = new SwaggerParseResult();
    try {
      OpenAPI api = new OpenAPIDeserializer().parseRoot(root, notes, location);
      result.openapi31(notes.isOpenapi31());
      result.setOpenAPI(api);
      result.setMessages(notes.getMessages());
    } catch (RuntimeException e) {
      // as swagger-parser does: the failure becomes a message, the caller reports "cannot be read"
      result.setMessages(List.of(e.getMessage() == null || e.getMessage().isBlank()
          ? "Unexpected error deserialising spec" : e.getMessage()));
    }
    return result;
  }

  /** True when some {@code $ref} points outside this document (another file or a URL). */
  static boolean hasExternalRef(JsonNode root) {
    ArrayDeque<JsonNode> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      JsonNode node = todo.pop();
      if (node.isObject()) {
        JsonNode ref = node.get("$ref");
        if (ref != null && ref.isTextual() && !ref.asText().startsWith("#")) {
          return true;
        }
      }
      if (node.isContainerNode()) {
        node.elements().forEachRemaining(todo::push);
      }
    }
    return false;
  }
}
