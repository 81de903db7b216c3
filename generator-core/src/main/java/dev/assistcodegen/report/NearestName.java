package dev.assistcodegen.report;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The known name a mistyped one most likely meant, for a "did you mean" hint in an error message. */
public final class NearestName {
  private NearestName() {}

  /**
   * The name in {@code known} nearest to {@code wanted} by edit distance, ignoring case; a whole word or a
   * prefix of three or more letters counts as near ("reader" finds "Project Reader", "admin"
   * "Administrator"). Empty when none is near enough to be a typo.
   */
  public static Optional<String> of(String wanted, Collection<String> known) {
    String typed = wanted.strip().toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String name : known) {
      String candidate = name.toLowerCase(Locale.ROOT);
      int distance = editDistance(typed, candidate);
      if (!typed.isEmpty() && List.of(candidate.split("\\s+")).contains(typed)
          || typed.length() >= 3 && candidate.startsWith(typed)) {
        distance = Math.min(distance, 1);
      }
      if (distance < bestDistance) {
        bestDistance = distance;
        best = name;
      }
    }
    int limit = Math.max(2, typed.length() / 2);
    return bestDistance <= limit ? Optional.of(best) : Optional.empty();
  }

  /** {@code "; did you mean 'x'?"} for the nearest name, or "" when there is none. */
  public static String hint(String wanted, Collection<String> known) {
    return of(wanted, known).map(name -> "; did you mean '" + name + "'?").orElse("");
  }

  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
