package dev.assistcodegen.load;

import org.yaml.snakeyaml.error.MarkedYAMLException;

/** One-line YAML syntax errors at snakeyaml's own problem position, for every YAML file we read. */
public final class YamlErrors {
  private YamlErrors() {}

  /** ":line:col: invalid YAML: ..." for a YAML syntax error (to follow the file name), else null. */
  public static String describe(Throwable e) {
    MarkedYAMLException marked = SyntaxCheck.yamlCause(e);
    return marked == null ? null : SyntaxCheck.yamlMessage(marked);
  }
}
