package org.sujarit.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceTypeTest {
  @TempDir Path dir;

  @Test
  void kindsAreReadFromTheFirstBytes() throws IOException {
    Path any = dir.resolve("x");
    Files.write(any, new byte[] {1});
    assertThat(EvidenceType.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0, 0, 0, 0}, 8, any)).contains(EvidenceType.JPEG);
    assertThat(EvidenceType.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 8, any)).contains(EvidenceType.PNG);
    assertThat(EvidenceType.sniff("%PDF-1.7".getBytes(), 8, any)).contains(EvidenceType.PDF);
    assertThat(EvidenceType.sniff("MZ\u0090\u0000abcd".getBytes(), 8, any)).isEmpty();
    assertThat(EvidenceType.sniff("%PD".getBytes(), 3, any)).isEmpty();
  }

  @Test
  void aZipIsAWordDocumentOnlyWhenItHoldsOne() throws IOException {
    Path docx = zip("a.docx", "[Content_Types].xml", "word/document.xml");
    Path xlsx = zip("b.docx", "[Content_Types].xml", "xl/workbook.xml");
    byte[] head = Files.readAllBytes(docx);
    assertThat(EvidenceType.sniff(head, 8, docx)).contains(EvidenceType.DOCX);
    assertThat(EvidenceType.sniff(Files.readAllBytes(xlsx), 8, xlsx)).isEmpty();
  }

  @Test
  void namesClaimAKindByExtension() {
    assertThat(EvidenceType.ofFileName("รูปกิจกรรม.JPG")).contains(EvidenceType.JPEG);
    assertThat(EvidenceType.ofFileName("a.jpeg")).contains(EvidenceType.JPEG);
    assertThat(EvidenceType.ofFileName("memo.docx")).contains(EvidenceType.DOCX);
    assertThat(EvidenceType.ofFileName("virus.exe")).isEmpty();
    assertThat(EvidenceType.ofFileName("noextension")).isEmpty();
  }

  private Path zip(String name, String... entries) throws IOException {
    Path p = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(p); ZipOutputStream z = new ZipOutputStream(out)) {
      for (String e : entries) {
        z.putNextEntry(new ZipEntry(e));
        z.write("<x/>".getBytes());
        z.closeEntry();
      }
    }
    return p;
  }
}
