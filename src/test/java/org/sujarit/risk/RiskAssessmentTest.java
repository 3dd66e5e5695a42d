package org.sujarit.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.RuleViolation;
import org.sujarit.monitoring.RoundKind;
import org.sujarit.organization.OrganizationId;
import org.sujarit.plan.PlanItemId;
import org.sujarit.plan.WorkflowStamp;
import org.sujarit.risk.report.ManagementSummary;

class RiskAssessmentTest {
  static final RiskMatrix NACC = RiskMatrices.builtIn().get("NACC-3x3", 1);
  static final RiskMatrix FIVE = RiskMatrices.builtIn().latest("RISK-5x5").orElseThrow();
  static final WorkflowStamp STAMP = new WorkflowStamp("auditor", Instant.parse("2024-11-01T03:00:00Z"));

  RiskAssessment assessment = RiskAssessment.draft(new OrganizationId(UUID.randomUUID()), FiscalYear.of(2568), NACC, STAMP);

  @Test
  void ratingGivesTheScoreAndTheResidualOfTheAssessmentsMatrix() {
    Risk r = Risk.identified(RiskArea.BRIBERY, "การออกใบอนุญาตก่อสร้าง", "เรียกรับเงินเพื่อเร่งออกใบอนุญาต", RiskFactor.KNOWN, null, TrafficLight.RED);
    RiskAssessment a = assessment.addRisk(r).rate(r.id(), NACC, 3, 3, ControlQuality.FAIR);
    Risk rated = a.risk(r.id());
    assertThat(rated.score()).isEqualTo(new RiskScore("NACC-3x3", 1, 3, 3, "VERY_HIGH"));
    assertThat(rated.residualLevel()).isEqualTo("HIGH");
    assertThat(rated.effectiveLevel()).isEqualTo("HIGH");
    assertThat(a.revision()).isEqualTo(2);
    assertThat(a.heatMap(NACC)[2][2]).isEqualTo(1);
    // another matrix's scale cannot score this assessment
    assertThatThrownBy(() -> a.rate(r.id(), FIVE, 5, 5, null)).hasMessageContaining("risk.matrix.mismatch");
    assertThatThrownBy(() -> a.rate(r.id(), NACC, 3, null, null)).hasMessageContaining("risk.score.incomplete");
  }

  @Test
  void aHighRiskWithoutAMeasureIsUntreatedUntilAPlanItemIsLinked() {
    Risk r = Risk.identified(RiskArea.BUDGET, null, "จัดซื้อจัดจ้างเอื้อประโยชน์ผู้รับจ้าง", RiskFactor.UNKNOWN, null, TrafficLight.ORANGE);
    RiskAssessment a = assessment.addRisk(r).rate(r.id(), NACC, 3, 2, null);
    assertThat(a.untreated(NACC)).extracting(Risk::id).containsExactly(r.id());
    PlanItemId item = new PlanItemId(UUID.randomUUID());
    a = a.addMeasure(r.id(), Measure.linked(item));
    assertThat(a.untreated(NACC)).isEmpty();
    assertThat(a.treatedBy(item)).extracting(Risk::id).containsExactly(r.id());
    RiskAssessment linked = a;
    assertThatThrownBy(() -> linked.addMeasure(r.id(), Measure.linked(item))).hasMessageContaining("risk.measure.duplicate");
  }

  @Test
  void aMeasureIsEitherALinkOrItsOwnText() {
    assertThatThrownBy(() -> new Measure(null, null, " ", null, null, null)).hasMessageContaining("risk.measure.empty");
    assertThatThrownBy(() -> new Measure(null, new PlanItemId(UUID.randomUUID()), "x", null, null, null)).hasMessageContaining("risk.measure.both");
    assertThatThrownBy(() -> Measure.own("x", null, java.time.LocalDate.of(2025, 3, 1), java.time.LocalDate.of(2025, 1, 1)))
        .hasMessageContaining("risk.measure.dates");
  }

