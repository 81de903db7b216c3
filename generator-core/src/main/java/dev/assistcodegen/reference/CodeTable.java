package dev.assistcodegen.reference;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The snippets of one page, stored once per distinct line: a table of lines, and per snippet the
 * numbers of its lines, where a run of consecutive numbers {@code n, n+1, ..., n+k} is written
 * {@code n, -k}. The snippets of one language share most of their lines (the token request, the
 * error handling), so this keeps a page of hundreds of requests in twelve languages within a few
 * megabytes; the page's script joins the lines back with {@code \n}, giving every snippet byte for byte.
 *
 * <p>Lines are looked up by their place in the snippet file's bytes (an open-addressing table of line
 * numbers), so only a line seen for the first time is copied, and only the distinct lines are decoded
 * (for the page): tens of megabytes of snippets pass through here on a big spec.
 */
final class CodeTable {
  private byte[][] lines = new byte[256][];
  private int[] hashes = new int[256];
  private int[] slotOf = new int[256];
  private int count;
  /** Line numbers by hash, linear probing; -1 is empty. */
  private int[] slots = filled(1024);
  private final Map<String, List<Entry>> byAnchor = new LinkedHashMap<>();
  private long size;

  /** One snippet: its file and its encoded line numbers. */
  private record Entry(String path, int[] runs) {}

  /** What {@link #rollBack} returns to. */
  record Mark(int count, long size) {}

  /** Adds the snippets of the request {@code anchor}, in the page's language order. */
  void add(String anchor, List<Code> codes) {
    List<Entry> entries = new ArrayList<>(codes.size());
    for (Code code : codes) {
      int[] runs = encode(code.utf8());
      entries.add(new Entry(code.path(), runs));
      size += code.path().length() + 8 + runs.length * 5L;
    }
    byAnchor.put(anchor, entries);
  }

  /** About how many bytes the data of this table takes in the page so far. */
  long size() {
    return size;
  }

  Mark mark() {
    return new Mark(count, size);
  }

  /** Takes back the request added last ({@code anchor}) and the lines only it brought, to {@code mark}. */
  void rollBack(String anchor, Mark mark) {
    byAnchor.remove(anchor);
    // the lines added last, last first: no line added before them probed past their slots
    while (count > mark.count()) {
      count--;
      slots[slotOf[count]] = -1;
      lines[count] = null;
    }
    size = mark.size();
  }

  /** {@code text}'s lines as runs; UTF-8 is split at its {@code \n} bytes (never part of another character). */
  private int[] encode(byte[] text) {
    int[] runs = new int[16];
    int n = 0;
    int previous = -2;
    int start = 0;
    while (true) {
      int end = indexOf(text, start);
      int lineEnd = end < 0 ? text.length : end;
      int number = number(text, start, lineEnd);
      if (n + 1 >= runs.length) {
        runs = Arrays.copyOf(runs, runs.length * 2);
      }
      if (number == previous + 1 && n > 0 && runs[n - 1] < 0) {
        runs[n - 1]--;
      } else if (number == previous + 1 && n > 0) {
        runs[n++] = -1;
      } else {
        runs[n++] = number;
      }
      previous = number;
      if (end < 0) {
        return Arrays.copyOf(runs, n);
      }
      start = end + 1;
    }
  }

  private static int indexOf(byte[] text, int from) {
    for (int i = from; i < text.length; i++) {
      if (text[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** The number of the line {@code text[start, end)}, added to the table when it is new. */
  private int number(byte[] text, int start, int end) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + text[i];
    }
    hash ^= hash >>> 16;
    int mask = slots.length - 1;
    int slot = hash & mask;
    int length = end - start;
    for (int found = slots[slot]; found >= 0; found = slots[slot]) {
      if (hashes[found] == hash && Arrays.equals(lines[found], 0, lines[found].length, text, start, end)) {
        return found;
      }
      slot = (slot + 1) & mask;
    }
    if (count == lines.length) {
      lines = Arrays.copyOf(lines, count * 2);
      hashes = Arrays.copyOf(hashes, count * 2);
      slotOf = Arrays.copyOf(slotOf, count * 2);
    }
    lines[count] = Arrays.copyOfRange(text, start, end);
    hashes[count] = hash;
    slots[slot] = count;
    slotOf[count] = slot;
    size += length + 3;
    count++;
    if (count * 2 > slots.length) {
      rehash();
    }
    return count - 1;
  }

  /** A table twice the size, lines placed in the order they were added (so {@link #rollBack} stays right). */
  private void rehash() {
    slots = filled(slots.length * 2);
    int mask = slots.length - 1;
    for (int i = 0; i < count; i++) {
      int slot = hashes[i] & mask;
      while (slots[slot] >= 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = i;
      slotOf[i] = slot;
    }
  }

  private static int[] filled(int length) {
    int[] table = new int[length];
    Arrays.fill(table, -1);
    return table;
  }

  /**
   * {@code {"lines": [...], "code": {anchor: [[path, [runs]], ...]}}} as {@link ScriptJson}: languages in
   * the order of the page's tabs.
   */
  String json() {
    StringWriter out = new StringWriter((int) Math.min(Integer.MAX_VALUE - 16, size + 64));
    try (JsonGenerator json = ScriptJson.generator(out)) {
      json.writeStartObject();
      json.writeArrayFieldStart("lines");
      for (int i = 0; i < count; i++) {
        json.writeString(new String(lines[i], StandardCharsets.UTF_8));
      }
      json.writeEndArray();
      json.writeObjectFieldStart("code");
      for (Map.Entry<String, List<Entry>> e : byAnchor.entrySet()) {
        json.writeArrayFieldStart(e.getKey());
        for (Entry entry : e.getValue()) {
          json.writeStartArray();
          json.writeString(entry.path());
          json.writeArray(entry.runs(), 0, entry.runs().length);
          json.writeEndArray();
        }
        json.writeEndArray();
      }
      json.writeEndObject();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The text of snippet {@code index} of {@code anchor}, decoded as the page's script does (for tests). */
  String decode(String anchor, int index) {
    int[] runs = byAnchor.get(anchor).get(index).runs();
    List<String> out = new ArrayList<>();
    int last = -1;
    for (int run : runs) {
      if (run >= 0) {
        out.add(new String(lines[run], StandardCharsets.UTF_8));
        last = run;
      } else {
        for (int k = 1; k <= -run; k++) {
          out.add(new String(lines[last + k], StandardCharsets.UTF_8));
        }
        last -= run;
      }
    }
    return String.join("\n", out);
  }

  /** How many distinct lines the table holds (for tests). */
  int lineCount() {
    return count;
  }
}
