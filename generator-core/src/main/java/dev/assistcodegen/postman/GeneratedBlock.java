package dev.assistcodegen.postman;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a script that assist-codegen wrote, between a start and an end comment. A user
 * adds tests in Postman's script editor, so their code and ours end up in the same script; the
 * comments let a later generation replace ours and keep theirs, whatever either says. The end
 * line carries a hash of the lines between, so an edit inside the block can be told apart.
 */
public final class GeneratedBlock {
  /** First line of every block; a line whose text (trimmed) starts with this opens one. */
  public static final String START = "// assist-codegen: start of generated code";
  /** Last line of every block, followed by " (hash)". */
  public static final String END = "// assist-codegen: end of generated code";
  private static final String START_LINE = START
      + " (regenerating replaces it; your own code goes before or after this block)";
  private static final Pattern END_HASH = Pattern.compile("\\(([0-9a-f]{12})\\)\\s*$");

  private GeneratedBlock() {}

  /** {@code lines} between a start and an end line. */
  public static List<String> wrap(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size() + 2);
    out.add(START_LINE);
    out.addAll(lines);
    out.add(END + " (" + hash(lines) + ")");
    return out;
  }

  /**
   * A script split into the code around our blocks. {@code before}: the lines before the first
   * block; {@code after}: every other line outside a block, in order. {@code blocks}: how many
   * blocks there were; {@code edited}: a block's lines no longer match the hash of its end line;
   * {@code unterminated}: a start line had no end line, so the block ran to the end of the script.
   */
  public record Parts(List<String> before, List<String> after, int blocks, boolean edited, boolean unterminated) {
    public Parts {
      before = List.copyOf(before);
      after = List.copyOf(after);
    }

    /** The user's lines, in order. */
    public List<String> outside() {
      List<String> all = new ArrayList<>(before);
      all.addAll(after);
      return all;
    }

    /** True when some line outside the blocks holds more than white space. */
    public boolean hasUserCode() {
      return before.stream().anyMatch(l -> !l.isBlank()) || after.stream().anyMatch(l -> !l.isBlank());
    }
  }

  /** Splits a script's lines (Postman's {@code exec}) around the blocks assist-codegen wrote. */
  public static Parts split(List<String> lines) {
    Objects.requireNonNull(lines, "lines == null");
    List<String> before = new ArrayList<>();
    List<String> after = new ArrayList<>();
    List<String> inside = null;
    int blocks = 0;
    boolean edited = false;
    for (String raw : lines) {
      String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
      String text = line.strip();
      if (inside == null && text.startsWith(START)) {
        inside = new ArrayList<>();
        blocks++;
      } else if (inside != null && text.startsWith(END)) {
        Matcher m = END_HASH.matcher(text);
        edited |= !m.find() || !m.group(1).equals(hash(inside));
        inside = null;
      } else if (inside != null) {
        inside.add(line);
      } else {
        (blocks == 0 ? before : after).add(line);
      }
    }
    return new Parts(before, after, blocks, edited, inside != null);
  }

  private static String hash(List<String> lines) {
    return Fingerprints.of(String.join("\n", lines));
  }
}
