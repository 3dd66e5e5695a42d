package org.sujarit.complaint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.ThaiDates;
import org.sujarit.complaint.CaseFacts;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.IntakeChannel;
import org.sujarit.complaint.Status;
import org.sujarit.complaint.statistics.ComplaintStatistics;
import org.sujarit.document.layout.OfficialDocument;
import org.sujarit.document.layout.LineBreakRules;

/** The executive's report on the document engine: "ไม่มีเรื่องร้องเรียน" when empty, the figures and a chart otherwise. */
class ComplaintReportTest {
  static final FiscalYear YEAR = FiscalYear.of(2569);

  static ComplaintReport.Texts texts() {
    ResourceBundleMessageSource m = new ResourceBundleMessageSource();
    m.setBasenames("i18n/complaint");
    m.setDefaultEncoding("UTF-8");
    m.setFallbackToSystemLocale(false);
    return (key, args) -> m.getMessage(key, java.util.Arrays.stream(args).map(a -> a instanceof Number n ? n.toString() : a).toArray(),
        ThaiDates.THAI);
  }

  static OfficialDocument report(List<CaseFacts> cases, boolean half) {
    List<ComplaintStatistics> s = ComplaintStatistics.yearInDetail(YEAR, cases);
    ComplaintReport.Scope scope = half ? new ComplaintReport.Scope(s.get(1), s.subList(3, 5), s.subList(7, 13), true)
        : new ComplaintReport.Scope(s.get(0), s.subList(3, 7), s.subList(7, 19), false);
    return ComplaintReport.document("องค์การบริหารส่วนตำบลทดสอบ", "นายกองค์การบริหารส่วนตำบลทดสอบ", scope, LocalDate.of(2026, 4, 2), texts());
  }

  @Test
  void aPeriodWithoutComplaintsSaysSo() throws IOException {
    String text = pdfText(report(List.of(), true).pdf());
    assertThat(text).contains("ไม่มีเรื่องร้องเรียน", "รอบ 6 เดือน", "2569").doesNotContain("ตารางที่");
  }

  @Test
  void theFiguresPerChannelPeriodIntakeAndCategoryAreTabled() throws IOException {
    List<CaseFacts> cases = new ArrayList<>();
    LocalDate d = LocalDate.of(2025, 10, 6);
    cases.add(new CaseFacts(Channel.CORRUPTION, IntakeChannel.WEB, "BRIBERY", d, d.plusDays(15), Status.CLOSED, d.plusDays(9), 5));
    cases.add(new CaseFacts(Channel.GENERAL, IntakeChannel.TELEPHONE, "ROADS", d.plusMonths(2), d.plusMonths(2).plusDays(15),
        Status.UNDER_INVESTIGATION, null, 0));
    cases.add(new CaseFacts(Channel.GENERAL, IntakeChannel.LINE, "WATER", d.plusMonths(3), d.plusMonths(3).plusDays(15), Status.FORWARDED,
        d.plusMonths(3).plusDays(2), 0));
    OfficialDocument doc = report(cases, false);
    String pdf = pdfText(doc.pdf());
    assertThat(pdf).contains("รวม 3 เรื่อง", "ตารางที่ 1", "ตารางที่ 5", "เรียกรับสินบน (ทุจริต)", "โทรศัพท์", "ภาพที่ 1", "ร้อยละ 100.00",
        "ความพึงพอใจของผู้ร้องเรียนจำแนกตามช่องทาง", "5.00");
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(doc.docx()))) {
      assertThat(LineBreakRules.plain(new XWPFWordExtractor(docx).getText())).contains("ประจำปีงบประมาณ พ.ศ. 2569", "แจ้งเบาะแสการทุจริตและประพฤติมิชอบ");
      assertThat(docx.getTables()).hasSize(5);
    }
    Path out = Path.of("target/complaint-previews");
    Files.createDirectories(out);
    Files.write(out.resolve("complaint-report.pdf"), doc.pdf());
  }

  static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(d);
    }
  }
}
