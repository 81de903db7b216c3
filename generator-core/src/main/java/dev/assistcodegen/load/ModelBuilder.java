package dev.assistcodegen.load;

import static dev.assistcodegen.examples.JsonValues.NODES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assistcodegen.examples.ExampleValue;
import dev.assistcodegen.examples.ExampleFactory;
import dev.assistcodegen.examples.FileContent;
import dev.assistcodegen.examples.FormFields;
import dev.assistcodegen.examples.JsonValues;
import dev.assistcodegen.examples.SchemaResolver;
import dev.assistcodegen.examples.SchemaTypes;
import dev.assistcodegen.examples.XmlBodies;
import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.model.FormField;
import dev.assistcodegen.model.MediaTypes;
import dev.assistcodegen.model.Operation;
import dev.assistcodegen.model.Parameter;
import dev.assistcodegen.model.RequestBody;
import dev.assistcodegen.model.Response;
import dev.assistcodegen.model.SecurityRequirement;
import dev.assistcodegen.model.SecurityScheme;
import dev.assistcodegen.model.Server;
import dev.assistcodegen.model.ServerVariable;
import dev.assistcodegen.model.Tag;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Encoding;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Turns swagger-parser's {@link OpenAPI} into our immutable {@link ApiSpec}. */
final class ModelBuilder {
  private final OpenAPI api;
  private final SpecSource source;
  private final Components components;
  private final SchemaResolver schemas;
  private final ExampleFactory examples;
  private final ResponseSchemas responseSchemas;
  private final Map<String, Integer> operationIds = new HashMap<>();
  private final List<String> notes = new ArrayList<>();

  ModelBuilder(OpenAPI api, SpecSource source) {
    this.api = api;
    this.source = source;
    this.components = api.getComponents() == null ? new Components() : api.getComponents();
    this.schemas = new SchemaResolver(components);
    this.examples = new ExampleFactory(schemas);
    this.responseSchemas = new ResponseSchemas(api, components.getSchemas());
  }

  ApiSpec build() {
    String title = api.getInfo() == null || api.getInfo().getTitle() == null || api.getInfo().getTitle().isBlank()
        ? "API" : api.getInfo().getTitle().strip();
    String version = api.getInfo() == null ? "" : api.getInfo().getVersion();
    String description = api.getInfo() == null ? "" : api.getInfo().getDescription();
    if (api.getWebhooks() != null && !api.getWebhooks().isEmpty()) {
      List<String> names = api.getWebhooks().keySet().stream().limit(10).toList();
      notes.add("The spec's " + api.getWebhooks().size() + " webhook(s) (" + String.join(", ", names)
          + (api.getWebhooks().size() > names.size() ? ", ..." : "")
          + ") are requests the API sends, not ones a caller makes: they are left out.");
    }
    Map<String, SecurityScheme> schemes = securitySchemes();
    List<Operation> operations = operations();
    return new ApiSpec(title, version, description, servers(api.getServers()), schemes, tags(), operations, notes,
        responseSchemas.components());
  }

  private List<Server> servers(List<io.swagger.v3.oas.models.servers.Server> servers) {
    List<Server> out = new ArrayList<>();
    if (servers == null) {
      return out;
    }
    for (io.swagger.v3.oas.models.servers.Server s : servers) {
      if (s.getUrl() == null) {
        continue;
      }
      List<ServerVariable> variables = new ArrayList<>();
      if (s.getVariables() != null) {
        s.getVariables().forEach((name, v) -> variables.add(new ServerVariable(
            name, v.getDefault(), v.getEnum() == null ? List.of() : v.getEnum(), v.getDescription())));
      }
      Object tokenUrl = s.getExtensions() == null ? null : s.getExtensions().get("x-token-url");
      out.add(new Server(s.getUrl(), s.getDescription(), variables, tokenUrl == null ? null : tokenUrl.toString()));
    }
    return out;
  }

  private List<Tag> tags() {
    List<Tag> out = new ArrayList<>();
    if (api.getTags() != null) {
      api.getTags().forEach(t -> {
        if (t.getName() != null) {
          out.add(new Tag(t.getName(), t.getDescription()));
        }
      });
    }
    return out;
  }

