package dev.assistcodegen.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}: details on stderr, and the stack trace of an internal error. */
final class VerboseOption {
  /** The option's name, for the error handler that looks for it in what was parsed. */
  static final String NAME = "--verbose";

  @Option(names = NAME, description = "Print details, and stack traces on errors.")
  boolean verbose;
}
