package dev.assistcodegen.cli;

import picocli.CommandLine.Option;

/** {@code -h, --help} of a subcommand (only the top command offers {@code -V}: a subcommand has no version of its own). */
final class HelpOption {
  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;
}
