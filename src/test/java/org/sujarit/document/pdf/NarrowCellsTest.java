package org.sujarit.document.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sujarit.common.ThaiDates;
import org.sujarit.document.layout.Align;
import org.sujarit.document.layout.LineBreakRules;
import org.sujarit.document.layout.DocumentInfo;
import org.sujarit.document.layout.OfficialDocument;
import org.sujarit.document.layout.PageSetup;
import org.sujarit.document.layout.Section;
import org.sujarit.document.layout.Table;

/** Every word of the dictionary, and numbers with units, set in cells narrow enough to wrap often. */
class NarrowCellsTest {

  @Test
  void noDictionaryWordAndNoNumberIsCutAcrossLines() throws Exception {
    DocumentInfo info = new DocumentInfo("ทดสอบการตัดบรรทัด", "ทดสอบ", "", LocalDate.of(2026, 1, 5).atStartOfDay(ThaiDates.BANGKOK), false);
    OfficialDocument.Builder doc = OfficialDocument.builder(info).section(PageSetup.PORTRAIT, Section.PageNumbers.NONE);
    List<Table.Row> rows = new ArrayList<>();
    rows.add(Table.Row.header(List.of("ข้อความ", "ข้อความ")));
    for (String word : LineBreakRules.WORDS) {
      rows.add(Table.Row.body(List.of("ส่งเสริม" + word + "ของประชาชน", "งบประมาณ 25,000 บาท ร้อยละ 80")));
    }
    float[] narrow = {80, 60};
    Table table = new Table(Table.columns(140, narrow, Align.LEFT, Align.LEFT), 1, rows, 14);
    byte[] pdf = doc.add(table).build().pdf();
    try (PDDocument read = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(read).replace("\r", "");
      List<String> lines = text.lines().toList();
      for (String word : LineBreakRules.WORDS) {
        assertThat(lines).as(word).anyMatch(l -> l.contains(word));
      }
      assertThat(lines).noneMatch(l -> l.endsWith("25,000") || l.strip().equals("บาท") || l.strip().endsWith("ร้อยละ"));
    }
  }
}
