package dev.assistcodegen.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.assistcodegen.report.GenerationException;
import dev.assistcodegen.postman.CollectionValidator;
import dev.assistcodegen.postman.PostmanJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate}: checks collections against the official Postman Collection v2.1 schema. */
@Command(
    name = "validate",
    abbreviateSynopsis = true,
    descriptionHeading = "%n",
    description = "Validates Postman collections against the official Collection v2.1.0 JSON schema.",
    parameterListHeading = "%nArguments:%n",
    optionListHeading = "%nOptions:%n")
final class ValidateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Collection files (*.postman_collection.json).")
  List<Path> files;

  @Mixin
  VerboseOption verbose;

  @Mixin
  HelpOption help;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int invalid = 0;
    for (Path file : files) {
      JsonNode node = read(file);
      List<String> problems = CollectionValidator.validate(node);
      if (problems.isEmpty()) {
        out.println(file + ": valid Postman Collection v2.1");
      } else {
        invalid++;
        for (String problem : problems) {
          err.println(file + ": " + problem);
        }
      }
    }
    out.flush();
    err.flush();
    return invalid == 0 ? 0 : 1;
  }

  private static JsonNode read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new GenerationException(file + ": " + (Files.isDirectory(file) ? "is a directory" : "no such file"));
    }
    try {
      return PostmanJson.MAPPER.readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      var where = e.getLocation();
      throw new GenerationException(file + (where == null ? "" : ":" + where.getLineNr() + ":" + where.getColumnNr())
          + ": invalid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new GenerationException(file + ": cannot be read: " + e.getMessage(), e);
    }
  }
}