  private Map<String, SecurityScheme> securitySchemes() {
    Map<String, SecurityScheme> out = new LinkedHashMap<>();
    if (components.getSecuritySchemes() == null) {
      return out;
    }
    components.getSecuritySchemes().forEach((name, s) -> {
      if (s == null || s.getType() == null) {
        return;
      }
      SecurityScheme.Type type = switch (s.getType()) {
        case APIKEY -> SecurityScheme.Type.API_KEY;
        case HTTP -> SecurityScheme.Type.HTTP;
        case OAUTH2 -> SecurityScheme.Type.OAUTH2;
        case OPENIDCONNECT -> SecurityScheme.Type.OPEN_ID_CONNECT;
        case MUTUALTLS -> SecurityScheme.Type.MUTUAL_TLS;
      };
      out.put(name, new SecurityScheme(name, type, s.getDescription(), s.getName(),
          s.getIn() == null ? null : s.getIn().toString(),
          s.getScheme() == null ? null : s.getScheme().toLowerCase(Locale.ROOT),
          s.getBearerFormat(), flows(s.getFlows()), s.getOpenIdConnectUrl()));
    });
    return out;
  }

  private static List<SecurityScheme.OAuthFlow> flows(OAuthFlows flows) {
    List<SecurityScheme.OAuthFlow> out = new ArrayList<>();
    if (flows == null) {
      return out;
    }
    addFlow(out, SecurityScheme.OAuthFlow.Kind.CLIENT_CREDENTIALS, flows.getClientCredentials());
    addFlow(out, SecurityScheme.OAuthFlow.Kind.AUTHORIZATION_CODE, flows.getAuthorizationCode());
    addFlow(out, SecurityScheme.OAuthFlow.Kind.IMPLICIT, flows.getImplicit());
    addFlow(out, SecurityScheme.OAuthFlow.Kind.PASSWORD, flows.getPassword());
    return out;
  }

  private static void addFlow(List<SecurityScheme.OAuthFlow> out, SecurityScheme.OAuthFlow.Kind kind, OAuthFlow f) {
    if (f == null) {
      return;
    }
    Map<String, String> scopes = new LinkedHashMap<>();
    if (f.getScopes() != null) {
      f.getScopes().forEach((k, v) -> scopes.put(k, v == null ? "" : v));
    }
    Object tokenScope = f.getExtensions() == null ? null : f.getExtensions().get("x-token-scope");
    out.add(new SecurityScheme.OAuthFlow(kind, f.getAuthorizationUrl(), f.getTokenUrl(), f.getRefreshUrl(), scopes,
        tokenScope == null ? null : tokenScope.toString()));
  }

  private List<Operation> operations() {
    List<Operation> out = new ArrayList<>();
    if (api.getPaths() == null) {
      return out;
    }
    List<SecurityRequirement> defaultSecurity = security(api.getSecurity());
    api.getPaths().forEach((path, item) -> {
      if (item == null) {
        return;
      }
      item.readOperationsMap().forEach((method, op) -> {
        String where = method.name().toLowerCase(Locale.ROOT) + " " + path;
        List<Parameter> parameters = parameters(item.getParameters(), op.getParameters(), where);
        List<SecurityRequirement> security = op.getSecurity() == null ? defaultSecurity : security(op.getSecurity());
        out.add(new Operation(
            operationId(op.getOperationId(), method, path),
            method.name(),
            path,
            op.getSummary(),
            op.getDescription(),
            op.getTags() == null ? List.of() : op.getTags().stream().filter(t -> t != null && !t.isBlank()).toList(),
            Boolean.TRUE.equals(op.getDeprecated()),
            parameters,
            requestBody(op.getRequestBody(), where),
            responses(op.getResponses(), where),
            security,
            // per-operation servers win over per-path ones; empty means the document's servers
            servers(op.getServers() != null && !op.getServers().isEmpty() ? op.getServers() : item.getServers())));
      });
    });
    return out;
  }

  private String operationId(String declared, PathItem.HttpMethod method, String path) {
    String base = declared != null && !declared.isBlank() ? declared.strip() : derivedId(method, path);
    int seen = operationIds.merge(base, 1, Integer::sum);
    if (seen > 1) {
      notes.add("operationId '" + base + "' is used more than once; later uses are renamed '" + base + "_" + seen + "'.");
      return base + "_" + seen;
    }
    return base;
  }

