package dev.assistcodegen.plan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assistcodegen.model.FormField;
import dev.assistcodegen.model.MediaTypes;
import dev.assistcodegen.model.Operation;
import dev.assistcodegen.model.Parameter;
import dev.assistcodegen.model.RequestBody;
import dev.assistcodegen.model.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds the {@link RequestExample} of an operation. */
public final class RequestExamples {
  private static final Pattern TEMPLATE = Pattern.compile("\\{([^{}/]+)}");
  /** Headers OpenAPI says are described elsewhere, not as parameters. */
  private static final Set<String> RESERVED_HEADERS = Set.of("accept", "content-type", "authorization");

  private RequestExamples() {}

  /** The request of {@code op}; the files it uploads are its own (see {@link #of(Operation, UploadFiles)}). */
  public static RequestExample of(Operation op) {
    return of(op, new UploadFiles());
  }

  /** The request of {@code op}; the files it uploads are registered in {@code uploads} (shared by a spec's requests). */
  static RequestExample of(Operation op, UploadFiles uploads) {
    PathKey key = PathKey.of(op.path());
    List<RequestExample.PathPart> path = pathParts(key.path());
    List<RequestExample.NameValue> pathVariables = new ArrayList<>();
    List<RequestExample.NameValue> query = new ArrayList<>();
    List<RequestExample.NameValue> headers = new ArrayList<>();
    List<String> cookies = new ArrayList<>();
    Set<String> fixed = keyQuery(op, key, query);
    Set<String> named = new HashSet<>(key.queryTemplates());
    for (Parameter p : op.parameters()) {
      if (named.contains(p.name())) {
        continue; // sent in the key's query text
      }
      switch (p.in()) {
        case PATH -> pathVariables.add(new RequestExample.NameValue(p.name(), ParameterSerializer.simple(p),
            p.description(), true));
        case QUERY -> {
          for (String[] pair : ParameterSerializer.queryPairs(p)) {
            if (!fixed.contains(pair[0])) {
              query.add(new RequestExample.NameValue(pair[0], pair[1], p.description(), p.required()));
            }
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
    RequestExample.Body body = op.requestBody().map(b -> body(b, op, uploads)).orElse(RequestExample.Body.none());
    if (body.kind() != RequestExample.Body.Kind.NONE && body.kind() != RequestExample.Body.Kind.MULTIPART) {
      headers.add(new RequestExample.NameValue("Content-Type", body.contentType(), "", true));
    }
    return new RequestExample(op.method(), path, pathVariables, query, headers, body);
  }

  /** The literal pieces (encoded as a URL needs them) and variables of a path without query text or fragment. */
  private static List<RequestExample.PathPart> pathParts(String path) {
    List<RequestExample.PathPart> parts = new ArrayList<>();
    Matcher m = TEMPLATE.matcher(path);
    int last = 0;
    while (m.find()) {
      if (m.start() > last) {
        parts.add(RequestExample.PathPart.literal(PercentEncoding.pathLiteral(path.substring(last, m.start()))));
      }
      parts.add(RequestExample.PathPart.variable(m.group(1)));
      last = m.end();
    }
    if (last < path.length()) {
      parts.add(RequestExample.PathPart.literal(PercentEncoding.pathLiteral(path.substring(last))));
    }
    return parts;
  }

  /**
   * Adds the query text of the path key to {@code query}: fixed pairs as written, each {@code {name}}
   * filled from the parameter it names, whatever "in" the spec gave that parameter (which is then
   * not sent a second time). Returns the names of the pairs: a declared query parameter of that
   * name is not sent beside them.
   */
  private static Set<String> keyQuery(Operation op, PathKey key, List<RequestExample.NameValue> query) {
    Set<String> names = new HashSet<>();
    for (PathKey.Pair pair : key.query()) {
      String name = PathKey.fill(pair.name(), t -> templateValue(op, t));
      names.add(name);
      List<String> templates = pair.templates();
      String description = templates.size() == 1
          ? parameter(op, templates.get(0)).map(Parameter::description).orElse("") : "";
      query.add(new RequestExample.NameValue(name, PathKey.fill(pair.value(), t -> templateValue(op, t)),
          description, true));
    }
    return names;
  }

  private static Optional<Parameter> parameter(Operation op, String name) {
    return op.parameters().stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** A template's value: its parameter's example, else (undeclared) the name itself. */
  private static String templateValue(Operation op, String name) {
    return parameter(op, name).map(ParameterSerializer::simple).orElse(name);
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

  private static RequestExample.Body body(RequestBody b, Operation op, UploadFiles uploads) {
    if (b.isMultipart()) {
      return multipart(b, op, uploads);
    }
    if (b.isUrlEncoded()) {
      return new RequestExample.Body(RequestExample.Body.Kind.URLENCODED, b.mediaType(), "", b.fields());
    }
    if (b.isJson()) {
      return new RequestExample.Body(RequestExample.Body.Kind.JSON, b.mediaType(), JsonText.body(b.example()), List.of());
    }
    JsonNode example = b.example();
    if (MediaTypes.isFile(b.mediaType())) {
      // a file: the spec's own content as it is, a sample file's bytes as base64 text when the schema says
      // the content is base64, else the sample file itself (written beside the collection)
      if (example.isTextual() && !example.asText().isEmpty()) {
        return new RequestExample.Body(RequestExample.Body.Kind.RAW, b.mediaType(), example.asText(), List.of());
      }
      Upload sample = uploads.sample(b.mediaType());
      if (b.base64()) {
        return new RequestExample.Body(RequestExample.Body.Kind.RAW, b.mediaType(), sample.base64(), List.of());
      }
      return new RequestExample.Body(RequestExample.Body.Kind.BINARY, b.mediaType(), "", List.of(), List.of(sample));
    }
    String text = example.isTextual() ? example.asText() : example.isNull() ? "" : JsonText.body(example);
    return new RequestExample.Body(RequestExample.Body.Kind.RAW, b.mediaType(), text, List.of());
  }

  /**
   * Multipart fields with their files: a file part sends the spec's own example text (in a file of
   * its own, named after the operation and field), else the sample file of its content type.
   */
  private static RequestExample.Body multipart(RequestBody b, Operation op, UploadFiles uploads) {
    List<FormField> fields = new ArrayList<>(b.fields().size());
    List<Upload> files = new ArrayList<>();
    for (FormField f : b.fields()) {
      if (!f.file()) {
        fields.add(f);
        continue;
      }
      Upload upload = f.value().isEmpty() ? uploads.sample(f.contentType())
          : uploads.own(Slugs.of(op.operationId() + "-" + f.name(), "upload"), f.contentType(),
              f.value().getBytes(StandardCharsets.UTF_8));
      files.add(upload);
      fields.add(new FormField(f.name(), upload.path(), true, f.contentType(), f.description(), f.enabled()));
    }
    return new RequestExample.Body(RequestExample.Body.Kind.MULTIPART, b.mediaType(), "", fields, files);
  }
}
