package dev.assistcodegen.plan;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Small valid files to upload where the spec gives no content of its own: a 1x1 PNG, JPEG, GIF or
 * BMP, a one-page PDF, a ZIP holding one text file, a short WAV, an SVG, XML, JSON, CSV or plain text
 * document. A media type none of them fits gets a few bytes of text (valid as
 * {@code application/octet-stream}).
 */
final class SampleFiles {
  /** The text every sample without a format of its own holds. */
  static final String TEXT = "example upload from assist-codegen\n";

  /** A 1x1 baseline JPEG (written by the JDK's ImageIO). */
  private static final String JPEG = "/9j/4AAQSkZJRgABAgAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4n"
      + "ICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIy"
      + "MjIyMjIyMjIyMjIyMjL/wAARCAABAAEDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUF"
      + "BAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNk"
      + "ZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP0"
      + "9fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEI"
      + "FEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOU"
      + "lZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDBooor7U8E"
      + "/9k=";

  /** A PDF 1.4 document of one empty 1-inch page, with a correct cross-reference table. */
  private static final String PDF = "JVBERi0xLjQKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4KZW5kb2JqCjIg"
      + "MCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4KZW5kb2JqCjMgMCBvYmoKPDwgL1R5cGUgL1BhZ2UgL1Bh"
      + "cmVudCAyIDAgUiAvTWVkaWFCb3ggWzAgMCA3MiA3Ml0gPj4KZW5kb2JqCnhyZWYKMCA0CjAwMDAwMDAwMDAgNjU1MzUgZiAKMDAwMDAwMDAw"
      + "OSAwMDAwMCBuIAowMDAwMDAwMDU4IDAwMDAwIG4gCjAwMDAwMDAxMTUgMDAwMDAgbiAKdHJhaWxlcgo8PCAvU2l6ZSA0IC9Sb290IDEgMCBS"
      + "ID4+CnN0YXJ0eHJlZgoxODQKJSVFT0YK";

  /** A ZIP archive holding example.txt (the sample text). */
  private static final String ZIP = "UEsDBBQACAgIAAAAnwEAAAAAAAAAAAAAAAALAAAAZXhhbXBsZS50eHRLrUjMLchJVSgtyMlPTFFIK8rP"
      + "VUgsLs4sLtFNzk9JTU/N4wIAUEsHCEob7F8lAAAAIwAAAFBLAQIUABQACAgIAAAAnwFKG+xfJQAAACMAAAALAAAAAAAAAAAAAAAAAAAAAABl"
      + "eGFtcGxlLnR4dFBLBQYAAAAAAQABADkAAABeAAAAAAA=";

  private record Sample(String fileName, String contentType, byte[] content) {
    boolean fits(String type) {
      return contentType.equals(type);
    }
  }

  private static final List<Sample> SAMPLES = List.of(
      binary("sample.png", "image/png",
          "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4XmMwTjsDAAI1AWZzV9GDAAAAAElFTkSuQmCC"),
      binary("sample.jpg", "image/jpeg", JPEG),
      binary("sample.gif", "image/gif", "R0lGODlhAQABAPAAADNmzDNmzCwAAAAAAQABAEAIBAABBAQAOw=="),
      binary("sample.bmp", "image/bmp",
          "Qk06AAAAAAAAADYAAAAoAAAAAQAAAAEAAAABABgAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAzGYzAA=="),
      text("sample.svg", "image/svg+xml",
          "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"><rect width=\"1\" height=\"1\"/></svg>\n"),
      binary("sample.pdf", "application/pdf", PDF),
      binary("sample.zip", "application/zip", ZIP),
      binary("sample.wav", "audio/wav", "UklGRiwAAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YQgAAACAgICAgICAgA=="),
      text("sample.json", "application/json", "{\"example\": \"upload from assist-codegen\"}\n"),
      text("sample.xml", "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<example>upload from"
          + " assist-codegen</example>\n"),
      text("sample.csv", "text/csv", "name,value\nexample,1\n"),
      text("sample.txt", "text/plain", TEXT));

  private static final Sample BYTES = text("sample.bin", "application/octet-stream", TEXT);

  private SampleFiles() {}

  /** A sample for {@code mediaType} (parameters and case ignored; wildcards and aliases taken as their usual type). */
  static Upload of(String mediaType) {
    Sample s = sampleFor(mediaType == null ? "" : mediaType);
    return new Upload("uploads/" + s.fileName(), s.contentType(), s.content());
  }

  private static Sample sampleFor(String mediaType) {
    String type = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    type = switch (type) {
      case "image/*", "image/x-png" -> "image/png";
      case "image/jpg", "image/pjpeg" -> "image/jpeg";
      case "image/x-ms-bmp", "image/x-bmp" -> "image/bmp";
      case "audio/*", "audio/x-wav", "audio/wave", "audio/vnd.wave" -> "audio/wav";
      case "application/x-zip-compressed", "application/x-zip" -> "application/zip";
      case "text/xml" -> "application/xml";
      case "text/*" -> "text/plain";
      default -> type;
    };
    for (Sample s : SAMPLES) {
      if (s.fits(type)) {
        return s;
      }
    }
    if (type.endsWith("+json")) {
      return sample("application/json");
    }
    if (type.endsWith("+xml")) {
      return sample("application/xml");
    }
    if (type.startsWith("text/")) {
      return sample("text/plain");
    }
    return BYTES;
  }

  private static Sample sample(String type) {
    return SAMPLES.stream().filter(s -> s.fits(type)).findFirst().orElseThrow();
  }

  private static Sample binary(String fileName, String contentType, String base64) {
    return new Sample(fileName, contentType, Base64.getDecoder().decode(base64));
  }

  private static Sample text(String fileName, String contentType, String text) {
    return new Sample(fileName, contentType, text.getBytes(StandardCharsets.UTF_8));
  }

}
