package dev.assistcodegen.snippets;

import dev.assistcodegen.model.FormField;
import dev.assistcodegen.model.Operation;
import dev.assistcodegen.plan.AccessGuidance;
import dev.assistcodegen.plan.ApiPlan;
import dev.assistcodegen.plan.RequestExample;
import dev.assistcodegen.plan.RequestPlan;
import dev.assistcodegen.plan.Upload;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * What a snippet template sees of one request. Every string field whose name does not end
 * in {@code Kind}, {@code Name} (identifiers) or a boolean is a complete, escaped literal of
 * the target language (quotes included); comment fields are safe inside a line comment.
 * Templates therefore only lay out code and never escape.
 */
public record SnippetView(
    String languageId,
    String className,
    String titleComment,
    String operationComment,
    String method,
    String methodWord,
    String defaultBaseUrl,
    String pathAndQuery,
    boolean hasQuery,
    List<Header> headers,
    Body body,
    Auth auth,
    String guidance401,
    String guidance403,
    String tokenGuidance,
    String sampleUpload) {

  /**
   * A short sample text, {@code sampleUpload} (for templates written before each file had its own
   * {@code sample}); the built-in templates upload the planned file's {@code sample}.
   */
  public static final String SAMPLE_UPLOAD = "example upload from assist-codegen\n";
  /**
   * One request header: name and value, {@code line} "Name: value", {@code item} the HTTPie
   * request item ("Name:value", or "Name;" for an empty value); {@code contentType} marks the
   * Content-Type header (some clients set it on the body, not the request).
   */
  public record Header(String name, String value, String line, String item, boolean contentType) {}

  /**
   * A multipart part: a text field, or a file ({@code value} is then the file name, {@code sample}
   * its content as base64 text: what is sent unless {@code UPLOAD_FILE} names another file).
   * {@code disposition} is the whole Content-Disposition header value, for languages that
   * build the multipart body themselves (quotes and line breaks in names percent-encoded
   * as browsers do).
   */
  public record Part(String name, String value, boolean file, String contentType, boolean hasContentType,
      String disposition, String sample) {}

  /**
   * The body. {@code bodyKind}: none, text (JSON, XML, form-encoded ... sent as {@code text}
   * with the Content-Type among the headers), multipart ({@code parts}) or binary (the file
   * in {@code UPLOAD_FILE}, else the planned file, {@code sample}: its content as base64 text).
   * {@code uploadsFile}: the body reads {@code UPLOAD_FILE} (binary, or a multipart file part), so the
   * snippet needs its upload helper.
   */
  public record Body(String bodyKind, String text, String contentType, List<Part> parts, String sample,
      boolean uploadsFile) {}

  /**
   * How the request authenticates. {@code authKind} is what fills the Authorization header:
   * none, oauth2 (a client-credentials token: CLIENT_ID, CLIENT_SECRET, TOKEN_URL, SCOPE), bearer
   * (BEARER_TOKEN), basic or digest (API_USERNAME, API_PASSWORD), scheme ({@code authorizationPrefix}
   * then CREDENTIALS), or apiKey when only API keys are sent. {@code keys} are the API keys sent
   * beside it (also split by where they go: {@code headerKeys}, {@code queryKeys}, {@code
   * cookieKeys}); {@code keyLocationKind}, {@code keyName}, {@code keyQueryPrefix} and {@code
   * keyCookiePrefix} describe the first key (keyLocationKind none when there is none).
   */
  public record Auth(String authKind, String tokenUrl, String scope, String authorizationPrefix,
      String keyLocationKind, String keyName, String keyQueryPrefix, String keyCookiePrefix, List<Key> keys,
      List<Key> headerKeys, List<Key> queryKeys, List<Key> cookieKeys) {

    /**
     * {@code keys} in the order the requirement names them; the per-location lists and first-key
     * fields follow ({@code empty}, the empty literal, where there is no key).
     */
    static Auth of(String authKind, String tokenUrl, String scope, String authorizationPrefix, List<Key> keys,
        String empty) {
      if (keys.isEmpty()) {
        // most requests send no API key: no lists to build (this runs once per request and language)
        return new Auth(authKind, tokenUrl, scope, authorizationPrefix, "none", empty, empty, empty, List.of(),
            List.of(), List.of(), List.of());
      }
      Key first = keys.get(0);
      return new Auth(authKind, tokenUrl, scope, authorizationPrefix,
          first.locationKind(), first.name(), first.queryPrefix(), first.cookiePrefix(), List.copyOf(keys),
          keys.stream().filter(k -> k.locationKind().equals("header")).toList(),
          keys.stream().filter(k -> k.locationKind().equals("query")).toList(),
          keys.stream().filter(k -> k.locationKind().equals("cookie")).toList());
    }
  }

  /**
   * One API key: {@code locationKind} header, query or cookie; {@code name} the header, parameter or
   * cookie name; {@code envName} the environment variable that holds it (a bare identifier, e.g.
   * API_KEY), {@code env} the same as a literal; {@code queryPrefix} "?name=" or "&amp;name=" (encoded)
   * for a query key; {@code cookiePrefix} what comes before the key's value in the Cookie header
   * (the request's own cookies first); {@code comment} its line in the snippet's header comment.
   */
  public record Key(String locationKind, String name, String envName, String env, String queryPrefix,
      String cookiePrefix, String comment) {}

  /**
   * What the views of one operation share in every language, worked out once: the texts before
   * they become literals (guidance, comments, path, headers, body, auth). Only the literals differ
   * per language.
   */
  static final class Source {
    private final String titleComment;
    private final String operationComment;
    private final String method;
    private final String methodWord;
    private final String baseUrl;
    private final String pathAndQuery;
    private final boolean hasQuery;
    /** Per enabled header: name, value, line, item. */
    private final List<String[]> headers;
    private final List<Boolean> contentTypes;
    private final Body body;
    private final Auth auth;
    private final String guidance401;
    private final String guidance403;
    private final String tokenGuidance;

    private Source(RequestPlan plan, ApiPlan api) {
      Operation op = plan.operation();
      RequestExample example = plan.example();
      String query = example.resolvedQuery();
      this.pathAndQuery = example.resolvedPath() + (query.isEmpty() ? "" : "?" + query);
      this.hasQuery = !query.isEmpty();
      // cookie keys join the Cookie header the plan names, so it is written once, with them
      int cookieHeader = plan.credentialCookieHeader();
      List<String[]> hs = new ArrayList<>();
      List<Boolean> cts = new ArrayList<>();
      for (int i = 0; i < example.headers().size(); i++) {
        RequestExample.NameValue h = example.headers().get(i);
        if (h.enabled() && i != cookieHeader) {
          hs.add(new String[] {h.name(), h.value(), h.name() + ": " + h.value(),
              h.value().isEmpty() ? h.name() + ";" : h.name() + ":" + h.value()});
          cts.add(h.name().equalsIgnoreCase("Content-Type"));
        }
      }
      this.headers = hs;
      this.contentTypes = cts;
      this.titleComment = Escapers.comment(plan.name());
      this.operationComment = Escapers.comment(op.method() + " " + op.path() + " (operationId " + op.operationId() + ")");
      this.method = plan.method();
      this.methodWord = plan.method().toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
      this.baseUrl = plan.baseUrl().defaultUrl();
      this.body = body(example.body());
      this.auth = SnippetAuth.of(plan.auth(), api, hasQuery,
          cookieHeader < 0 ? null : example.headers().get(cookieHeader).value());
      this.guidance401 = SnippetAuth.unauthorized(plan.auth(), auth);
      this.guidance403 = plan.guidance().forbidden();
      this.tokenGuidance = "The token request was refused. " + AccessGuidance.tokenRefused("CLIENT_ID and CLIENT_SECRET",
          api.spec().title());
    }

    /** The shared part of the views of {@code plan}'s request. */
    static Source of(RequestPlan plan, ApiPlan api) {
      return new Source(plan, api);
    }
  }

  /** The view of one operation ({@code source}) for a language whose literals {@code lit} makes. */
  static SnippetView of(Source source, String languageId, String className, UnaryOperator<String> lit) {
    List<Header> headers = new ArrayList<>(source.headers.size());
    for (int i = 0; i < source.headers.size(); i++) {
      String[] h = source.headers.get(i);
      headers.add(new Header(lit.apply(h[0]), lit.apply(h[1]), lit.apply(h[2]), lit.apply(h[3]),
          source.contentTypes.get(i)));
    }
    return new SnippetView(
        languageId,
        className,
        source.titleComment,
        source.operationComment,
        lit.apply(source.method),
        source.methodWord,
        lit.apply(source.baseUrl),
        lit.apply(source.pathAndQuery),
        source.hasQuery,
        List.copyOf(headers),
        literal(source.body, lit),
        literal(source.auth, lit),
        lit.apply(source.guidance401),
        lit.apply(source.guidance403),
        lit.apply(source.tokenGuidance),
        lit.apply(SAMPLE_UPLOAD));
  }

  /** {@code raw} (made with the identity) with its texts as literals of {@code lit}; kinds and flags as they are. */
  private static Body literal(Body raw, UnaryOperator<String> lit) {
    List<Part> parts = raw.parts().isEmpty() ? List.of() : new ArrayList<>(raw.parts().size());
    for (Part p : raw.parts()) {
      parts.add(new Part(lit.apply(p.name()), lit.apply(p.value()), p.file(), lit.apply(p.contentType()),
          p.hasContentType(), lit.apply(p.disposition()), lit.apply(p.sample())));
    }
    return new Body(raw.bodyKind(), lit.apply(raw.text()), lit.apply(raw.contentType()),
        parts.isEmpty() ? List.of() : List.copyOf(parts), lit.apply(raw.sample()), raw.uploadsFile());
  }

  /** {@code raw} (made with the identity) with its texts as literals of {@code lit}; kinds and names as they are. */
  private static Auth literal(Auth raw, UnaryOperator<String> lit) {
    List<Key> keys = raw.keys().isEmpty() ? List.of() : raw.keys().stream().map(k -> new Key(k.locationKind(),
        lit.apply(k.name()), k.envName(), lit.apply(k.env()), lit.apply(k.queryPrefix()), lit.apply(k.cookiePrefix()),
        k.comment())).toList();
    return Auth.of(raw.authKind(), lit.apply(raw.tokenUrl()), lit.apply(raw.scope()),
        lit.apply(raw.authorizationPrefix()), keys, lit.apply(""));
  }

  private static Body body(RequestExample.Body body) {
    return switch (body.kind()) {
      case NONE -> new Body("none", "", "", List.of(), "", false);
      case JSON, RAW -> new Body("text", body.text(), body.contentType(), List.of(), "", false);
      case URLENCODED -> new Body("text", body.formText(), body.contentType(), List.of(), "", false);
      case BINARY -> new Body("binary", "", body.contentType(), List.of(), body.upload().base64(), true);
      case MULTIPART -> {
        List<Part> parts = new ArrayList<>();
        for (FormField f : body.enabledFields()) {
          Upload upload = body.upload(f);
          String value = upload == null ? f.value() : upload.fileName();
          String disposition = "form-data; name=\"" + dispositionQuote(f.name()) + "\""
              + (f.file() ? "; filename=\"" + dispositionQuote(value) + "\"" : "");
          parts.add(new Part(f.name(), value, f.file(), f.contentType(), !f.contentType().isEmpty(), disposition,
              upload == null ? "" : upload.base64()));
        }
        yield new Body("multipart", "", body.contentType(), List.copyOf(parts), "", parts.stream().anyMatch(Part::file));
      }
    };
  }

  private static String dispositionQuote(String name) {
    return name.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
  }
}
