package dev.assistcodegen.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --template-dir}: the user's snippet templates, for the commands that know snippet languages. */
final class TemplateDirOption {
  @Option(names = "--template-dir", paramLabel = "DIR",
      description = "Folder of snippet templates searched before the built-in ones (to override or add a language).")
  Path templateDir;
}
