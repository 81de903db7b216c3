package dev.assistcodegen.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs a collection with Newman and reads its JSON report. */
public final class Newman {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Newman() {}

  /** One request Newman sent (or skipped), with its response and the messages of its failed assertions. */
  public record Execution(String itemId, String name, String method, String url, int code, String body,
      Map<String, String> headers, List<String> failures, List<String> passed) {}

  /** The whole run: executions in order, the raw report and Newman's console output. */
  public record Report(List<Execution> executions, JsonNode raw, String console) {
    /** Every failure of the run, including those of skipped requests (which have no execution). */
    public List<String> allFailures() {
      List<String> out = new ArrayList<>();
      for (JsonNode f : raw.path("run").path("failures")) {
        out.add(f.path("source").path("name").asText() + ": " + f.path("error").path("test").asText()
            + " -> " + f.path("error").path("message").asText());
      }
      return out;
    }
  }

  /** Runs {@code collection} with {@code environment}; extra arguments go to newman as they are. */
  public static Report run(Path collection, ObjectNode environment, Path workDir, String... extraArgs) {
    try {
      Path env = workDir.resolve("environment.json");
      Files.writeString(env, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(environment));
      Path report = workDir.resolve("newman-report.json");
      Files.deleteIfExists(report);
      List<String> cmd = new ArrayList<>(List.of(RepoPaths.npmTool("newman").toString(), "run",
          collection.toString(), "-e", env.toString(), "--reporters", "cli,json", "--reporter-json-export",
          report.toString(), "--timeout-request", "20000", "--color", "off", "--disable-unicode"));
      cmd.addAll(List.of(extraArgs));
      Processes.Result result = Processes.run(cmd, workDir, Map.of("NO_COLOR", "1"), 300);
      if (!Files.exists(report)) {
        throw new AssertionError("newman wrote no report (exit " + result.exitCode() + "):\n" + result.output());
      }
      JsonNode raw = JSON.readTree(report.toFile());
      List<Execution> executions = new ArrayList<>();
      for (JsonNode e : raw.path("run").path("executions")) {
        List<String> failures = new ArrayList<>();
        List<String> passed = new ArrayList<>();
        for (JsonNode a : e.path("assertions")) {
          if (a.has("error")) {
            failures.add(a.path("assertion").asText() + " -> " + a.path("error").path("message").asText());
          } else {
            passed.add(a.path("assertion").asText());
          }
        }
        JsonNode response = e.path("response");
        StringBuilder body = new StringBuilder();
        for (JsonNode b : response.path("stream").path("data")) {
          body.append((char) b.asInt());
        }
        JsonNode url = e.path("request").path("url");
        String urlText = "/" + String.join("/", iterable(url.path("path")));
        Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (JsonNode h : response.path("header")) {
          headers.put(h.path("key").asText(), h.path("value").asText());
        }
        executions.add(new Execution(e.path("item").path("id").asText(), e.path("item").path("name").asText(),
            e.path("request").path("method").asText(), urlText, response.path("code").asInt(0),
            new String(body.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8),
            headers, failures, passed));
      }
      return new Report(executions, raw, result.output());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> iterable(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  /** Reads a JSON file as an object (e.g. a generated environment, to fill in). */
  public static ObjectNode readObject(byte[] json) {
    try {
      return (ObjectNode) JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
