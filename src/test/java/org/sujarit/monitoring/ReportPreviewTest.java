package org.sujarit.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sujarit.document.layout.ReportFormat;
import org.sujarit.monitoring.report.ProgressReport;

/**
 * Renders the annual report of a 50-item sample round to {@code target/report-previews/}, as PDF,
 * DOCX and (where poppler is installed) PNG pages to look at; checks what a reader must find in it.
 */
class ReportPreviewTest {
  static final Path DIR = Path.of("target/report-previews");

  @Test
  void theAnnualReportOfAFiftyItemPlan() throws Exception {
    Progress.Board board = SampleBoards.annual(50);
    Files.createDirectories(DIR);
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    ProgressReport.render(board, new TreeMap<>(SampleBoards.DIMENSIONS), ReportFormat.PDF, SampleBoards.thaiTexts(), pdf);
    ByteArrayOutputStream docx = new ByteArrayOutputStream();
    ProgressReport.render(board, new TreeMap<>(SampleBoards.DIMENSIONS), ReportFormat.DOCX, SampleBoards.thaiTexts(), docx);
    Path pdfFile = DIR.resolve("monitoring-sample-annual.pdf");
    Files.write(pdfFile, pdf.toByteArray());
    Files.write(DIR.resolve("monitoring-sample-annual.docx"), docx.toByteArray());
    try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("ประจำปีงบประมาณ พ.ศ. 2567").contains("องค์การบริหารส่วนตำบลห้วยทรายงาม").contains("นายสมชาย ใจซื่อ")
          .contains("87.52").contains("รวมทั้งสิ้น");
      assertThat(doc.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f); // A4
      // every amount in satang, as the text states them: a column of "154,254.50" above a total of "479,014" read as two formats
      assertThat(java.util.regex.Pattern.compile("(?<![\\d.,])\\d{1,3}(,\\d{3})+(?![\\d.,])").matcher(text).results().map(java.util.regex.MatchResult::group).toList())
          .as("amounts without satang").isEmpty();
    }
    if (new File("/usr/bin/pdftoppm").canExecute()) {
      new ProcessBuilder("pdftoppm", "-r", "70", "-png", pdfFile.toString(), DIR.resolve("monitoring-sample-annual").toString())
          .inheritIO().start().waitFor();
    }
  }
}
