package dev.assistcodegen.snippets;

import java.util.List;
import java.util.Objects;

/**
 * A snippet language as its {@code language.yaml} describes it. {@code literal} names the
 * Java escaper ({@link Escapers#named}) that turns strings into literals of the language.
 * With {@code layout: directory} each snippet is {@code <request-slug>/<entryFile>} (Go:
 * one {@code package main} per directory); {@code files} are rendered once into the
 * language's root (e.g. {@code go.mod}).
 */
public record Language(
    String id,
    String name,
    String extension,
    String runtime,
    String dependencies,
    String literal,
    String layout,
    String entryFile,
    String check,
    String run,
    String highlight,
    List<String> files) {

  public Language {
    Objects.requireNonNull(id, "id == null");
    name = name == null ? id : name;
    Objects.requireNonNull(extension, "extension == null");
    runtime = runtime == null ? "" : runtime;
    dependencies = dependencies == null ? "" : dependencies;
    Objects.requireNonNull(literal, "literal == null");
    layout = layout == null ? "file" : layout;
    entryFile = entryFile == null ? "" : entryFile;
    check = check == null ? "" : check;
    run = run == null ? "" : run;
    highlight = highlight == null ? "" : highlight;
    files = List.copyOf(files == null ? List.of() : files);
  }

  /** True when each snippet lives in a directory of its own. */
  public boolean directoryLayout() {
    return "directory".equals(layout);
  }

  /** The entry template, relative to the template root. */
  public String template() {
    return id + "/snippet." + extension + ".ftl";
  }
}
