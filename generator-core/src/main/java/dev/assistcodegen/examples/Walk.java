package dev.assistcodegen.examples;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One pass over a schema to build an example: optional properties are filled down to
 * {@code levelLimit}, those on the deepest level only while {@code levelBudget} characters last.
 * Also what the pass met on the way: schemas being built on the current path, schemas already
 * built in full, and whether anything was left out for the level or the budget.
 */
final class Walk {
  final ExampleFactory.Direction direction;
  /** Optional properties on deeper levels than this are left out. */
  final int levelLimit;
  /** Characters the optional properties on {@code levelLimit} may add together. */
  final int levelBudget;
  /** {@code $ref}s being built on the current path (a repeat is a cycle), with their place on it (0 outermost). */
  private final Map<String, Integer> inProgress = new HashMap<>();
  /** {@code $ref}s already built with nothing left out, earlier in this value. */
  final Set<String> expanded = new HashSet<>();
  /** Characters added so far by optional properties on {@code levelLimit}. */
  int spent;
  /** Schema nodes visited, a guard for required nesting without end. */
  int nodes;
  /** Optional properties left out for any reason but validity: tells a value built in full from one that is not. */
  int omissions;
  /** An optional property was left out for lying deeper than {@code levelLimit}. */
  boolean cutByLevel;
  /** An optional property on {@code levelLimit} was left out because the budget was spent. */
  boolean cutByBudget;
  /** Above zero while a schema's required minimum is built: optional properties are left out. */
  int requiredOnly;
  /**
   * The outermost place on the path that a decision depended on (a cycle cut, a re-entry, a subtype
   * in progress); -1 after a depth guard, {@link Integer#MAX_VALUE} when none did.
   */
  int dependsOn = Integer.MAX_VALUE;
  /** A {@code $ref} on the current path whose required minimum may be built once more, or null. */
  String reentry;

  Walk(ExampleFactory.Direction direction, int levelLimit, int levelBudget) {
    this.direction = direction;
    this.levelLimit = levelLimit;
    this.levelBudget = levelBudget;
  }

  boolean building(String ref) {
    return inProgress.containsKey(ref);
  }

  /** How many {@code $ref}s are being built: the place the next one takes. */
  int pathLength() {
    return inProgress.size();
  }

  void enter(String ref) {
    inProgress.put(ref, inProgress.size());
  }

  void leave(String ref) {
    inProgress.remove(ref);
  }

  /** Notes that a decision depended on {@code ref} being built on the current path. */
  void dependOn(String ref) {
    dependsOn = Math.min(dependsOn, inProgress.get(ref));
  }

  /** The {@code $ref}s being built, any order. */
  Iterable<String> building() {
    return inProgress.keySet();
  }
}