  @Test
  void approvalNeedsRisksAndEveryOrangeOrRedOneRated() {
    assertThatThrownBy(() -> assessment.approve(STAMP)).hasMessageContaining("risk.approve.no-risks");
    Risk r = Risk.identified(RiskArea.POWER, null, "แต่งตั้งโยกย้ายไม่เป็นธรรม", RiskFactor.UNKNOWN, null, TrafficLight.RED);
    RiskAssessment a = assessment.addRisk(r);
    assertThatThrownBy(() -> a.approve(STAMP)).hasMessageContaining("risk.approve.unrated");
    RiskAssessment approved = a.rate(r.id(), NACC, 2, 2, ControlQuality.GOOD).approve(STAMP);
    assertThat(approved.status()).isEqualTo(AssessmentStatus.APPROVED);
    assertThatThrownBy(() -> approved.addRisk(r)).hasMessageContaining("risk.not-draft");
    // the status report goes on after approval, and the executive acknowledges once
    RiskAssessment reported = approved.reportStatus(r.id(), TreatmentStatus.IN_PROGRESS, "อบรมแล้ว 1 ครั้ง", null);
    assertThat(reported.risk(r.id()).treatment()).isEqualTo(TreatmentStatus.IN_PROGRESS);
    RiskAssessment acknowledged = reported.acknowledge(STAMP, "ทราบ");
    assertThatThrownBy(() -> acknowledged.acknowledge(STAMP, null)).hasMessageContaining("risk.acknowledge.done");
    assertThatThrownBy(() -> a.acknowledge(STAMP, null)).hasMessageContaining("risk.acknowledge.draft");
  }

  @Test
  void carryOverKeepsRisksAndMeasuresToBeReRated() {
    Risk r = Risk.identified(RiskArea.APPROVAL, "การอนุญาต", "ไม่ดำเนินการตามลำดับคำขอ", RiskFactor.UNKNOWN, null, TrafficLight.GREEN);
    PlanItemId item = new PlanItemId(UUID.randomUUID());
    RiskAssessment a = assessment.addRisk(r).rate(r.id(), NACC, 2, 2, ControlQuality.GOOD).addMeasure(r.id(), Measure.linked(item))
        .reportStatus(r.id(), TreatmentStatus.DONE, "ผล", null);
    RiskAssessment next = a.carryOver(FiscalYear.of(2569), FIVE, STAMP);
    Risk carried = next.risks().get(0);
    assertThat(next.year()).isEqualTo(FiscalYear.of(2569));
    assertThat(next.matrixId()).isEqualTo("RISK-5x5");
    assertThat(carried.id()).isNotEqualTo(r.id());
    assertThat(carried.lineage()).isEqualTo(r.id());
    assertThat(carried.description()).isEqualTo(r.description());
    assertThat(carried.score()).isNull();
    assertThat(carried.residualLevel()).isNull();
    assertThat(carried.treatment()).isEqualTo(TreatmentStatus.NOT_STARTED);
    assertThat(carried.measures()).extracting(Measure::planItem).containsExactly(item);
    assertThatThrownBy(() -> a.carryOver(FiscalYear.of(2568), NACC, STAMP)).hasMessageContaining("risk.carry.not-later");
  }

  @Test
  void changingTheMatrixClearsEveryScore() {
    Risk r = Risk.identified(RiskArea.BRIBERY, null, "รับสินบน", RiskFactor.UNKNOWN, null, TrafficLight.RED);
    RiskAssessment a = assessment.addRisk(r).rate(r.id(), NACC, 3, 3, ControlQuality.GOOD).changeMatrix(FIVE);
    assertThat(a.risk(r.id()).score()).isNull();
    assertThat(a.risk(r.id()).control()).isEqualTo(ControlQuality.GOOD);
    assertThat(a.rate(r.id(), FIVE, 5, 4, ControlQuality.GOOD).risk(r.id()).residualLevel()).isEqualTo("MEDIUM");
  }

  @Test
  void theManagementSummaryGroupsRisksByTheirRoundStatus() {
    Risk green = Risk.identified(RiskArea.APPROVAL, null, "ก", null, null, TrafficLight.GREEN);
    Risk red = Risk.identified(RiskArea.BUDGET, null, "ข", null, null, TrafficLight.GREEN);
    Risk silent = Risk.identified(RiskArea.POWER, null, "ค", null, null, TrafficLight.GREEN);
    RiskAssessment a = assessment.addRisk(green).addRisk(red).addRisk(silent);
    ManagementSummary s = ManagementSummary.of(a, List.of(
        new SurveillanceReport(green.id(), a.year(), RoundKind.HALF_YEAR, SurveillanceStatus.GREEN, null, STAMP),
        new SurveillanceReport(red.id(), a.year(), RoundKind.HALF_YEAR, SurveillanceStatus.RED, "พบการแบ่งซื้อแบ่งจ้าง", STAMP)));
    assertThat(s.count(SurveillanceStatus.GREEN)).isEqualTo(1);
    assertThat(s.count(SurveillanceStatus.RED)).isEqualTo(1);
    assertThat(s.count(SurveillanceStatus.YELLOW)).isZero();
    assertThat(s.notReported()).extracting(Risk::id).containsExactly(silent.id());
    assertThatThrownBy(() -> new SurveillanceReport(red.id(), a.year(), RoundKind.HALF_YEAR, SurveillanceStatus.YELLOW, " ", STAMP))
        .isInstanceOf(RuleViolation.class).hasMessageContaining("risk.surveillance.what-happened");
  }
}
