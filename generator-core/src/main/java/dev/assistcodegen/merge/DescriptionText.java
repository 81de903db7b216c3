package dev.assistcodegen.merge;

import dev.assistcodegen.postman.GenerationRecord;

/**
 * Merges a description: the text the user wrote before or after the generated text is kept
 * around the new generated text. A generated text the user edited inside is kept as theirs.
 */
final class DescriptionText {
  private DescriptionText() {}

  /**
   * The description to write. {@code generated}: the record of the text generated last time
   * (null when unknown: then the new text stands for it, and whatever differs is the user's).
   */
  static String merge(String fresh, String existing, GenerationRecord.Text generated, Kept kept) {
    GenerationRecord.Text old = generated != null ? generated : GenerationRecord.Text.of(fresh);
    if (old.matches(existing)) {
      return fresh;
    }
    int length = old.length();
    if (length >= 0 && existing.length() > length) {
      if (old.matches(existing.substring(0, length))) {
        kept.work("your description text");
        return fresh + existing.substring(length);
      }
      if (old.matches(existing.substring(existing.length() - length))) {
        kept.work("your description text");
        return existing.substring(0, existing.length() - length) + fresh;
      }
    }
    kept.work("your edited description");
    if (!old.matches(fresh)) {
      kept.note("the spec changed the description too: yours is kept, without the spec's new text");
    }
    return existing;
  }
}
