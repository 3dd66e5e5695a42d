package org.sujarit.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The DOCX as LibreOffice lays it out (what a server without Word would print). "TH Sarabun New" is
 * mapped to the application's metric-compatible font through fontconfig, as on an office PC that
 * lacks it. Skipped where LibreOffice (libreoffice-writer-nogui) is not installed.
 */
class DocxLibreOfficeTest {
  @Test
  void libreOfficeLaysOutTheSectionsTablesAndContentsPageNumbers() throws Exception {
    assumeTrue(Previews.available("soffice"), "LibreOffice (soffice) is not installed");
    Path dir = Files.createDirectories(Previews.DIRECTORY.resolve("libreoffice").toAbsolutePath());
    Path docx = Files.write(dir.resolve("plan-2566.docx"),
        new PlanDocuments().render(TestPlans.fiveYear(), DocumentFormat.DOCX, TestPlans.OPTIONS));
    Previews.run(List.of("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
        "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString()), Map.of("HOME", dir.toString(), "FONTCONFIG_FILE", fontConfig(dir).toString()));
    Path pdf = dir.resolve("plan-2566.pdf");
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      List<PDPage> pages = List.copyOf(toList(doc));
      assertThat(pages).hasSizeGreaterThan(15);
      assertThat(pages.stream().filter(p -> p.getMediaBox().getWidth() > p.getMediaBox().getHeight()).count()).isBetween(2L, 6L);
      // LibreOffice maps some stacked Thai marks to presentation forms in its text layer: check the figures
      String text = PdfDocumentTest.squeeze(new PDFTextStripper().getText(doc));
      assertThat(text).contains("จำนวน15โครงการ105,000112,000122,000102,000107,000.50", "จำนวน4โครงการ45,00045,00050,00035,00035,000");
      // the PAGEREF fields were computed: every entry of the contents ends in a page number
      PDFTextStripper contents = new PDFTextStripper();
      contents.setStartPage(3);
      contents.setEndPage(3);
      assertThat(contents.getText(doc).lines().filter(l -> l.contains("....")))
          .hasSize(17).allMatch(l -> l.strip().matches(".*\\.{4,}\\s*\\d+"));
      Map<String, Integer> previews = new LinkedHashMap<>();
      previews.put("2-foreword", 2);
      previews.put("3-contents", 3);
      for (int i = 0; i < pages.size(); i++) {
        if (pages.get(i).getMediaBox().getWidth() > pages.get(i).getMediaBox().getHeight()) {
          previews.putIfAbsent("5-part2", i + 1);
        }
      }
      if (Previews.available("pdftoppm")) Previews.pages(pdf, "libreoffice/plan-2566", previews);
    }
  }

  private static List<PDPage> toList(PDDocument doc) {
    List<PDPage> pages = new java.util.ArrayList<>();
    doc.getPages().forEach(pages::add);
    return pages;
  }

  /** System fonts plus the application's, with "TH Sarabun New" resolved to Laksaman TH16. */
  private static Path fontConfig(Path dir) throws Exception {
    Path fonts = Path.of("src", "main", "resources", "fonts").toAbsolutePath();
    return Files.writeString(dir.resolve("fonts.conf"), """
        <?xml version="1.0"?>
        <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
        <fontconfig>
          <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
          <dir>%s</dir>
          <cachedir>%s</cachedir>
          <match target="pattern">
            <test name="family"><string>TH Sarabun New</string></test>
            <edit name="family" mode="assign" binding="strong"><string>Laksaman TH16</string></edit>
          </match>
        </fontconfig>
        """.formatted(fonts, dir.resolve("fontcache")));
  }
}
