package dev.assistcodegen.plan;

import dev.assistcodegen.model.Operation;

/** The name of a request, as the collection and the reference page show it. */
public final class RequestNames {
  /** Longest name, in code points; a longer summary or operationId is cut (the description has it whole). */
  public static final int MAX = 120;

  private RequestNames() {}

  /** {@link Names#request} on one line, cut to {@link #MAX} with an ellipsis. */
  public static String of(Operation op) {
    return of(Names.request(op));
  }

  /** A request name on one line, cut to {@link #MAX} with an ellipsis. */
  public static String of(String requestName) {
    String name = requestName.replaceAll("\\s+", " ").strip();
    if (name.codePointCount(0, name.length()) <= MAX) {
      return name;
    }
    return name.substring(0, name.offsetByCodePoints(0, MAX - 1)).stripTrailing() + "\u2026";
  }
}
