package dev.assistcodegen.cli;

import dev.assistcodegen.GenerationResult;
import dev.assistcodegen.Generator;
import dev.assistcodegen.GeneratorConfig;
import dev.assistcodegen.OutputSizes;
import dev.assistcodegen.reference.ReferencePages;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code generate}: spec in, collection and environments out. */
@Command(
    name = "generate",
    abbreviateSynopsis = true,
    descriptionHeading = "%n",
    description = {
        "Generates a Postman collection, Postman environments, ACCESS.md (who may call what), runnable"
            + " snippets and a reference page (reference/index.html) from an OpenAPI 2.0, 3.0 or 3.1 spec.",
        "",
        "This is the default command: its options also work without the word generate"
            + " ('assist-codegen --spec api.yaml').",
        "",
        "The new output replaces the old one only once it is complete; files in the output directory that"
            + " assist-codegen did not write are left alone."},
    optionListHeading = "%nOptions:%n",
    footerHeading = "%nExamples:%n",
    footer = {
        "  assist-codegen --spec api.yaml --out build/postman",
        "  assist-codegen --role \"Project Reader\" --project-id 42 --language curl,python"})
final class GenerateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  GenerateOptions options;

  @Mixin
  HelpOption help;

  @Override
  public Integer call() {
    return run(options, spec.commandLine());
  }

  /** Generates with {@code options} and lists what was written on {@code cmd}'s output. */
  static int run(GenerateOptions options, CommandLine cmd) {
    ConsoleLog log = new ConsoleLog(cmd.getOut(), cmd.getErr(), options.verbose.verbose);
    GeneratorConfig config = options.config();
    GenerationResult result = Generator.generate(config, log);
    Path out = config.outputDir();
    log.info("Generated " + result.operationCount() + " requests of " + result.apiTitle() + " into " + out + ":");
    Path root = out.toAbsolutePath().normalize();
    Map<String, Integer> snippetsPerLanguage = new TreeMap<>();
    Map<String, Long> snippetBytes = new TreeMap<>();
    int referencePages = 0;
    long referenceBytes = 0;
    for (Path file : result.files()) {
      Path relative = root.relativize(file);
      long bytes = result.sizes().bytes(relative.toString().replace('\\', '/'));
      if (relative.getNameCount() > 2 && relative.getName(0).toString().equals("snippets")) {
        snippetsPerLanguage.merge(relative.getName(1).toString(), 1, Integer::sum);
        snippetBytes.merge(relative.getName(1).toString(), bytes, Long::sum);
      } else if (relative.getNameCount() == 2 && relative.getName(0).toString().equals(ReferencePages.FOLDER)) {
        referencePages++;
        referenceBytes += bytes;
      } else {
        log.info("  " + relative + " (" + OutputSizes.human(bytes) + ")");
      }
    }
    // a big spec's reference has a page per folder: one line, the page to open
    if (referencePages > 0) {
      log.info("  " + ReferencePages.FOLDER + "/index.html (" + (referencePages == 1 ? ""
          : referencePages + " pages, ") + OutputSizes.human(referenceBytes) + "): open it in a browser");
    }
    // hundreds of snippet files would drown the rest: one line per language
    snippetsPerLanguage.forEach((language, count) -> log.info("  snippets/" + language + "/ (" + count + (count == 1 ? " file, " : " files, ")
        + OutputSizes.human(snippetBytes.get(language)) + ")"));
    log.info("Wrote " + result.sizes().summary() + ".");
    return 0;
  }
}
