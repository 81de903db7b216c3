package dev.assistcodegen.examples;

/**
 * How large a synthesised example may grow: optional properties are filled level by level, the
 * top level first, down to {@code maxLevel} levels of nested objects, while the value stays within
 * {@code maxChars} characters of compact JSON. Required properties are always filled, whatever
 * the budget. docs/examples.md gives the measurements behind {@link #DEFAULT}.
 */
public record ExampleBudget(int maxLevel, int maxChars) {
  /** The budget of every example the generator writes: request bodies, response examples, parameters. */
  public static final ExampleBudget DEFAULT = new ExampleBudget(4, 3_000);

  public ExampleBudget {
    if (maxLevel < 1) {
      throw new IllegalArgumentException("maxLevel < 1: " + maxLevel);
    }
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars < 1: " + maxChars);
    }
  }
}
