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
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sujarit.common.ThaiDigits;
import org.sujarit.interchange.PlanInterchange;

/**
 * Keeps one PNG per part of each test plan's PDF under target/document-previews (cover, foreword,
 * contents, Part 1, first and last page of Part 2, first detail sheet), to be looked at by a person.
 */
class PdfPreviewTest {
  @ParameterizedTest
  @ValueSource(strings = {"plan-2566", "plan-2562-thai-digits", "plan-edge"})
  void keepsOnePagePerPart(String name) throws Exception {
    assumeTrue(Previews.available("pdftoppm"), "pdftoppm (poppler-utils) is not installed");
    PlanInterchange plan = switch (name) {
      case "plan-2566" -> TestPlans.fiveYear();
      case "plan-2562-thai-digits" -> TestPlans.threeYear();
      default -> TestPlans.edgeCases();
    };
    RenderOptions options = name.contains("thai") ? TestPlans.OPTIONS.withThaiDigits(true).withSigner(null) : TestPlans.OPTIONS;
    byte[] pdf = new PlanDocuments().render(plan, DocumentFormat.PDF, options);
    Files.createDirectories(Previews.DIRECTORY);
    Path file = Files.write(Previews.DIRECTORY.resolve(name + ".pdf"), pdf);
    List<Path> images = Previews.pages(file, name, pagesOfParts(pdf));
    assertThat(images).allMatch(Files::isRegularFile);
  }

  private static Map<String, Integer> pagesOfParts(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      Map<String, Integer> bookmarks = new LinkedHashMap<>();
      for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
        String title = ThaiDigits.toArabic(item.getTitle());
        bookmarks.put(title, doc.getPages().indexOf(item.findDestinationPage(doc)) + 1);
        if (title.startsWith("ส่วนที่ 3") && item.getFirstChild() != null) {
          bookmarks.put("sheet", doc.getPages().indexOf(item.getFirstChild().findDestinationPage(doc)) + 1);
        }
      }
      int part1 = bookmarks.get("ส่วนที่ 1 บทนำ");
      int part2 = bookmarks.get("ส่วนที่ 2 แผนปฏิบัติการป้องกันการทุจริต");
      int part3 = bookmarks.getOrDefault("ส่วนที่ 3 รายละเอียดโครงการ/กิจกรรม/มาตรการ", doc.getNumberOfPages() + 1);
      Map<String, Integer> pages = new LinkedHashMap<>();
      pages.put("1-cover", 1);
      pages.put("2-foreword", bookmarks.get("คำนำ"));
      pages.put("3-contents", part1 - 1);
      pages.put("4-part1", part1);
      pages.put("5-part2", part2);
      pages.put("6-part2-total", part3 - 1);
      if (bookmarks.containsKey("sheet")) pages.put("7-part3", bookmarks.get("sheet"));
      return pages;
    }
  }
}
