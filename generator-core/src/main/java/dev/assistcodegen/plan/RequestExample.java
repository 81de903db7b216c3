package dev.assistcodegen.plan;

import dev.assistcodegen.model.FormField;
import java.util.List;
import java.util.Objects;

/**
 * One concrete request an operation makes with its example values: what the collection and
 * every snippet language send, so that they all send the same thing.
 */
public record RequestExample(
    String method,
    List<PathPart> path,
    List<NameValue> pathVariables,
    List<NameValue> query,
    List<NameValue> headers,
    Body body) {

  public RequestExample {
    Objects.requireNonNull(method, "method == null");
    path = List.copyOf(Objects.requireNonNull(path, "path == null"));
    pathVariables = List.copyOf(Objects.requireNonNull(pathVariables, "pathVariables == null"));
    query = List.copyOf(Objects.requireNonNull(query, "query == null"));
    headers = List.copyOf(Objects.requireNonNull(headers, "headers == null"));
    Objects.requireNonNull(body, "body == null");
  }

  /** The path with example values in place of variables, each value percent-encoded. */
  public String resolvedPath() {
    StringBuilder out = new StringBuilder();
    for (PathPart part : path) {
      out.append(part.variable() == null ? part.text() : PercentEncoding.pathSegment(valueOf(part.variable())));
    }
    return out.toString();
  }

  /** The enabled query parameters as an encoded query string without '?', or "". */
  public String resolvedQuery() {
    StringBuilder out = new StringBuilder();
    for (NameValue q : query) {
      if (!q.enabled()) {
        continue;
      }
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(PercentEncoding.query(q.name())).append('=').append(PercentEncoding.query(q.value()));
    }
    return out.toString();
  }

  private String valueOf(String variable) {
    return pathVariables.stream().filter(v -> v.name().equals(variable)).map(NameValue::value).findFirst().orElse("");
  }

  /** A literal piece of the path, or a variable (filled from {@link #pathVariables}). */
  public record PathPart(String text, String variable) {
    public static PathPart literal(String text) {
      return new PathPart(text, null);
    }

    public static PathPart variable(String name) {
      return new PathPart(null, name);
    }
  }

  /** A name and its value; disabled entries are documented but not sent. */
  public record NameValue(String name, String value, String description, boolean enabled) {
    public NameValue {
      Objects.requireNonNull(name, "name == null");
      value = value == null ? "" : value;
      description = description == null ? "" : description;
    }
  }

  /**
   * The request body: none, raw text (JSON, XML, ...), form fields, or a binary upload. {@code uploads}:
   * the file of a binary body, and the files of the multipart file fields (whose value is the file's
   * {@link Upload#path()}).
   */
  public record Body(Kind kind, String contentType, String text, List<FormField> fields, List<Upload> uploads) {
    /** Body kinds, as collections and snippets distinguish them. */
    public enum Kind { NONE, JSON, RAW, URLENCODED, MULTIPART, BINARY }

    public Body {
      Objects.requireNonNull(kind, "kind == null");
      contentType = contentType == null ? "" : contentType;
      text = text == null ? "" : text;
      fields = List.copyOf(Objects.requireNonNull(fields, "fields == null"));
      uploads = List.copyOf(Objects.requireNonNull(uploads, "uploads == null"));
      if (kind == Kind.BINARY && uploads.isEmpty()) {
        throw new IllegalArgumentException("a binary body needs its file");
      }
    }

    /** A body that uploads no file. */
    public Body(Kind kind, String contentType, String text, List<FormField> fields) {
      this(kind, contentType, text, fields, List.of());
    }

    public static Body none() {
      return new Body(Kind.NONE, "", "", List.of());
    }

    /** The file of a binary body. */
    public Upload upload() {
      if (kind != Kind.BINARY) {
        throw new IllegalStateException("not a binary body: " + kind);
      }
      return uploads.get(0);
    }

    /** The file a multipart file field sends, or null when {@code field} is no file field of this body. */
    public Upload upload(FormField field) {
      if (!field.file()) {
        return null;
      }
      return uploads.stream().filter(u -> u.path().equals(field.value())).findFirst().orElse(null);
    }

    /** The fields that are sent (a disabled field is documented, not sent). */
    public List<FormField> enabledFields() {
      return fields.stream().filter(FormField::enabled).toList();
    }

    /** The enabled fields as {@code application/x-www-form-urlencoded} text (a space as %20, as Postman sends it). */
    public String formText() {
      StringBuilder out = new StringBuilder();
      for (FormField f : enabledFields()) {
        if (out.length() > 0) {
          out.append('&');
        }
        out.append(PercentEncoding.formComponent(f.name())).append('=').append(PercentEncoding.formComponent(f.value()));
      }
      return out.toString();
    }
  }
}
