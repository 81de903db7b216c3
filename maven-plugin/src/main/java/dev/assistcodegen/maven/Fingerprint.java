package dev.assistcodegen.maven;

import dev.assistcodegen.Generator;
import dev.assistcodegen.GeneratorConfig;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * SHA-256 over everything a run's output depends on: the plugin version, every option of the
 * configuration, the content of the spec (and of the local files it pulls in with {@code $ref}),
 * and the content of every file or directory option (roles file, template directory). Empty
 * when that cannot be known without fetching the spec from a URL: then the goal always runs.
 */
final class Fingerprint {
  /** The file part of a {@code $ref} value in YAML or JSON; refs within the document ('#/...') match empty. */
  private static final Pattern REF = Pattern.compile("[\"']?\\$ref[\"']?\\s*:\\s*[\"']?([^\"'#\\s,}]*)");

  private final MessageDigest digest;

  private Fingerprint() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** The fingerprint of a run with {@code config} by plugin {@code pluginVersion}, as hex. */
  static Optional<String> of(GeneratorConfig config, String pluginVersion) {
    String spec = config.spec();
    if (spec != null && spec.matches("(?i)https?:.*")) {
      return Optional.empty();
    }
    Fingerprint f = new Fingerprint();
    f.add("plugin", pluginVersion);
    // every option the config has, so one added to GeneratorConfig later counts without a change here
    for (Map.Entry<String, Object> option : config.options().entrySet()) {
      Object value = option.getValue();
      f.add("option " + option.getKey(), canonical(value));
      if (value instanceof Path path && !path.equals(config.outputDir())) {
        f.addTree(path);
      }
    }
    if (spec == null) {
      Generator.embeddedSpecFiles().forEach((name, bytes) -> f.add("embedded " + name, bytes));
    } else {
      f.addSpecFiles(spec.regionMatches(true, 0, "file:", 0, 5) ? Path.of(URI.create(spec)) : Path.of(spec));
    }
    return Optional.of(HexFormat.of().formatHex(f.digest.digest()));
  }

  /** A value as text that does not depend on iteration order of sets or on the working directory. */
  private static String canonical(Object value) {
    if (value instanceof Path path) {
      return path.toAbsolutePath().normalize().toString();
    }
    if (value instanceof Set<?> set) {
      return set.stream().map(Fingerprint::canonical).sorted().toList().toString();
    }
    if (value instanceof Collection<?> list) {
      return list.stream().map(Fingerprint::canonical).toList().toString();
    }
    return String.valueOf(value);
  }

  /** The spec file and, transitively, every local file it references with {@code $ref}. */
  private void addSpecFiles(Path spec) {
    Set<Path> seen = new HashSet<>();
    Deque<Path> pending = new ArrayDeque<>(List.of(spec.toAbsolutePath().normalize()));
    while (!pending.isEmpty()) {
      Path file = pending.pop();
      if (!seen.add(file)) {
        continue;
      }
      byte[] bytes = addFile(file);
      if (bytes == null) {
        continue;
      }
      Matcher m = REF.matcher(new String(bytes, StandardCharsets.UTF_8));
      while (m.find()) {
        String ref = m.group(1);
        if (!ref.isEmpty() && !ref.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
          pending.push(file.resolveSibling(ref).normalize());
        }
      }
    }
  }

  /** A file's content, or every file below a directory by relative path; absence counts too. */
  private void addTree(Path path) {
    if (!Files.isDirectory(path)) {
      addFile(path);
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        add("entry", path.relativize(file).toString().replace('\\', '/'));
        addFile(file);
      }
    } catch (IOException e) {
      add("unreadable", path + ": " + e.getMessage());
    }
  }

  private byte[] addFile(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      add("file " + file.toAbsolutePath().normalize(), bytes);
      return bytes;
    } catch (IOException e) {
      // the generator reports a missing or unreadable file; here it just means "changed"
      add("missing " + file.toAbsolutePath().normalize(), new byte[0]);
      return null;
    }
  }

  private void add(String label, String value) {
    add(label, value.getBytes(StandardCharsets.UTF_8));
  }

  /** Length-prefixed, so that no two different inputs give the same byte stream. */
  private void add(String label, byte[] value) {
    byte[] name = label.getBytes(StandardCharsets.UTF_8);
    digest.update(lengthOf(name.length));
    digest.update(name);
    digest.update(lengthOf(value.length));
    digest.update(value);
  }

  private static byte[] lengthOf(int n) {
    return new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n};
  }
}
