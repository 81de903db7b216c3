package dev.assistcodegen.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assistcodegen.Generator;
import dev.assistcodegen.GeneratorConfig;
import dev.assistcodegen.report.GeneratorLog;
import dev.assistcodegen.load.SpecLoader;
import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.model.FormField;
import dev.assistcodegen.model.Operation;
import dev.assistcodegen.plan.ApiPlan;
import dev.assistcodegen.plan.RequestExample;
import dev.assistcodegen.testing.Processes;
import dev.assistcodegen.testing.RepoPaths;
import dev.assistcodegen.testing.TokenServer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every runnable language's snippets against a recording server and compares what they send:
 * the request as in {@link SnippetsIT#compare}, and in detail the multipart parts (name, file name,
 * content type, content) and the decoded form pairs. The golden snippet spec (the Loome spec has no
 * multipart or form operation) runs with {@code UPLOAD_FILE} set (its bytes must arrive); the golden
 * cases of path keys, nested form bodies and uploads run without it (the planned file must arrive:
 * the spec's own content or the sample, and only the enabled form fields).
 */
class SnippetBodiesIT {
  /** Binary upload content: NUL, 0xFF, a CR LF and a line that looks like a boundary. */
  private static final byte[] UPLOAD = concat("photo\0\r\n--assist-codegen-boundary\r\n".getBytes(StandardCharsets.ISO_8859_1),
      new byte[] {(byte) 0xff, (byte) 0x89, 'P', 'N', 'G'}, "caf\u00e9".getBytes(StandardCharsets.UTF_8));

  @TempDir
  Path tmp;

  @Test
  void multipartAndFormSnippetsSendTheExpectedPartsAndPairs() throws Exception {
    int[] counts = run(SnippetGoldenTest.SPEC.toString(), true);
    assertEquals(SnippetToolchain.RUNNABLE.size(), counts[0], "multipart runs");
    assertEquals(SnippetToolchain.RUNNABLE.size(), counts[1], "form runs");
  }

  @Test
  void pathKeysNestedFormsAndUploadsSendWhatThePlanSays() throws Exception {
    int multipart = 0;
    for (String name : List.of("path-keys", "nested-forms", "uploads")) {
      multipart += run(RepoPaths.root().resolve("generator-core/src/test/resources/cases/" + name + "/openapi.yaml")
          .toString(), false)[0];
    }
    assertEquals(2 * SnippetToolchain.RUNNABLE.size(), multipart, "multipart runs");
  }

  /**
   * Runs every operation's snippet of {@code spec} in every runnable language, with {@code UPLOAD_FILE}
   * set or not; fails listing every difference. Returns the number of multipart and form runs.
   */
  private int[] run(String spec, boolean uploadFile) throws Exception {
    ApiSpec api = SpecLoader.load(spec, GeneratorLog.silent());
    Path out = Files.createTempDirectory(tmp, "out");
    Map<String, byte[]> files = Generator.render(api, GeneratorConfig.builder().spec(spec).build(),
        GeneratorLog.silent());
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Path target = out.resolve(f.getKey());
      Files.createDirectories(target.getParent());
      Files.write(target, f.getValue());
    }
    Path upload = tmp.resolve("photo.bin");
    Files.write(upload, UPLOAD);
    ApiPlan plan = ApiPlan.of(api);
    SnippetToolchain tools = new SnippetToolchain(out.resolve("snippets"), Files.createTempDirectory(tmp, "build"));
    List<String> errors = Collections.synchronizedList(new ArrayList<>());
    int multipart = 0;
    int form = 0;
    try (TokenServer tokens = TokenServer.start(); RecordingProxy server = new RecordingProxy(null)) {
      ExecutorService pool = Executors.newFixedThreadPool(SnippetToolchain.PARALLEL);
      List<Future<?>> jobs = new ArrayList<>();
      int counter = 0;
      for (String language : SnippetToolchain.RUNNABLE) {
        tools.check(language);
        for (Operation op : api.operations()) {
          RequestExample expected = plan.request(op).example();
          multipart += expected.body().kind() == RequestExample.Body.Kind.MULTIPART ? 1 : 0;
          form += expected.body().kind() == RequestExample.Body.Kind.URLENCODED ? 1 : 0;
          Path file = SnippetsIT.snippetOf(out, files, language, op);
          List<String> command = tools.command(language, file);
          String run = "run-" + ++counter;
          jobs.add(pool.submit(() -> {
            Map<String, String> env = new HashMap<>(tools.environment(language));
            env.put("BASE_URL", server.baseUrl(run));
            env.put("TOKEN_URL", tokens.tokenUrl());
            env.put("CLIENT_ID", "bodies-client");
            env.put("CLIENT_SECRET", "secret");
            env.put("API_KEY", "key-123");
            env.put("BEARER_TOKEN", "test-token-bearer");
            env.put("USERNAME", "user");
            env.put("PASSWORD", "password");
            if (uploadFile) {
              env.put("UPLOAD_FILE", upload.toString());
            }
            String where = language + " " + out.relativize(file) + ": ";
            try {
              Processes.Result r = Processes.run(command, file.getParent(), env, 120);
              if (r.exitCode() != 0) {
                errors.add(where + "exit " + r.exitCode() + "\n" + r.output());
                return null;
              }
              RecordingProxy.Recorded got = server.recorded(run);
              List<String> diff = new ArrayList<>();
              String general = SnippetsIT.compare(expected, got);
              if (!general.isEmpty()) {
                diff.add(general);
              }
              if (got != null) {
                diff.addAll(compareBody(expected.body(), got, uploadFile ? UPLOAD : null));
                if (op.operationId().equals("getDailyReport")
                    && !got.headers().getOrDefault("x-api-key", List.of()).equals(List.of("key-123"))) {
                  diff.add("X-API-Key " + got.headers().get("x-api-key"));
                }
              }
              if (!diff.isEmpty()) {
                errors.add(where + String.join("; ", diff));
              }
            } catch (Exception | AssertionError e) {
              errors.add(where + e);
            }
            return null;
          }));
        }
      }
      for (Future<?> job : jobs) {
        job.get();
      }
      pool.shutdown();
    }
    assertTrue(errors.isEmpty(), () -> errors.size() + " snippet runs failed:\n" + String.join("\n---\n", errors));
    return new int[] {multipart, form};
  }

  @Test
  void theBodyComparisonNoticesWrongPartsAndPairs() {
    RequestExample.Body multipart = new RequestExample.Body(RequestExample.Body.Kind.MULTIPART, "multipart/form-data",
        "", List.of(new FormField("file", "a.png", true, "image/png", ""),
            new FormField("caption", "Hi there", false, "", "")));
    String good = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n"
        + "Content-Type: image/png\r\n\r\n" + new String(UPLOAD, StandardCharsets.ISO_8859_1) + "\r\n"
        + "--b\r\nContent-Disposition: form-data; name=caption\r\n\r\nHi there\r\n--b--\r\n";
    assertEquals(List.of(), compareBody(multipart, recorded("multipart/form-data; boundary=b", good), UPLOAD));
    assertEquals(3, compareBody(multipart, recorded("multipart/form-data; boundary=b", good
        .replace("a.png", "b.png").replace("image/png", "image/gif").replace("Hi there", "Hi")), UPLOAD).size());
    assertEquals(1, compareBody(multipart, recorded("multipart/form-data; boundary=b",
        good.replace("photo", "PHOTO")), UPLOAD).size());
    RequestExample.Body form = new RequestExample.Body(RequestExample.Body.Kind.URLENCODED,
        "application/x-www-form-urlencoded", "", List.of(new FormField("name", "Rex & Co", false, "", "")));
    assertEquals(List.of(), compareBody(form, recorded("application/x-www-form-urlencoded", "name=Rex+%26%20Co"), null));
    assertEquals(1, compareBody(form, recorded("application/x-www-form-urlencoded", "name=Rex+&+Co"), null).size());
    RequestExample.Body optional = new RequestExample.Body(RequestExample.Body.Kind.URLENCODED,
        "application/x-www-form-urlencoded", "", List.of(new FormField("name", "Rex", false, "", ""),
            new FormField("coupon", "string", false, "", "", false)));
    assertEquals(List.of(), compareBody(optional, recorded("application/x-www-form-urlencoded", "name=Rex"), null));
    assertEquals(1, compareBody(optional, recorded("application/x-www-form-urlencoded", "name=Rex&coupon=string"),
        null).size(), "a disabled field must not be sent");
  }

  private static RecordingProxy.Recorded recorded(String contentType, String body) {
    return new RecordingProxy.Recorded("POST", "/", null, Map.of("content-type", List.of(contentType)),
        body.getBytes(StandardCharsets.ISO_8859_1));
  }

  /**
   * Differences in the multipart parts or form pairs: only enabled fields are sent; a file part
   * carries its upload's file name and {@code upload} (the UPLOAD_FILE's bytes), or without one the
   * planned file's content.
   */
  static List<String> compareBody(RequestExample.Body body, RecordingProxy.Recorded got, byte[] upload) {
    List<String> diff = new ArrayList<>();
    switch (body.kind()) {
      case URLENCODED -> {
        List<String> want = body.enabledFields().stream().map(f -> f.name() + "=" + f.value()).toList();
        List<String> sent = formPairs(new String(got.body(), StandardCharsets.US_ASCII));
        if (!want.equals(sent)) {
          diff.add("form pairs " + sent + " != " + want);
        }
      }
      case BINARY -> {
        byte[] want = upload != null ? upload : body.upload().content();
        if (!Arrays.equals(want, got.body())) {
          diff.add("binary body differs from " + (upload != null ? "UPLOAD_FILE" : body.upload()) + ": "
              + new String(got.body(), StandardCharsets.ISO_8859_1));
        }
      }
      case MULTIPART -> {
        String type = got.headers().getOrDefault("content-type", List.of("")).get(0);
        Matcher boundary = Pattern.compile("boundary=\"?([^\";]+)\"?").matcher(type);
        if (!type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data") || !boundary.find()) {
          diff.add("Content-Type " + type);
          break;
        }
        List<Part> parts = parts(got.body(), boundary.group(1));
        List<FormField> fields = body.enabledFields();
        if (parts.size() != fields.size()) {
          diff.add(parts.size() + " parts " + parts + " != " + fields.size());
          break;
        }
        for (int i = 0; i < parts.size(); i++) {
          FormField want = fields.get(i);
          Part part = parts.get(i);
          if (!want.name().equals(part.name())) {
            diff.add("part " + i + " name " + part.name() + " != " + want.name());
          }
          if (want.file()) {
            String fileName = body.upload(want) == null ? want.value() : body.upload(want).fileName();
            byte[] content = upload != null ? upload : body.upload(want).content();
            if (!fileName.equals(part.filename())) {
              diff.add("part " + want.name() + " filename " + part.filename() + " != " + fileName);
            }
            if (!Arrays.equals(content, part.content())) {
              diff.add("part " + want.name() + " content differs from " + (upload != null ? "UPLOAD_FILE"
                  : body.upload(want)) + ": " + new String(part.content(), StandardCharsets.ISO_8859_1));
            }
          } else {
            if (part.filename() != null) {
              diff.add("text part " + want.name() + " has a filename " + part.filename());
            }
            if (!want.value().equals(new String(part.content(), StandardCharsets.UTF_8))) {
              diff.add("part " + want.name() + " value " + new String(part.content(), StandardCharsets.UTF_8));
            }
          }
          // a declared content type must be sent; an undeclared one may be the client's default
          String partType = part.contentType() == null ? "" : part.contentType().split(";")[0].strip();
          if (!want.contentType().isEmpty() && !want.contentType().equalsIgnoreCase(partType)) {
            diff.add("part " + want.name() + " Content-Type " + part.contentType() + " != " + want.contentType());
          }
        }
      }
      default -> { }
    }
    return diff;
  }

  /** One parsed multipart part; filename null when the part has none. */
  record Part(String name, String filename, String contentType, byte[] content) {
    @Override
    public String toString() {
      return name + "/" + filename + "/" + contentType + "/" + content.length + " bytes";
    }
  }

  /** Parses a multipart/form-data body (RFC 7578) without any library. */
  static List<Part> parts(byte[] body, String boundary) {
    String text = new String(body, StandardCharsets.ISO_8859_1); // one char per byte, so indexes are byte offsets
    String delimiter = "--" + boundary;
    List<Part> out = new ArrayList<>();
    int at = text.indexOf(delimiter);
    while (at >= 0) {
      int start = at + delimiter.length();
      if (text.startsWith("--", start)) {
        break;
      }
      start = text.indexOf("\r\n", start) + 2;
      int next = text.indexOf("\r\n" + delimiter, start);
      if (next < 0) {
        throw new AssertionError("unterminated part at " + start);
      }
      int headerEnd = text.indexOf("\r\n\r\n", start);
      String headers = headerEnd < start - 2 ? "" : text.substring(start, headerEnd);
      byte[] content = text.substring(headerEnd + 4, next).getBytes(StandardCharsets.ISO_8859_1);
      String disposition = null;
      String contentType = null;
      for (String line : headers.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon < 0) {
          continue;
        }
        String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = new String(line.substring(colon + 1).strip().getBytes(StandardCharsets.ISO_8859_1),
            StandardCharsets.UTF_8);
        if (name.equals("content-disposition")) {
          disposition = value;
        } else if (name.equals("content-type")) {
          contentType = value;
        }
      }
      out.add(new Part(param(disposition, "name"), param(disposition, "filename"), contentType, content));
      at = next + 2;
    }
    return out;
  }

  /** A Content-Disposition parameter, quoted or not; null when absent. */
  private static String param(String disposition, String name) {
    if (disposition == null) {
      return null;
    }
    Matcher m = Pattern.compile("(?i);\\s*" + name + "=(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^;\\s]+))").matcher(disposition);
    if (!m.find()) {
      return null;
    }
    return m.group(1) != null ? m.group(1).replaceAll("\\\\(.)", "$1") : m.group(2);
  }

  /** Decoded name=value pairs of a form body ('+' is a space, as form decoding says). */
  static List<String> formPairs(String body) {
    List<String> out = new ArrayList<>();
    if (body.isEmpty()) {
      return out;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      out.add(SnippetsIT.decode(name.replace('+', ' ')) + "=" + SnippetsIT.decode(value.replace('+', ' ')));
    }
    return out;
  }

  private static byte[] concat(byte[]... arrays) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] a : arrays) {
      out.writeBytes(a);
    }
    return out.toByteArray();
  }
}
