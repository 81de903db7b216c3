package dev.assistcodegen.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --spec} and {@code --roles-file}: the input of every command that reads a spec. */
final class SpecOptions {
  @Option(names = {"-s", "--spec"}, paramLabel = "FILE|URL",
      description = "OpenAPI 2.0, 3.0 or 3.1 spec (YAML or JSON): a file or an http(s) URL."
          + " Default: the embedded Loome Assist spec.")
  String spec;

  @Option(names = "--roles-file", paramLabel = "FILE",
      description = "Roles file (YAML). Default: <name>.roles.yaml beside the spec; for the embedded spec,"
          + " its own roles.")
  Path rolesFile;
}
