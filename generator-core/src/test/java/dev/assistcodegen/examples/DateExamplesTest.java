package dev.assistcodegen.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.assistcodegen.report.GeneratorLog;
import dev.assistcodegen.load.SpecLoader;
import dev.assistcodegen.model.ApiSpec;
import dev.assistcodegen.model.Operation;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Date examples keep the form the spec wrote: a date stays a date, a date-time a date-time. */
class DateExamplesTest {
  @Test
  void dateAndDateTimeExamplesKeepTheirForm(@TempDir Path dir) throws Exception {
    Path spec = dir.resolve("dates.yaml");
    Files.writeString(spec, String.join("\n",
        "openapi: 3.0.3",
        "info: {title: Dates, version: '1'}",
        "paths:",
        "  /reports:",
        "    get:",
        "      operationId: listReports",
        "      parameters:",
        "        - {name: since, in: query, required: true, schema: {type: string, format: date}, example: '2024-05-01'}",
        "        - {name: at, in: query, required: true, schema: {type: string, format: date-time, example: '2024-05-01T10:20:30Z'}}",
        "        - {name: day, in: query, required: true, schema: {type: string, format: date, example: '2023-12-31'}}",
        "      responses:",
        "        '200': {description: ok}",
        ""));
    ApiSpec api = SpecLoader.load(spec.toString(), GeneratorLog.silent());
    Operation op = api.operations().get(0);
    assertEquals("2024-05-01", op.parameters().get(0).example().asText());
    assertEquals("2024-05-01T10:20:30Z", op.parameters().get(1).example().asText());
    assertEquals("2023-12-31", op.parameters().get(2).example().asText());
  }
}
