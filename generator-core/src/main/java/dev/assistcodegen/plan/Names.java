package dev.assistcodegen.plan;

import dev.assistcodegen.model.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * What a person reads: request names, folder names and short phrases, the same in the collection,
 * the snippets (their file names are slugs of these names) and ACCESS.md.
 */
public final class Names {
  private Names() {}

  /** The request's name: its summary, else its operationId in words ({@code getHTTPStatus} is "Get HTTP Status"). */
  public static String request(Operation op) {
    if (!op.summary().isBlank()) {
      return op.summary().strip();
    }
    String words = words(op.operationId());
    return words.isEmpty() ? op.operationId() : words;
  }

  /**
   * An identifier as capitalised words: camelCase, PascalCase, snake_case, kebab-case and dotted names
   * split where their words meet; a run of capitals is one word (an acronym) up to the capital that
   * starts the next word; digits stay with the word before them ({@code getV2Users} is "Get V2 Users").
   */
  public static String words(String identifier) {
    List<String> words = new ArrayList<>();
    for (String chunk : identifier.split("[^\\p{L}\\p{N}]+")) {
      split(chunk, words);
    }
    StringBuilder out = new StringBuilder();
    for (String word : words) {
      if (out.length() > 0) {
        out.append(' ');
      }
      int first = word.codePointAt(0);
      out.appendCodePoint(Character.toTitleCase(first)).append(word, Character.charCount(first), word.length());
    }
    return out.toString();
  }

  private static void split(String chunk, List<String> words) {
    int[] cps = chunk.codePoints().toArray();
    int from = 0;
    for (int i = 1; i < cps.length; i++) {
      if (startsWord(cps, i)) {
        words.add(new String(cps, from, i - from));
        from = i;
      }
    }
    if (from < cps.length) {
      words.add(new String(cps, from, cps.length - from));
    }
  }

  /** True when the code point at {@code i} begins a new word: "aB", "ABc" (at the B), "2B". */
  private static boolean startsWord(int[] cps, int i) {
    int previous = cps[i - 1];
    int current = cps[i];
    if (Character.isUpperCase(current) || Character.isTitleCase(current)) {
      if (Character.isLowerCase(previous) || Character.isDigit(previous)) {
        return true;
      }
      // the last capital of an acronym starts the next word: "HTTPStatus" is "HTTP" "Status"
      return Character.isUpperCase(previous) && i + 1 < cps.length && Character.isLowerCase(cps[i + 1]);
    }
    return false; // "V2", "item2", "2fa": digits and the lower-case letters after them stay in the word
  }

  /**
   * A short phrase from {@code text} for a name: its first sentence (without the full stop), whitespace
   * folded, at most {@code max} code points; a longer sentence is cut at a word boundary and ends with
   * "…". Empty for blank text.
   */
  public static String phrase(String text, int max) {
    String folded = text.replaceAll("\\s+", " ").strip();
    String sentence = firstSentence(folded);
    if (sentence.codePointCount(0, sentence.length()) <= max) {
      return sentence;
    }
    String cut = sentence.substring(0, sentence.offsetByCodePoints(0, max - 1));
    int space = cut.lastIndexOf(' ');
    if (space > 0) {
      cut = cut.substring(0, space);
    }
    return cut.replaceAll("[\\s,;:.\\-–—(\\[]+$", "") + "\u2026";
  }

  /**
   * Up to the first '.', '!' or '?' followed by a space and a capital letter or digit, or by the end; a
   * full stop is dropped, '!' and '?' are kept. "e.g. this" is not the end of a sentence.
   */
  private static String firstSentence(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '!' && c != '?') {
        continue;
      }
      boolean end = i + 1 == text.length()
          || text.charAt(i + 1) == ' ' && i + 2 < text.length() && startsSentence(text.codePointAt(i + 2));
      if (end) {
        return c == '.' ? text.substring(0, i).stripTrailing() : text.substring(0, i + 1);
      }
    }
    return text;
  }

  private static boolean startsSentence(int cp) {
    return Character.isUpperCase(cp) || Character.isDigit(cp) || Character.isTitleCase(cp);
  }
}
