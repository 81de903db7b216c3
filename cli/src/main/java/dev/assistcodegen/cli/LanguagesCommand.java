package dev.assistcodegen.cli;

import dev.assistcodegen.snippets.Language;
import dev.assistcodegen.snippets.LanguageCatalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code languages}: lists the snippet languages with their ids, runtime and dependencies. */
@Command(
    name = "languages",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = "Lists the snippet languages: id (for --language), name, runtime and dependencies.")
final class LanguagesCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--template-dir", paramLabel = "DIR",
      description = "Also list the languages this template folder adds or overrides.")
  Path templateDir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%-16s %-28s %-36s %s%n", "ID", "NAME", "RUNTIME", "DEPENDENCIES");
    for (Language language : LanguageCatalog.load(templateDir).all()) {
      out.printf("%-16s %-28s %-36s %s%n", language.id(), language.name(), language.runtime(),
          language.dependencies().isEmpty() ? "-" : language.dependencies());
    }
    out.flush();
    return 0;
  }
}
