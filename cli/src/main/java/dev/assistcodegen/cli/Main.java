package dev.assistcodegen.cli;

/** Launcher: {@code java -jar assist-codegen.jar [command] [options]}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(AssistCodegen.commandLine().execute(args));
  }
}
