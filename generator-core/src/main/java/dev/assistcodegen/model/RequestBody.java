package dev.assistcodegen.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * The request body in its chosen media type (JSON preferred). For form and multipart
 * bodies {@code fields} lists the parts; otherwise {@code example} is the body value. A file
 * body ({@link MediaTypes#isFile}) has the spec's own example as {@code example} (a string), or
 * JSON null when the spec gives none; {@code base64}: its schema says the content travels
 * base64-encoded (format {@code byte}/{@code base64}, {@code contentEncoding: base64}).
 * {@code exampleShortened}: the example was synthesised and leaves out optional properties to stay
 * within the example budget.
 */
public record RequestBody(
    String mediaType,
    String description,
    boolean required,
    JsonNode example,
    List<FormField> fields,
    List<String> otherMediaTypes,
    boolean exampleShortened,
    boolean base64) {

  /** A body whose example is complete and whose content is not base64-encoded. */
  public RequestBody(String mediaType, String description, boolean required, JsonNode example, List<FormField> fields,
      List<String> otherMediaTypes) {
    this(mediaType, description, required, example, fields, otherMediaTypes, false, false);
  }

  public RequestBody {
    Objects.requireNonNull(mediaType, "mediaType == null");
    description = description == null ? "" : description;
    Objects.requireNonNull(example, "example == null");
    fields = List.copyOf(Objects.requireNonNull(fields, "fields == null"));
    otherMediaTypes = List.copyOf(Objects.requireNonNull(otherMediaTypes, "otherMediaTypes == null"));
  }

  /** True for {@code application/x-www-form-urlencoded}. */
  public boolean isUrlEncoded() {
    return MediaTypes.isUrlEncoded(mediaType);
  }

  /** True for {@code multipart/*}. */
  public boolean isMultipart() {
    return MediaTypes.isMultipart(mediaType);
  }

  /** True for JSON media types ({@code application/json}, {@code *+json}). */
  public boolean isJson() {
    return MediaTypes.isJson(mediaType);
  }
}
