package dev.assistcodegen.merge;

import java.util.ArrayList;
import java.util.List;

/** What a merge kept of the user's work on one request, folder or the collection, and what to warn about. */
final class Kept {
  private final List<String> work = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  /** Something of the user's that was carried over ("your test script"). */
  void work(String what) {
    work.add(what);
  }

  /** Something the user should know: a conflict, or an edit that could not be kept. */
  void note(String what) {
    notes.add(what);
  }

  List<String> work() {
    return List.copyOf(work);
  }

  List<String> notes() {
    return List.copyOf(notes);
  }

  boolean isEmpty() {
    return work.isEmpty() && notes.isEmpty();
  }
}
