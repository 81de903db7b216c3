package dev.assistcodegen.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assistcodegen.Generator;
import dev.assistcodegen.GeneratorConfig;
import dev.assistcodegen.report.GeneratorLog;
import dev.assistcodegen.load.SpecLoader;
import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.model.Operation;
import dev.assistcodegen.plan.RequestExample;
import dev.assistcodegen.plan.RequestExamples;
import dev.assistcodegen.testing.RepoPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * PowerShell cannot run on this machine (no {@code pwsh} in Debian), so its snippets are read
 * back instead: every string a snippet holds is a single-quoted PowerShell literal (or a
 * {@code [char]} join) that decodes to exactly the request's value; the request goes through
 * {@code Invoke-RestMethod} with the right {@code Method}, {@code Uri}, headers and body; and
 * nothing from the spec reaches code outside a single-quoted string ({@code $(}, backticks,
 * double quotes, non-ASCII).
 */
class PowerShellSnippetTest {
  private static final Pattern CHAR = Pattern.compile("\\[char\\]0x([0-9a-f]{4})");

  @TempDir
  static Path tmp;

  static Stream<String> specs() {
    return Stream.of("loome", "golden", "hostile");
  }

  private static String specPath(String name) throws IOException {
    return switch (name) {
      case "loome" -> RepoPaths.spec("loome-assist.openapi.yaml").toString();
      case "golden" -> SnippetGoldenTest.SPEC.toString();
      default -> {
        Path spec = tmp.resolve("hostile.yaml");
        Files.writeString(spec, HostileSpec.YAML, StandardCharsets.UTF_8);
        yield spec.toString();
      }
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void everyPowerShellSnippetSendsTheCollectionsRequestThroughInvokeRestMethod(String name) throws Exception {
    String spec = specPath(name);
    ApiSpec api = SpecLoader.load(spec, GeneratorLog.silent());
    Map<String, byte[]> files = Generator.render(api,
        GeneratorConfig.builder().spec(spec).languages(List.of("powershell")).build(), GeneratorLog.silent());
    String template = Files.readString(RepoPaths.root().resolve("templates/powershell/snippet.ps1.ftl"));
    List<String> problems = new ArrayList<>();
    for (Operation op : api.operations()) {
      Path file = SnippetsIT.snippetOf(Path.of(""), files, "powershell", op);
      String text = new String(files.get(file.toString().replace('\\', '/')), StandardCharsets.UTF_8);
      try {
        check(text, RequestExamples.of(op), template);
      } catch (AssertionError e) {
        problems.add(file + ": " + e.getMessage());
      }
    }
    assertTrue(problems.isEmpty(), () -> problems.size() + " snippets fail:\n"
        + String.join("\n", problems.subList(0, Math.min(10, problems.size()))));
  }

  /** All structural checks of one snippet against the request the collection sends. */
  static void check(String text, RequestExample expected, String template) {
    codeOutsideStrings(text, template);
    List<String> lines = text.lines().toList();
    // URL: base URL setting plus the path and query as one literal
    String urlLine = only(lines, "$url = (Get-Setting 'BASE_URL' ");
    Literal base = Literal.parse(urlLine, "$url = (Get-Setting 'BASE_URL' ".length());
    String rest = urlLine.substring(base.end());
    assertTrue(rest.startsWith(") + "), "url line: " + urlLine);
    Literal path = Literal.parse(rest, 4);
    assertEquals(rest.length(), path.end(), "url line ends after the path: " + urlLine);
    String query = expected.resolvedQuery();
    assertEquals(expected.resolvedPath() + (query.isEmpty() ? "" : "?" + query), path.value(), "path and query");

    // headers: one $headers[...] line per enabled header, Content-Type as $contentType
    List<String> sent = new ArrayList<>();
    String contentType = null;
    for (String line : lines) {
      if (line.startsWith("$headers[") && !line.startsWith("$headers['Authorization']")) {
        Literal n = Literal.parse(line, "$headers[".length());
        assertTrue(line.startsWith("] = ", n.end()), line);
        if (line.startsWith("Get-Setting ", n.end() + 4)) {
          continue; // an API key header, from the environment
        }
        Literal v = Literal.parse(line, n.end() + 4);
        assertEquals(line.length(), v.end(), "header line ends after the value: " + line);
        sent.add(n.value() + ": " + v.value());
      } else if (line.startsWith("$contentType = '") || line.startsWith("$contentType = (")) {
        Literal v = Literal.parse(line, "$contentType = ".length());
        assertEquals(line.length(), v.end(), line);
        contentType = v.value();
      }
    }
    List<String> want = new ArrayList<>();
    String wantType = null;
    for (RequestExample.NameValue h : expected.headers()) {
      if (!h.enabled()) {
        continue;
      }
      if (h.name().equalsIgnoreCase("Content-Type")) {
        wantType = h.value();
      } else {
        want.add(h.name() + ": " + h.value());
      }
    }
    assertEquals(want, sent, "headers");
    assertEquals(wantType, contentType, "content type");

    // the call: Invoke-RestMethod with a splatted hashtable holding Method, Uri and Headers
    Matcher params = Pattern.compile("(?m)^\\$parameters = @\\{\\n((?:    .*\\n)+)\\}$").matcher(text);
    assertTrue(params.find(), "no $parameters hashtable");
    Literal method = Literal.parse(params.group(1), params.group(1).indexOf("Method = ") + "Method = ".length());
    assertEquals(expected.method(), method.value(), "Method");
    assertTrue(params.group(1).contains("    Uri = $url\n") && params.group(1).contains("    Headers = $headers\n"),
        params.group(1));
    assertEquals(1, count(text, "\n$response = Invoke-RestMethod @parameters\n"), "one Invoke-RestMethod @parameters");

    // body
    RequestExample.Body body = expected.body();
    switch (body.kind()) {
      case NONE -> assertEquals(0, count(text, "$parameters['Body']"), "no body");
      case JSON, RAW, URLENCODED -> {
        String prefix = "$parameters['Body'] = [System.Text.Encoding]::UTF8.GetBytes(";
        String line = only(lines, prefix);
        Literal b = Literal.parse(line, prefix.length());
        assertEquals(")", line.substring(b.end()), line);
        assertEquals(body.kind() == RequestExample.Body.Kind.URLENCODED ? body.formText()
            : body.text(), b.value(), "body");
      }
      case MULTIPART -> {
        List<String> parts = new ArrayList<>();
        for (String line : lines) {
          if (line.startsWith("$form.Add([System.Net.Http.StringContent]::new(")) {
            Literal v = Literal.parse(line, "$form.Add([System.Net.Http.StringContent]::new(".length());
            assertTrue(line.startsWith("), ", v.end()), line);
            Literal n = Literal.parse(line, v.end() + 3);
            assertEquals(")", line.substring(n.end()), line);
            parts.add(n.value() + "=" + v.value());
          } else if (line.startsWith("$form.Add($part, ")) {
            Literal n = Literal.parse(line, "$form.Add($part, ".length());
            Literal f = Literal.parse(line, n.end() + 2);
            assertEquals(")", line.substring(f.end()), line);
            parts.add(n.value() + "=@" + f.value());
          }
        }
        assertEquals(body.enabledFields().stream().map(f -> f.name() + "=" + (f.file() ? "@" + body.upload(f).fileName()
            : f.value())).toList(), parts, "multipart parts");
        assertEquals(1, count(text, "$parameters['Body'] = $form\n"), "multipart body");
      }
      case BINARY -> assertEquals(1, count(text, "$parameters['Body'] = Get-Upload '" + body.upload().base64() + "'\n"),
          "binary body: the planned file");
      default -> throw new AssertionError(body.kind());
    }
  }

  /**
   * Outside single-quoted strings and comments there is only layout: every line is printable
   * ASCII; a double-quoted string (which PowerShell expands) is one the template itself holds;
   * no {@code $(} and no backtick except the template's line continuations.
   */
  static void codeOutsideStrings(String text, String template) {
    for (String line : text.split("\n", -1)) {
      assertTrue(line.chars().allMatch(c -> c >= 0x20 && c < 0x7f), "not printable ASCII: " + line);
      if (line.stripLeading().startsWith("#")) {
        continue;
      }
      StringBuilder code = new StringBuilder();
      int i = 0;
      while (i < line.length()) {
        char c = line.charAt(i);
        if (c == '\'') {
          int end = i + 1;
          while (true) {
            end = line.indexOf('\'', end);
            assertTrue(end > 0, "unterminated single-quoted string: " + line);
            if (end + 1 < line.length() && line.charAt(end + 1) == '\'') {
              end += 2;
            } else {
              break;
            }
          }
          code.append("''");
          i = end + 1;
        } else if (c == '"') {
          int end = line.indexOf('"', i + 1);
          assertTrue(end > 0, "unterminated double-quoted string: " + line);
          String dq = line.substring(i, end + 1);
          assertTrue(template.contains(dq), "double-quoted string not from the template: " + dq);
          assertTrue(!dq.contains("$(") && !dq.contains("`"), "subexpression in " + dq);
          code.append("\"\"");
          i = end + 1;
        } else if (c == '#' && (i == 0 || line.charAt(i - 1) == ' ')) {
          break; // comment to end of line
        } else {
          code.append(c);
          i++;
        }
      }
      String outside = code.toString();
      assertTrue(!outside.contains("$("), "subexpression outside a string: " + line);
      int tick = outside.indexOf('`');
      // a line continuation the template wrote: the last backtick, after the last string
      assertTrue(tick < 0 || tick == outside.length() - 1
          && template.contains(outside.substring(outside.lastIndexOf("''") + 2) + "\n"),
          "backtick outside a string: " + line);
    }
  }

  private static String only(List<String> lines, String prefix) {
    List<String> found = lines.stream().filter(l -> l.startsWith(prefix)).toList();
    assertEquals(1, found.size(), "lines starting with " + prefix + ": " + found);
    return found.get(0);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }

  /** A PowerShell literal as {@link Escapers#powershell} writes it, decoded; {@code end} is where it stops. */
  record Literal(String value, int end) {
    static Literal parse(String s, int from) {
      if (s.startsWith("'", from)) {
        return quoted(s, from);
      }
      if (!s.startsWith("(", from)) {
        throw new AssertionError("no PowerShell literal at " + from + ": " + s);
      }
      StringBuilder value = new StringBuilder();
      int at = from + 1;
      while (true) {
        if (s.startsWith("'", at)) {
          Literal q = quoted(s, at);
          value.append(q.value());
          at = q.end();
        } else {
          Matcher m = CHAR.matcher(s).region(at, s.length());
          if (!m.lookingAt()) {
            throw new AssertionError("bad joined literal at " + at + ": " + s);
          }
          value.append((char) Integer.parseInt(m.group(1), 16));
          at = m.end();
        }
        if (s.startsWith(")", at)) {
          return new Literal(value.toString(), at + 1);
        }
        if (!s.startsWith(" + ", at)) {
          throw new AssertionError("bad joined literal at " + at + ": " + s);
        }
        at += 3;
      }
    }

    private static Literal quoted(String s, int from) {
      StringBuilder value = new StringBuilder();
      int at = from + 1;
      while (true) {
        int quote = s.indexOf('\'', at);
        if (quote < 0) {
          throw new AssertionError("unterminated string: " + s);
        }
        value.append(s, at, quote);
        if (quote + 1 < s.length() && s.charAt(quote + 1) == '\'') {
          value.append('\'');
          at = quote + 2;
        } else {
          return new Literal(value.toString(), quote + 1);
        }
      }
    }
  }
}
