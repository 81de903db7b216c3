package dev.assistcodegen.snippets;

import dev.assistcodegen.model.Operation;
import dev.assistcodegen.model.SecurityRequirement;
import dev.assistcodegen.model.SecurityScheme;
import dev.assistcodegen.plan.AccessGuidance;
import dev.assistcodegen.plan.PercentEncoding;
import dev.assistcodegen.plan.RequestExample;
import java.nio.charset.StandardCharsets;
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

  /** Default content of an upload when {@code UPLOAD_FILE} is not set. */
  public static final String SAMPLE_UPLOAD = "example upload from assist-codegen\n";
  /**
   * One request header: name and value, {@code line} "Name: value", {@code item} the HTTPie
   * request item ("Name:value", or "Name;" for an empty value); {@code contentType} marks the
   * Content-Type header (some clients set it on the body, not the request).
   */
  public record Header(String name, String value, String line, String item, boolean contentType) {}

  /**
   * A multipart part: a text field, or a file ({@code value} is then the file name).
   * {@code disposition} is the whole Content-Disposition header value, for languages that
   * build the multipart body themselves (quotes and line breaks in names percent-encoded
   * as browsers do).
   */
  public record Part(String name, String value, boolean file, String contentType, boolean hasContentType,
      String disposition) {}

  /**
   * The body. {@code bodyKind}: none, text (JSON, XML, form-encoded ... sent as {@code text}
   * with the Content-Type among the headers), multipart ({@code parts}) or binary (the file
   * in {@code UPLOAD_FILE}, else the sample upload).
   */
  public record Body(String bodyKind, String text, String contentType, List<Part> parts) {}

  /**
   * How the request authenticates. {@code authKind}: none, oauth2 (client credentials:
   * CLIENT_ID, CLIENT_SECRET, TOKEN_URL, SCOPE), bearer (BEARER_TOKEN), basic (USERNAME,
   * PASSWORD), apiKey (API_KEY sent as {@code keyLocationKind} header, query or cookie named
   * {@code keyName}; {@code keyQueryPrefix} is "?name=" or "&name=" for the query case).
   */
  public record Auth(String authKind, String tokenUrl, String scope, String keyLocationKind, String keyName,
      String keyQueryPrefix, String keyCookiePrefix) {}

  /** Builds the view of {@code op} for a language whose literals {@code lit} makes. */
  public static SnippetView of(Operation op, RequestExample example, SnippetContext context, String languageId,
      String className, UnaryOperator<String> lit) {
    return of(Source.of(op, example, context), languageId, className, lit);
  }

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

    private Source(Operation op, RequestExample example, SnippetContext context) {
      String query = example.resolvedQuery();
      this.pathAndQuery = example.resolvedPath() + (query.isEmpty() ? "" : "?" + query);
      this.hasQuery = !query.isEmpty();
      List<String[]> hs = new ArrayList<>();
      List<Boolean> cts = new ArrayList<>();
      for (RequestExample.NameValue h : example.headers()) {
        if (h.enabled()) {
          hs.add(new String[] {h.name(), h.value(), h.name() + ": " + h.value(),
              h.value().isEmpty() ? h.name() + ";" : h.name() + ":" + h.value()});
          cts.add(h.name().equalsIgnoreCase("Content-Type"));
        }
      }
      this.headers = hs;
      this.contentTypes = cts;
      this.titleComment = Escapers.comment(op.displayName());
      this.operationComment = Escapers.comment(op.method() + " " + op.path() + " (operationId " + op.operationId() + ")");
      this.method = op.method();
      this.methodWord = op.method().toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
      this.baseUrl = context.baseUrlOf(op);
      this.body = body(example.body(), UnaryOperator.identity());
      this.auth = auth(op, context, UnaryOperator.identity(), hasQuery);
      this.guidance401 = guidance401(op, context, auth);
      this.guidance403 = guidance403(op, context, auth);
      this.tokenGuidance = tokenGuidance(context);
    }

    /** The shared part of {@code op}'s views, for {@code example} (its one concrete request). */
    static Source of(Operation op, RequestExample example, SnippetContext context) {
      return new Source(op, example, context);
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
          p.hasContentType(), lit.apply(p.disposition())));
    }
    return new Body(raw.bodyKind(), lit.apply(raw.text()), lit.apply(raw.contentType()),
        parts.isEmpty() ? List.of() : List.copyOf(parts));
  }

  /** {@code raw} (made with the identity) with its texts as literals of {@code lit}; kinds as they are. */
  private static Auth literal(Auth raw, UnaryOperator<String> lit) {
    return new Auth(raw.authKind(), lit.apply(raw.tokenUrl()), lit.apply(raw.scope()), raw.keyLocationKind(),
        lit.apply(raw.keyName()), lit.apply(raw.keyQueryPrefix()), lit.apply(raw.keyCookiePrefix()));
  }

  /** The 401 text, worded as the collection's (one source: {@link AccessGuidance}). */
  static String guidance401(Operation op, SnippetContext context) {
    return guidance401(op, context, auth(op, context, UnaryOperator.identity(), false));
  }

  private static String guidance401(Operation op, SnippetContext context, Auth rawAuth) {
    String kind = op.isPublic() ? "none" : rawAuth.authKind();
    return "401 Unauthorized: " + switch (kind) {
      case "oauth2" -> AccessGuidance.tokenNotAccepted("CLIENT_ID and CLIENT_SECRET");
      case "apiKey" -> AccessGuidance.credentialsNotAccepted("API_KEY");
      case "basic" -> AccessGuidance.credentialsNotAccepted("USERNAME, PASSWORD");
      case "bearer" -> AccessGuidance.credentialsNotAccepted("BEARER_TOKEN");
      default -> AccessGuidance.credentialsNotAccepted("the request");
    };
  }

  /** The 403 text with the scopes the operation needs and the roles that have them, as the collection says. */
  static String guidance403(Operation op, SnippetContext context) {
    return guidance403(op, context, auth(op, context, UnaryOperator.identity(), false));
  }

  private static String guidance403(Operation op, SnippetContext context, Auth rawAuth) {
    boolean clientCredentials = !op.isPublic() && "oauth2".equals(rawAuth.authKind());
    List<String> scopes = op.allScopes().stream().filter(s -> !context.tokenOnlyScope(s)).toList();
    return AccessGuidance.forbidden(op.method() + " " + op.path(), scopes, context.rolesFor().apply(op),
        clientCredentials);
  }

  /** What a refused token request means, as the collection's token script says. */
  static String tokenGuidance(SnippetContext context) {
    return "The token request was refused. " + AccessGuidance.tokenRefused("CLIENT_ID and CLIENT_SECRET",
        context.apiName());
  }

  private static Body body(RequestExample.Body body, UnaryOperator<String> lit) {
    return switch (body.kind()) {
      case NONE -> new Body("none", lit.apply(""), lit.apply(""), List.of());
      case JSON, RAW -> new Body("text", lit.apply(body.text()), lit.apply(body.contentType()), List.of());
      case URLENCODED -> new Body("text", lit.apply(formEncoded(body.fields())), lit.apply(body.contentType()),
          List.of());
      case BINARY -> new Body("binary", lit.apply(""), lit.apply(body.contentType()), List.of());
      case MULTIPART -> {
        List<Part> parts = new ArrayList<>();
        for (RequestExample.Field f : body.fields()) {
          String disposition = "form-data; name=\"" + dispositionQuote(f.name()) + "\""
              + (f.file() ? "; filename=\"" + dispositionQuote(f.value()) + "\"" : "");
          parts.add(new Part(lit.apply(f.name()), lit.apply(f.value()), f.file(), lit.apply(f.contentType()),
              !f.contentType().isEmpty(), lit.apply(disposition)));
        }
        yield new Body("multipart", lit.apply(""), lit.apply(body.contentType()), List.copyOf(parts));
      }
    };
  }

  /** application/x-www-form-urlencoded text of the fields (space as %20, as Postman sends it). */
  static String formEncoded(List<RequestExample.Field> fields) {
    StringBuilder out = new StringBuilder();
    for (RequestExample.Field f : fields) {
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(formComponent(f.name())).append('=').append(formComponent(f.value()));
    }
    return out.toString();
  }

  private static String dispositionQuote(String name) {
    return name.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static String formComponent(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format(Locale.ROOT, "%02X", c));
      }
    }
    return out.toString();
  }

  private static Auth auth(Operation op, SnippetContext context, UnaryOperator<String> lit, boolean hasQuery) {
    String none = lit.apply("");
    if (op.isPublic()) {
      return new Auth("none", none, none, "none", none, none, none);
    }
    SecurityRequirement first = op.security().get(0);
    SecurityScheme scheme = first.schemes().isEmpty() ? null
        : context.schemes().get(first.schemes().get(0).scheme());
    if (scheme == null) {
      return new Auth("none", none, none, "none", none, none, none);
    }
    switch (scheme.type()) {
      case OAUTH2:
        if (scheme.clientCredentials() != null) {
          return new Auth("oauth2", lit.apply(context.tokenUrl(scheme)), lit.apply(context.scope(scheme)), "none",
              none, none, none);
        }
        return new Auth("bearer", none, none, "none", none, none, none);
      case OPEN_ID_CONNECT:
        return new Auth("bearer", none, none, "none", none, none, none);
      case HTTP:
        return new Auth("basic".equalsIgnoreCase(scheme.httpScheme()) ? "basic" : "bearer", none, none, "none",
            none, none, none);
      case API_KEY: {
        String in = scheme.in().toLowerCase(Locale.ROOT);
        String where = in.equals("query") || in.equals("cookie") ? in : "header";
        return new Auth("apiKey", none, none, where, lit.apply(scheme.paramName()),
            lit.apply((hasQuery ? "&" : "?") + PercentEncoding.query(scheme.paramName()) + "="),
            lit.apply(scheme.paramName() + "="));
      }
      default:
        return new Auth("none", none, none, "none", none, none, none);
    }
  }
}
