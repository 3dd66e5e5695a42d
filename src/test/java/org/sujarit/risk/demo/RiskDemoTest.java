package org.sujarit.risk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.sujarit.IntegrationTest;
import org.sujarit.access.CurrentUser;
import org.sujarit.common.FiscalYear;
import org.sujarit.account.lookup.AccountLookup;
import org.sujarit.monitoring.RoundKind;
import org.sujarit.organization.OrganizationId;
import org.sujarit.risk.AssessmentStatus;
import org.sujarit.risk.Measure;
import org.sujarit.risk.RiskAssessment;
import org.sujarit.risk.RiskAssessments;
import org.sujarit.risk.nogift.NoGift;
import org.sujarit.risk.nogift.NoGiftDocuments;
import org.sujarit.risk.report.RiskReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import java.nio.file.Files;
import java.nio.file.Path;

/** After the first start the demo organization has a real assessment, its carried-over successor and a gift register. */
@IntegrationTest
@TestPropertySource(properties = "sujarit.demo.enabled=true")
class RiskDemoTest {
  @Autowired AccountLookup accounts;
  @Autowired RiskAssessments assessments;
  @Autowired NoGift noGift;
  @Autowired RiskReport report;
  @Autowired NoGiftDocuments documents;

  @Test
  void theDemoOrganizationHasAnApprovedAssessmentAndAGiftRegister() {
    CurrentUser auditor = accounts.findByUsername("demo.auditor").orElseThrow().asCurrentUser();
    OrganizationId org = new OrganizationId(auditor.organizationId());
    // besides the demo's two years (the approved one and the next), the imported plan's Part 1 rows became a draft of its first year
    List<RiskAssessment> every = assessments.all(auditor, org);
    FiscalYear approved = every.stream().filter(a -> !a.draft()).findFirst().orElseThrow().year();
    List<RiskAssessment> all = every.stream().filter(a -> a.year().compareTo(approved) >= 0).toList();
    assertThat(every).filteredOn(a -> a.year().compareTo(approved) < 0).allMatch(RiskAssessment::draft);
    assertThat(all).hasSize(2);
    RiskAssessment last = all.get(1);
    assertThat(last.status()).isEqualTo(AssessmentStatus.APPROVED);
    assertThat(last.acknowledged()).isNotNull();
    // the plan's three Part 1 rows and a bribery risk, each rated and with a measure linked to the plan
    assertThat(last.risks()).hasSize(4).allSatisfy(r -> {
      assertThat(r.score()).isNotNull();
      assertThat(r.residualLevel()).isNotNull();
      assertThat(r.measures()).anyMatch(Measure::linked);
    });
    RiskAssessments.View view = assessments.view(auditor, org, last.year());
    assertThat(last.risks()).allSatisfy(r -> assertThat(r.measures().stream().filter(Measure::linked)).allMatch(m -> view.itemName(m.planItem()) != null));
    assertThat(assessments.surveillance(auditor, org, last.year(), RoundKind.HALF_YEAR)).hasSize(4);
    assertThat(all.get(0).draft()).isTrue();
    assertThat(all.get(0).risks()).hasSize(4).allSatisfy(r -> assertThat(r.score()).isNull());

    NoGift.Year year = noGift.year(auditor, org, last.year());
    assertThat(year.gifts()).hasSize(3);
    assertThat(year.excesses()).hasSize(1);
    assertThat(year.policy().announcedOn()).isNotNull();
    assertThat(year.policy().signed()).isTrue();
    assertThat(year.policy().signature().by()).isEqualTo("demo.executive");
    assertThat(year.policy().activities()).hasSize(1);
  }

  @Test
  void theReportsAreTheNineTablesTheAnnouncementAndTheGiftReport() throws Exception {
    CurrentUser auditor = accounts.findByUsername("demo.auditor").orElseThrow().asCurrentUser();
    OrganizationId org = new OrganizationId(auditor.organizationId());
    RiskAssessment last = assessments.all(auditor, org).get(1);
    RiskAssessments.View view = assessments.view(auditor, org, last.year());
    byte[] pdf = report.render(view, assessments.surveillance(auditor, org, last.year(), RoundKind.HALF_YEAR), RoundKind.HALF_YEAR, false, "pdf");
    String text = text(pdf);
    for (int step = 1; step <= 9; step++) assertThat(text).contains("ขั้นตอนที่ " + step);
    assertThat(text).contains("ตารางที่ 9", "เรียกรับหรือยอมรับเงิน", "แผนภาพความร้อน");
    assertThat(report.render(view, List.of(), RoundKind.HALF_YEAR, true, "docx")).startsWith((byte) 'P', (byte) 'K');
    NoGift.Year year = noGift.forReport(auditor, org, last.year());
    String announcement = text(documents.announcement(year, false).pdf());
    assertThat(announcement).contains("No Gift Policy", view.organization().name(), "3,000", "(นายสมชาย ใจซื่อ)", view.organization().executiveTitle());
    assertThat(text(documents.report(year, false, true).pdf())).contains("มีการรับ 2 รายการ", "3,700");
    // a year without gifts says so
    assertThat(text(documents.report(noGift.forReport(auditor, org, last.year().plus(-3)), false, true).pdf())).contains("ไม่มีการรับ");
    Path out = Path.of("target", "risk-previews");
    Files.createDirectories(out);
    Files.write(out.resolve("assessment.pdf"), pdf);
    Files.write(out.resolve("announcement.pdf"), documents.announcement(year, false).pdf());
    Files.write(out.resolve("gift-report.pdf"), documents.report(year, false, true).pdf());
  }

  private static String text(byte[] pdf) throws Exception {
    try (var doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }
}
