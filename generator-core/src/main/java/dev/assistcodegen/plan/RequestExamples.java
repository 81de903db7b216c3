package dev.assistcodegen.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.assistcodegen.model.MediaTypes;
import dev.assistcodegen.model.Operation;
import dev.assistcodegen.model.Parameter;
import dev.assistcodegen.model.RequestBody;
import dev.assistcodegen.model.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds the {@link RequestExample} of an operation. */
public final class RequestExamples {
  private static final Pattern TEMPLATE = Pattern.compile("\\{([^{}/]+)}");
  /** Headers OpenAPI says are described elsewhere, not as parameters. */
  private static final Set<String> RESERVED_HEADERS = Set.of("accept", "content-type", "authorization");
  private static final ObjectWriter JSON;

  static {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    JSON = new ObjectMapper().writer(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
  }

  private RequestExamples() {}

  public static RequestExample of(Operation op) {
    List<RequestExample.PathPart> path = new ArrayList<>();
    List<RequestExample.NameValue> pathVariables = new ArrayList<>();
    List<RequestExample.NameValue> query = new ArrayList<>();
    List<RequestExample.NameValue> headers = new ArrayList<>();
    List<String> cookies = new ArrayList<>();

    Matcher m = TEMPLATE.matcher(op.path());
    int last = 0;
    while (m.find()) {
      if (m.start() > last) {
        path.add(RequestExample.PathPart.literal(PercentEncoding.pathLiteral(op.path().substring(last, m.start()))));
      }
      path.add(RequestExample.PathPart.variable(m.group(1)));
      last = m.end();
    }
    if (last < op.path().length()) {
      path.add(RequestExample.PathPart.literal(PercentEncoding.pathLiteral(op.path().substring(last))));
    }

    for (Parameter p : op.parameters()) {
      switch (p.in()) {
        case PATH -> pathVariables.add(new RequestExample.NameValue(p.name(), ParameterSerializer.simple(p),
            p.description(), true));
        case QUERY -> {
          for (String[] pair : ParameterSerializer.queryPairs(p)) {
            query.add(new RequestExample.NameValue(pair[0], pair[1], p.description(), p.required()));
          }
        }
        case HEADER -> {
          if (!RESERVED_HEADERS.contains(p.name().toLowerCase(Locale.ROOT))) {
            headers.add(new RequestExample.NameValue(p.name(), ParameterSerializer.simple(p), p.description(),
                p.required()));
          }
        }
        case COOKIE -> {
          if (p.required()) {
            for (String[] pair : ParameterSerializer.queryPairs(p)) {
              cookies.add(pair[0] + "=" + pair[1]);
            }
          }
        }
      }
    }
    // path variables the spec forgot to declare still need a value
    for (RequestExample.PathPart part : path) {
      if (part.variable() != null && pathVariables.stream().noneMatch(v -> v.name().equals(part.variable()))) {
        pathVariables.add(new RequestExample.NameValue(part.variable(), part.variable(), "", true));
      }
    }
    if (!cookies.isEmpty()) {
      headers.add(new RequestExample.NameValue("Cookie", String.join("; ", cookies), "Cookie parameters", true));
    }
    String accept = accept(op);
    if (accept != null) {
      headers.add(new RequestExample.NameValue("Accept", accept, "", true));
    }
    RequestExample.Body body = op.requestBody().map(RequestExamples::body).orElse(RequestExample.Body.none());
    if (body.kind() != RequestExample.Body.Kind.NONE && body.kind() != RequestExample.Body.Kind.MULTIPART) {
      headers.add(new RequestExample.NameValue("Content-Type", body.contentType(), "", true));
    }
    return new RequestExample(op.method(), path, pathVariables, query, headers, body);
  }

  private static String accept(Operation op) {
    List<String> types = new ArrayList<>();
    for (Response r : op.responses()) {
      if (r.code().startsWith("2") && !r.mediaType().isEmpty()) {
        types.add(r.mediaType());
      }
    }
    if (types.isEmpty()) {
      return null;
    }
    for (String t : types) {
      if (MediaTypes.isJson(t)) {
        return t;
      }
    }
    return types.get(0);
  }

  private static RequestExample.Body body(RequestBody b) {
    if (b.isUrlEncoded() || b.isMultipart()) {
      return new RequestExample.Body(b.isMultipart() ? RequestExample.Body.Kind.MULTIPART
          : RequestExample.Body.Kind.URLENCODED, b.mediaType(), "", b.fields());
    }
    if (b.isJson()) {
      return new RequestExample.Body(RequestExample.Body.Kind.JSON, b.mediaType(), prettyJson(b.example()), List.of());
    }
    String lower = b.mediaType().toLowerCase(Locale.ROOT);
    if (lower.startsWith("application/octet-stream") || lower.startsWith("image/") || lower.startsWith("audio/")
        || lower.startsWith("video/") || lower.equals("application/pdf") || lower.equals("application/zip")) {
      return new RequestExample.Body(RequestExample.Body.Kind.BINARY, b.mediaType(), "", List.of());
    }
    JsonNode example = b.example();
    String text = example.isTextual() ? example.asText() : example.isNull() ? "" : prettyJson(example);
    return new RequestExample.Body(RequestExample.Body.Kind.RAW, b.mediaType(), text, List.of());
  }

  /** {@code node} as indented JSON (two spaces, LF), as request bodies are written. */
  public static String prettyJson(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize JSON", e);
    }
  }
}
