package dev.assistcodegen.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest (Implementation-Version). */
final class ManifestVersion implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = AssistCodegen.class.getPackage().getImplementationVersion();
    return new String[] {"assist-codegen " + (version == null ? "(development build)" : version)};
  }
}