  private static String derivedId(PathItem.HttpMethod method, String path) {
    StringBuilder id = new StringBuilder(method.name().toLowerCase(Locale.ROOT));
    for (String word : path.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return id.toString();
  }

  private static List<SecurityRequirement> security(List<io.swagger.v3.oas.models.security.SecurityRequirement> reqs) {
    List<SecurityRequirement> out = new ArrayList<>();
    if (reqs == null) {
      return out;
    }
    for (io.swagger.v3.oas.models.security.SecurityRequirement r : reqs) {
      List<SecurityRequirement.SchemeUse> uses = new ArrayList<>();
      r.forEach((scheme, scopes) -> uses.add(new SecurityRequirement.SchemeUse(scheme, scopes == null ? List.of() : scopes)));
      out.add(new SecurityRequirement(uses));
    }
    // "security: [{}]" alone means no authentication: represent it as an empty list
    if (out.size() == 1 && out.get(0).isAnonymous()) {
      return List.of();
    }
    return out;
  }

  private List<Parameter> parameters(List<io.swagger.v3.oas.models.parameters.Parameter> shared,
      List<io.swagger.v3.oas.models.parameters.Parameter> own, String where) {
    Map<String, io.swagger.v3.oas.models.parameters.Parameter> merged = new LinkedHashMap<>();
    for (List<io.swagger.v3.oas.models.parameters.Parameter> list : Arrays.asList(shared, own)) {
      if (list == null) {
        continue;
      }
      for (io.swagger.v3.oas.models.parameters.Parameter p : list) {
        io.swagger.v3.oas.models.parameters.Parameter resolved = resolveParameter(p, where);
        if (resolved == null || resolved.getName() == null || resolved.getIn() == null) {
          continue;
        }
        merged.put(resolved.getIn() + ":" + resolved.getName(), resolved);
      }
    }
    List<Parameter> out = new ArrayList<>();
    for (io.swagger.v3.oas.models.parameters.Parameter p : merged.values()) {
      Parameter.Location in = switch (p.getIn().toLowerCase(Locale.ROOT)) {
        case "path" -> Parameter.Location.PATH;
        case "header" -> Parameter.Location.HEADER;
        case "cookie" -> Parameter.Location.COOKIE;
        default -> Parameter.Location.QUERY;
      };
      String style = p.getStyle() != null ? p.getStyle().toString()
          : (in == Parameter.Location.QUERY || in == Parameter.Location.COOKIE ? "form" : "simple");
      boolean explode = p.getExplode() != null ? p.getExplode() : "form".equals(style);
      out.add(new Parameter(p.getName(), in, p.getDescription(),
          in == Parameter.Location.PATH || Boolean.TRUE.equals(p.getRequired()),
          Boolean.TRUE.equals(p.getDeprecated()), parameterExample(p, where), style, explode));
    }
    return out;
  }

  private io.swagger.v3.oas.models.parameters.Parameter resolveParameter(
      io.swagger.v3.oas.models.parameters.Parameter p, String where) {
    return follow(p, io.swagger.v3.oas.models.parameters.Parameter::get$ref, components.getParameters(), where);
  }

  private JsonNode parameterExample(io.swagger.v3.oas.models.parameters.Parameter p, String where) {
    if (p.getExample() != null) {
      return JsonValues.toJson(p.getExample());
    }
    JsonNode named = firstExample(p.getExamples());
    if (named != null) {
      return named;
    }
    Schema<?> schema = p.getSchema();
    if (schema == null && p.getContent() != null && !p.getContent().isEmpty()) {
      MediaType media = p.getContent().values().iterator().next();
      JsonNode mediaExample = mediaExample(media);
      if (mediaExample != null) {
        return mediaExample;
      }
      schema = media.getSchema();
    }
    checkRef(schema, where);
    if (schema == null) {
      return NODES.textNode("string");
    }
    try {
      return examples.parameterExample(schema);
    } catch (ExampleFactory.UnresolvedRef e) {
      throw RefProblems.unresolved(source, e.ref(), where);
    }
  }

  private ExampleValue example(Schema<?> schema, ExampleFactory.Direction direction, String where) {
    try {
      return examples.example(schema, direction);
    } catch (ExampleFactory.UnresolvedRef e) {
      throw RefProblems.unresolved(source, e.ref(), where);
    }
  }

  private JsonNode firstExample(Map<String, Example> named) {
    if (named == null || named.isEmpty()) {
      return null;
    }
    for (Example example : named.values()) {
      Example resolved = resolveExample(example);
      if (resolved != null && resolved.getValue() != null) {
        return JsonValues.toJson(resolved.getValue());
      }
    }
    return null;
  }

  /**
   * Follows {@code $ref}s to components of one kind ({@code #/components/parameters/x}, ...);
   * a reference to a component that does not exist is an error naming it and {@code where}.
   */
  private <T> T follow(T start, Function<T, String> refOf, Map<String, T> targets, String where) {
    T current = start;
    for (int hops = 0; current != null && refOf.apply(current) != null && hops < 16; hops++) {
      String ref = refOf.apply(current);
      T target = targets == null ? null : targets.get(ref.substring(ref.lastIndexOf('/') + 1));
      if (target == null) {
        throw RefProblems.unresolved(source, ref, where);
      }
      current = target;
    }
    return current;
  }

  private Example resolveExample(Example example) {
    Example current = example;
    for (int hops = 0; current != null && current.get$ref() != null && hops < 16; hops++) {
      String ref = current.get$ref();
      String name = ref.substring(ref.lastIndexOf('/') + 1);
      current = components.getExamples() == null ? null : components.getExamples().get(name);
    }
    return current;
  }

  private JsonNode mediaExample(MediaType media) {
    if (media.getExample() != null) {
      return JsonValues.toJson(media.getExample());
    }
    return firstExample(media.getExamples());
  }

  private void checkRef(Schema<?> schema, String where) {
    if (schema != null && schema.get$ref() != null && !schemas.exists(schema.get$ref())) {
      throw RefProblems.unresolved(source, schema.get$ref(), where);
    }
  }

  /**
   * A JSON body example written as a string holding JSON (e.g. {@code example: "{\"name\": \"Fluffy\"}"})
   * for an object or array schema: the JSON it holds, not a string body the schema refuses.
   */
  private JsonNode unstringified(JsonNode example, Schema<?> schema) {
    String type = SchemaTypes.typeOf(schemas.resolve(schema));
    if (!example.isTextual() || !("object".equals(type) || "array".equals(type))) {
      return example;
    }
    try {
      JsonNode parsed = new ObjectMapper().readTree(example.asText());
      return parsed != null && (parsed.isObject() && "object".equals(type) || parsed.isArray() && "array".equals(type))
          ? parsed : example;
    } catch (IOException notJson) {
      return example;
    }
  }

  private Optional<RequestBody> requestBody(io.swagger.v3.oas.models.parameters.RequestBody body, String where) {
    io.swagger.v3.oas.models.parameters.RequestBody current =
        follow(body, io.swagger.v3.oas.models.parameters.RequestBody::get$ref, components.getRequestBodies(), where);
    if (current == null || current.getContent() == null || current.getContent().isEmpty()) {
      return Optional.empty();
    }
    Content content = current.getContent();
    String chosen = chooseMediaType(new ArrayList<>(content.keySet()));
    MediaType media = content.get(chosen);
    Schema<?> schema = media == null ? null : media.getSchema();
    checkRef(schema, where);
    List<String> others = content.keySet().stream().filter(m -> !m.equals(chosen)).toList();
    JsonNode declared = media == null ? null : mediaExample(media);
    JsonNode example = declared;
    if (example != null && MediaTypes.isJson(chosen)) {
      example = unstringified(example, schema);
    }
    Schema<?> resolved = schemas.resolve(schema);
    if (MediaTypes.isFile(chosen)) {
      // a file's content: the spec's own example, or nothing (the plan then sends a sample file)
      String own = media == null ? null : FileContent.text(media.getExample());
      if (own == null && media != null && media.getExamples() != null) {
        own = media.getExamples().values().stream().map(this::resolveExample)
            .map(e -> e == null ? null : FileContent.text(e.getValue())).filter(t -> t != null).findFirst().orElse(null);
      }
      own = own != null ? own : FileContent.declared(resolved);
      return Optional.of(new RequestBody(chosen, current.getDescription(), Boolean.TRUE.equals(current.getRequired()),
          own == null ? NODES.nullNode() : NODES.textNode(own), List.of(), others, false, FileContent.base64(resolved)));
    }
    boolean shortened = false;
    if (example == null && schema != null) {
      ExampleValue made = example(schema, ExampleFactory.Direction.REQUEST, where);
      example = made.value();
      shortened = made.shortened();
    } else if (example == null) {
      example = NODES.objectNode();
    }
    if (MediaTypes.isXml(chosen) && !example.isTextual()) {
      example = NODES.textNode(new XmlBodies(schemas).document(schema, example));
    }
    List<FormField> fields = List.of();
    if (MediaTypes.isUrlEncoded(chosen) || MediaTypes.isMultipart(chosen)) {
      fields = new FormFields(schemas).of(schema, example, declared != null, media == null ? null : media.getEncoding(),
          MediaTypes.isMultipart(chosen));
    }
    return Optional.of(new RequestBody(chosen, current.getDescription(), Boolean.TRUE.equals(current.getRequired()),
        example, fields, others, shortened, false));
  }

  /** The headers the spec marks required in a response (Content-Type is checked on its own). */
  private List<String> requiredHeaders(ApiResponse response) {
    List<String> out = new ArrayList<>();
    if (response.getHeaders() == null) {
      return out;
    }
    Map<String, Header> shared = components.getHeaders() == null ? Map.of() : components.getHeaders();
    response.getHeaders().forEach((name, header) -> {
      Header current = header;
      for (int hops = 0; current != null && current.get$ref() != null && hops < 16; hops++) {
        // a header the spec cannot resolve is not checked (headers never stopped a generation)
        current = shared.get(current.get$ref().substring(current.get$ref().lastIndexOf('/') + 1));
      }
      if (current != null && Boolean.TRUE.equals(current.getRequired()) && !"content-type".equalsIgnoreCase(name)) {
        out.add(name);
      }
    });
    return out;
  }

  /** JSON first, then form, multipart, XML, text, anything else; order of the spec otherwise. */
  static String chooseMediaType(List<String> types) {
    String best = null;
    int bestRank = Integer.MAX_VALUE;
    for (String t : types) {
      int rank = MediaTypes.isJson(t) ? 0
          : MediaTypes.isUrlEncoded(t) ? 1
          : MediaTypes.isMultipart(t) ? 2
          : MediaTypes.isXml(t) ? 3
          : MediaTypes.isText(t) ? 4 : 5;
      if (rank < bestRank) {
        best = t;
        bestRank = rank;
      }
    }
    return best;
  }


  private List<Response> responses(ApiResponses responses, String where) {
    List<Response> out = new ArrayList<>();
    if (responses == null) {
      return out;
    }
    responses.forEach((code, r) -> {
      ApiResponse current = follow(r, ApiResponse::get$ref, components.getResponses(), where + " response " + code);
      if (current == null) {
        return;
      }
      String mediaType = null;
      JsonNode example = null;
      JsonNode schema = null;
      boolean shortened = false;
      List<String> mediaTypes = current.getContent() == null ? List.of() : List.copyOf(current.getContent().keySet());
      if (current.getContent() != null && !current.getContent().isEmpty()) {
        mediaType = chooseMediaType(new ArrayList<>(current.getContent().keySet()));
        MediaType media = current.getContent().get(mediaType);
        if (media != null && media.getSchema() != null && MediaTypes.isJson(mediaType)) {
          schema = responseSchemas.of(media.getSchema());
        }
        if (media != null) {
          example = mediaExample(media);
          if (example == null && media.getSchema() != null) {
            checkRef(media.getSchema(), where + " response " + code);
            ExampleValue made = example(media.getSchema(), ExampleFactory.Direction.RESPONSE, where + " response " + code);
            example = made.value();
            shortened = made.shortened();
          }
          if (example != null && MediaTypes.isXml(mediaType) && !example.isTextual()) {
            example = NODES.textNode(new XmlBodies(schemas).document(media.getSchema(), example));
          }
        }
      }
      out.add(new Response(code, current.getDescription(), mediaType, example, shortened, mediaTypes, schema,
          requiredHeaders(current)));
    });
    return out;
  }
}
