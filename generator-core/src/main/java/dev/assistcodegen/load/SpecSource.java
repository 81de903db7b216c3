package dev.assistcodegen.load;

import dev.assistcodegen.report.GenerationException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import javax.net.ssl.SSLException;

/**
 * The text of a spec and the location swagger-parser resolves relative {@code $ref}s
 * against: a file, a URL, or the embedded Loome Assist spec.
 */
public record SpecSource(String displayName, String location, String text) {

  /** Class-path location of the embedded default spec. */
  public static final String EMBEDDED_RESOURCE = "/dev/assistcodegen/spec/loome-assist.openapi.yaml";

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

  public SpecSource {
    Objects.requireNonNull(displayName, "displayName == null");
    Objects.requireNonNull(text, "text == null");
  }

  /** True when the text came from the class path rather than a file or URL. */
  public boolean isEmbedded() {
    return location == null;
  }

  /** Reads the spec at {@code location} (file path or http(s)/file URL); null means embedded. */
  public static SpecSource open(String location) {
    if (location == null || location.isBlank()) {
      return embedded();
    }
    if (location.startsWith("http://") || location.startsWith("https://")) {
      return fromUrl(location);
    }
    Path path = location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
    return fromFile(path);
  }

  public static SpecSource embedded() {
    try (InputStream in = SpecSource.class.getResourceAsStream(EMBEDDED_RESOURCE)) {
      if (in == null) {
        throw new GenerationException("the embedded Loome Assist spec is missing from the jar (" + EMBEDDED_RESOURCE + ")");
      }
      return new SpecSource("embedded:loome-assist.openapi.yaml", null,
          new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new GenerationException("cannot read the embedded spec: " + e.getMessage(), e);
    }
  }

  private static SpecSource fromFile(Path path) {
    String name = path.toString();
    if (!Files.exists(path)) {
      throw new GenerationException(name + ": no such file");
    }
    if (Files.isDirectory(path)) {
      throw new GenerationException(name + ": is a directory, not an OpenAPI file");
    }
    if (!Files.isReadable(path)) {
      throw new GenerationException(name + ": cannot be read (permission denied)");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new GenerationException(name + ": cannot be read: " + e.getMessage(), e);
    }
    return new SpecSource(name, path.toAbsolutePath().normalize().toUri().toString(), decode(name, bytes));
  }

  private static SpecSource fromUrl(String url) {
    try {
      HttpClient client = HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NORMAL)
          .connectTimeout(CONNECT_TIMEOUT)
          .build();
      HttpResponse<byte[]> response = client.send(
          HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() / 100 != 2) {
        throw new GenerationException(url + ": HTTP " + response.statusCode() + " when fetching the spec");
      }
      return new SpecSource(url, url, decode(url, response.body()));
    } catch (IOException e) {
      throw new GenerationException(url + ": cannot fetch the spec: " + whyNot(URI.create(url), e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GenerationException(url + ": interrupted while fetching the spec", e);
    } catch (UnresolvedAddressException e) {
      throw new GenerationException(url + ": cannot fetch the spec: " + whyNot(URI.create(url), e), e);
    } catch (IllegalArgumentException e) {
      throw new GenerationException(url + ": not a valid URL: " + e.getMessage(), e);
    }
  }

  /**
   * Why a connection failed, naming the host: Java's HTTP client often throws with no message at all
   * (a refused connection, a host that does not resolve), and "null" helps nobody.
   */
  static String whyNot(URI uri, Exception e) {
    String host = uri.getHost();
    int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
        return "unknown host '" + host + "' (the name does not resolve)";
      }
    }
    if (e instanceof HttpConnectTimeoutException) {
      return "no answer from " + host + ":" + port + " (connect timed out after " + CONNECT_TIMEOUT.toSeconds() + " s)";
    }
    if (e instanceof HttpTimeoutException) {
      return "no response from " + host + ":" + port + " within " + REQUEST_TIMEOUT.toSeconds() + " s";
    }
    if (e instanceof ConnectException) {
      String detail = deepestMessage(e);
      return detail != null && !detail.toLowerCase(Locale.ROOT).contains("refused")
          ? "cannot connect to " + host + ":" + port + " (" + detail + ")"
          : "connection refused by " + host + ":" + port;
    }
    if (e instanceof SSLException) {
      return "TLS with " + host + ":" + port + " failed (" + deepestMessage(e) + ")";
    }
    String detail = deepestMessage(e);
    return (detail == null ? e.getClass().getSimpleName() : detail) + " (" + host + ":" + port + ")";
  }

  /** The message of the innermost cause that has one, or null. */
  private static String deepestMessage(Throwable e) {
    String message = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        message = t.getMessage();
      }
    }
    return message;
  }

  private static String decode(String name, byte[] bytes) {
    if (bytes.length == 0) {
      throw new GenerationException(name + ": the file is empty");
    }
    int probe = Math.min(bytes.length, 8192);
    for (int i = 0; i < probe; i++) {
      if (bytes[i] == 0) {
        throw new GenerationException(name + ": binary data, not a YAML or JSON OpenAPI document");
      }
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new GenerationException(name + ": the file is empty");
    }
    return text;
  }
}
