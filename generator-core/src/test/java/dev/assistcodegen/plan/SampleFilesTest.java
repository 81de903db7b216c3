package dev.assistcodegen.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The sample files requests upload when the spec gives no content are valid files of their type. */
class SampleFilesTest {
  @Test
  void imagesDecode() throws IOException {
    for (String type : new String[] {"image/png", "image/jpeg", "image/gif", "image/bmp"}) {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(SampleFiles.of(type).content()));
      assertNotNull(image, type + " does not decode");
      assertEquals(1, image.getWidth(), type);
    }
  }

  @Test
  void thePdfsCrossReferencesPointAtItsObjects() {
    String pdf = new String(SampleFiles.of("application/pdf").content(), StandardCharsets.ISO_8859_1);
    assertTrue(pdf.startsWith("%PDF-1.4\n") && pdf.endsWith("%%EOF\n"), pdf);
    Matcher entry = Pattern.compile("(\\d{10}) 00000 n ").matcher(pdf);
    int object = 1;
    while (entry.find()) {
      assertTrue(pdf.startsWith(object++ + " 0 obj", Integer.parseInt(entry.group(1))), "xref entry " + entry.group());
    }
    assertEquals(4, object, "three objects");
    Matcher start = Pattern.compile("startxref\\n(\\d+)").matcher(pdf);
    assertTrue(start.find() && pdf.startsWith("xref", Integer.parseInt(start.group(1))));
  }

  @Test
  void theZipHoldsTheSampleText() throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(SampleFiles.of("application/zip").content()))) {
      ZipEntry entry = zip.getNextEntry();
      assertEquals("example.txt", entry.getName());
      assertEquals(SampleFiles.TEXT, new String(zip.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void theWavHeaderMatchesItsData() {
    ByteBuffer wav = ByteBuffer.wrap(SampleFiles.of("audio/wav").content()).order(ByteOrder.LITTLE_ENDIAN);
    assertEquals("RIFF", new String(wav.array(), 0, 4, StandardCharsets.US_ASCII));
    assertEquals(wav.capacity() - 8, wav.getInt(4));
    assertEquals("data", new String(wav.array(), 36, 4, StandardCharsets.US_ASCII));
    assertEquals(wav.capacity() - 44, wav.getInt(40));
  }

  @Test
  void mediaTypesFindTheirSample() {
    assertEquals("uploads/sample.png", SampleFiles.of("image/*").path());
    assertEquals("uploads/sample.jpg", SampleFiles.of("IMAGE/JPG; q=1").path());
    assertEquals("uploads/sample.json", SampleFiles.of("application/vnd.api+json").path());
    assertEquals("uploads/sample.xml", SampleFiles.of("text/xml").path());
    assertEquals("uploads/sample.txt", SampleFiles.of("text/markdown").path());
    assertEquals("uploads/sample.bin", SampleFiles.of("application/octet-stream").path());
    assertEquals("uploads/sample.bin", SampleFiles.of("video/mp4").path(), "no sample fits: bytes of text");
    assertEquals("uploads/sample.bin", SampleFiles.of("").path());
  }

  @Test
  void ownContentGetsAFileOfItsOwnNumberedWhenTheNameIsTaken() {
    UploadFiles files = new UploadFiles();
    Upload a = files.own("op-file", "text/plain", "a".getBytes(StandardCharsets.UTF_8));
    Upload again = files.own("op-file", "text/plain", "a".getBytes(StandardCharsets.UTF_8));
    Upload b = files.own("op-file", "text/plain", "b".getBytes(StandardCharsets.UTF_8));
    Upload unknown = files.own("op-doc", "", "c".getBytes(StandardCharsets.UTF_8));
    assertEquals("uploads/op-file.txt", a.path());
    assertEquals(a.path(), again.path());
    assertEquals("uploads/op-file-2.txt", b.path());
    assertEquals("uploads/op-doc.txt", unknown.path());
    files.sample("image/png");
    assertEquals(java.util.List.of("uploads/op-doc.txt", "uploads/op-file-2.txt", "uploads/op-file.txt",
        "uploads/sample.png"), java.util.List.copyOf(files.files().keySet()));
  }
}
