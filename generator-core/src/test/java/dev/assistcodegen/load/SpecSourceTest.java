package dev.assistcodegen.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/**
 * Why a spec URL could not be fetched, named with its host: Java's HTTP client throws these exceptions
 * with no message of their own (the CLI's BadInputTest fetches from a refused port and an unknown host).
 */
class SpecSourceTest {
  private static final URI URL = URI.create("https://api.example.test/openapi.yaml");

  private static <T extends Throwable> T causedBy(T e, Throwable cause) {
    e.initCause(cause);
    return e;
  }

  @Test
  void aRefusedConnectionNamesHostAndPort() {
    assertEquals("connection refused by api.example.test:443",
        SpecSource.whyNot(URL, causedBy(new ConnectException(), new ConnectException("Connection refused"))));
    assertEquals("connection refused by localhost:1",
        SpecSource.whyNot(URI.create("http://localhost:1/x.yaml"), new ConnectException()));
  }

  @Test
  void aHostThatDoesNotResolveIsNamed() {
    String expected = "unknown host 'api.example.test' (the name does not resolve)";
    assertEquals(expected, SpecSource.whyNot(URL, causedBy(new ConnectException(), new UnresolvedAddressException())));
    assertEquals(expected, SpecSource.whyNot(URL, new UnresolvedAddressException()));
  }

  @Test
  void timeoutsTlsAndOtherFailuresSayWhat() {
    assertEquals("no answer from api.example.test:443 (connect timed out after 20 s)",
        SpecSource.whyNot(URL, new HttpConnectTimeoutException("HTTP connect timed out")));
    assertEquals("no response from api.example.test:443 within 60 s",
        SpecSource.whyNot(URL, new HttpTimeoutException("request timed out")));
    assertEquals("cannot connect to api.example.test:443 (Network is unreachable)",
        SpecSource.whyNot(URL, causedBy(new ConnectException(), new ConnectException("Network is unreachable"))));
    assertEquals("TLS with api.example.test:443 failed (PKIX path building failed)",
        SpecSource.whyNot(URL, new SSLHandshakeException("PKIX path building failed")));
    assertEquals("IOException (api.example.test:443)", SpecSource.whyNot(URL, new IOException()));
    assertEquals("stream closed (api.example.test:443)", SpecSource.whyNot(URL, new IOException("stream closed")));
  }
}
