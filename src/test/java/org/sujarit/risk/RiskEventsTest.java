package org.sujarit.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.sujarit.TestData;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;
import org.sujarit.common.FiscalYear;
import org.sujarit.organization.OrganizationId;
import org.sujarit.risk.nogift.NoGift;

/**
 * The risk module publishes the executive's approval of an assessment, with the organization, year and number of risks, and
 * the executive's signing of the No Gift announcement with its date.
 */
// library provides plan's StandardItems port; database the DataSource
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"library", "database"})
@ActiveProfiles("test")
@Import(TestData.class)
class RiskEventsTest {
  static final FiscalYear YEAR = FiscalYear.of(2567);

  @Autowired RiskAssessments assessments;
  @Autowired TestData data;
  @Autowired NoGift noGift;

  @Test
  void approvingAnAssessmentIsPublished(Scenario scenario) {
    TestData.Tenant t = data.tenant("rev", "ขอนแก่น");
    OrganizationId org = t.organization().id();
    CurrentUser auditor = t.member(Role.AUDITOR);
    RiskAssessment a = assessments.start(auditor, org, YEAR, RiskMatrices.NACC_3X3, RiskAssessments.Start.EMPTY);
    Risk bribery = Risk.identified(RiskArea.BRIBERY, "การออกใบอนุญาตก่อสร้าง", "เรียกรับเงินเพื่อเร่งออกใบอนุญาต", RiskFactor.KNOWN,
        t.unit().id(), TrafficLight.RED);
    a = assessments.addRisk(auditor, org, YEAR, a.revision(), bribery);
    long revision = assessments.updateRisk(auditor, org, YEAR, a.revision(), bribery.id(), bribery, 3, 3, ControlQuality.FAIR).revision();

    scenario.stimulate(() -> assessments.approve(t.member(Role.EXECUTIVE), org, YEAR, revision))
        .andWaitForEventOfType(RiskAssessmentApproved.class)
        .matching(e -> e.organizationId().equals(org))
        .toArriveAndVerify((e, approved) -> {
          assertThat(e.fiscalYear()).isEqualTo(2567);
          assertThat(e.risks()).isEqualTo(1);
          assertThat(e.at()).isEqualTo(approved.approved().at());
        });
  }

  @Test
  void signingTheNoGiftAnnouncementIsPublished(Scenario scenario) {
    TestData.Tenant t = data.tenant("revng", "ขอนแก่น");
    OrganizationId org = t.organization().id();
    FiscalYear year = FiscalYear.of(2568);
    noGift.savePolicy(t.member(Role.PLANNER), org, year, LocalDate.of(2024, 10, 3), List.of(), null);

    scenario.stimulate(() -> noGift.sign(t.member(Role.EXECUTIVE), org, year))
        .andWaitForEventOfType(NoGiftAnnouncementSigned.class)
        .matching(e -> e.organizationId().equals(org))
        .toArriveAndVerify((e, signed) -> {
          assertThat(e.fiscalYear()).isEqualTo(2568);
          assertThat(e.announcedOn()).isEqualTo(LocalDate.of(2024, 10, 3));
          assertThat(e.at()).isEqualTo(signed.signature().at());
        });
  }
}
