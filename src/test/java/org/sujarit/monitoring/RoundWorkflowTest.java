package org.sujarit.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sujarit.common.Baht;
import org.sujarit.common.RuleViolation;
import org.sujarit.monitoring.web.ProgressForm;
import org.sujarit.plan.DetailSheet;
import org.sujarit.plan.ItemKind;
import org.sujarit.plan.MeasureUnit;
import org.sujarit.plan.PlanId;
import org.sujarit.plan.PlanItem;
import org.sujarit.plan.PlanItemId;
import org.sujarit.plan.WorkflowStamp;

/** The review of a record (save, submit, accept or return) and the executive's acknowledgement of a round. */
class RoundWorkflowTest {
  static final PlanId PLAN = PlanId.random();
  static final ReportingRound ROUND = ReportingRound.of(2567, RoundKind.HALF_YEAR);
  static final WorkflowStamp UNIT = new WorkflowStamp("unit", Instant.parse("2024-03-01T03:00:00Z"));
  static final WorkflowStamp PLANNER = new WorkflowStamp("planner", Instant.parse("2024-03-02T03:00:00Z"));
  static final WorkflowStamp EXECUTIVE = new WorkflowStamp("executive", Instant.parse("2024-04-10T03:00:00Z"));

  static ProgressEntry entry(ProgressStatus s) {
    return new ProgressEntry(s, "อบรมแล้ว 2 ครั้ง", null, null, Baht.of(9_500), List.of(), null, null, s.needsReason() ? "งบไม่พอ" : null);
  }

  static ProgressRecord first(RoundState state) {
    return ProgressRecord.revise(null, PLAN, 1, PlanItemId.random(), ROUND, entry(ProgressStatus.DONE), UNIT, state, null);
  }

  @Test
  void aRecordIsSavedSubmittedAndAccepted() {
    ProgressRecord r = first(RoundState.open(PLAN, ROUND));
    assertThat(r.version()).isEqualTo(1);
    assertThat(r.review()).isEqualTo(ReviewStatus.DRAFT);
    r = r.submit(UNIT);
    assertThat(r.review()).isEqualTo(ReviewStatus.SUBMITTED);
    r = r.accept(PLANNER);
    assertThat(r.review()).isEqualTo(ReviewStatus.ACCEPTED);
    assertThat(r.reviewed()).isEqualTo(PLANNER);
  }

  @Test
  void aReturnedRecordCarriesTheCommentAndIsCorrectedAsANewVersion() {
    ProgressRecord r = first(RoundState.open(PLAN, ROUND)).submit(UNIT);
    assertThatThrownBy(() -> first(RoundState.open(PLAN, ROUND)).submit(UNIT).returnWith(PLANNER, " "))
        .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("messageKey", "monitoring.return.comment-required");
    ProgressRecord returned = r.returnWith(PLANNER, "แนบรูปถ่ายกิจกรรม");
    assertThat(returned.review()).isEqualTo(ReviewStatus.RETURNED);
    assertThat(returned.reviewComment()).isEqualTo("แนบรูปถ่ายกิจกรรม");
    ProgressRecord next = ProgressRecord.revise(returned, PLAN, 1, returned.itemId(), ROUND, entry(ProgressStatus.DONE), UNIT,
        RoundState.open(PLAN, ROUND), null);
    assertThat(next.version()).isEqualTo(2);
    assertThat(next.review()).isEqualTo(ReviewStatus.DRAFT);
    assertThat(next.submit(UNIT).review()).isEqualTo(ReviewStatus.SUBMITTED);
  }

  @Test
  void onlyASubmittedRecordIsAcceptedOrReturned() {
    ProgressRecord draft = first(RoundState.open(PLAN, ROUND));
    assertThatThrownBy(() -> draft.accept(PLANNER)).hasFieldOrPropertyWithValue("messageKey", "monitoring.review.illegal");
    assertThatThrownBy(() -> draft.submit(UNIT).accept(PLANNER).submit(UNIT))
        .hasFieldOrPropertyWithValue("messageKey", "monitoring.review.illegal");
  }

  @Test
  void theExecutiveAcknowledgesOnlyWhenEveryRecordIsAccepted() {
    RoundState open = RoundState.open(PLAN, ROUND);
    ProgressRecord accepted = first(open).submit(UNIT).accept(PLANNER);
    ProgressRecord pending = first(open).submit(UNIT);
    assertThatThrownBy(() -> open.acknowledge(EXECUTIVE, "นายก", null, List.of()))
        .hasFieldOrPropertyWithValue("messageKey", "monitoring.acknowledge.nothing");
    assertThatThrownBy(() -> open.acknowledge(EXECUTIVE, "นายก", null, List.of(accepted, pending)))
        .hasFieldOrPropertyWithValue("messageKey", "monitoring.acknowledge.pending");
    RoundState closed = open.acknowledge(EXECUTIVE, "นายสมชาย ใจซื่อ", " ทราบ ให้ดำเนินการต่อ ", List.of(accepted));
    assertThat(closed.closed()).isTrue();
    assertThat(closed.acknowledged()).isEqualTo(EXECUTIVE);
    assertThat(closed.acknowledgedName()).isEqualTo("นายสมชาย ใจซื่อ");
    assertThat(closed.note()).isEqualTo("ทราบ ให้ดำเนินการต่อ");
    assertThatThrownBy(() -> closed.acknowledge(EXECUTIVE, "นายก", null, List.of(accepted)))
        .hasFieldOrPropertyWithValue("messageKey", "monitoring.round.closed");
  }

  @Test
  void aClosedRoundExplainsWhyAndTakesOnlyCorrectionsWithAReason() {
    RoundState closed = new RoundState(PLAN, ROUND, EXECUTIVE, "นายสมชาย ใจซื่อ", null);
    assertThatThrownBy(closed::requireOpen).isInstanceOf(RuleViolation.class)
        .satisfies(e -> assertThat(((RuleViolation) e).args()).containsExactly("executive", "10 เมษายน 2567"));
    assertThatThrownBy(() -> first(closed)).hasFieldOrPropertyWithValue("messageKey", "monitoring.correction.note-required");
    ProgressRecord correction = ProgressRecord.revise(null, PLAN, 1, PlanItemId.random(), ROUND, entry(ProgressStatus.DONE), PLANNER,
        closed, "ตัวเลขงบประมาณพิมพ์ผิด");
    assertThat(correction.review()).isEqualTo(ReviewStatus.ACCEPTED);
    assertThat(correction.correctionNote()).isEqualTo("ตัวเลขงบประมาณพิมพ์ผิด");
  }

  @Test
  void entriesAreCheckedAgainstTheirItem() {
    PlanItem item = new PlanItem(PlanItemId.random(), ItemKind.PROJECT, "1.1", 1, "โครงการ", null, null, null, null,
        new DetailSheet(null, null, null, null, null, null, null, null, null, null, null,
            List.of(new DetailSheet.Indicator("ผู้เข้าร่วม", new BigDecimal("80"), MeasureUnit.PERCENT))));
    assertThatThrownBy(() -> new ProgressEntry(null, null, null, null, null, null, null, null, null).validFor(item))
        .hasFieldOrPropertyWithValue("field", "status");
    assertThatThrownBy(() -> new ProgressEntry(ProgressStatus.CANCELLED, null, null, null, null, null, null, null, " ").validFor(item)).hasFieldOrPropertyWithValue("field", "reason");
    assertThatThrownBy(() -> new ProgressEntry(ProgressStatus.DONE, null, null, null, null, null, null, null, null).validFor(item))
        .hasFieldOrPropertyWithValue("field", "done");
    assertThatThrownBy(() -> new ProgressEntry(ProgressStatus.IN_PROGRESS, null, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1), null,
        null, null, null, null).validFor(item)).hasFieldOrPropertyWithValue("field", "finishedOn");
    assertThatThrownBy(() -> new ProgressEntry(ProgressStatus.IN_PROGRESS, null, null, null, null,
        List.of(new IndicatorResult(1, BigDecimal.ONE)), null, null, null).validFor(item)).hasFieldOrPropertyWithValue("field", "indicators");
    ProgressEntry ok = new ProgressEntry(ProgressStatus.DONE, " อบรม ", null, null, Baht.parse("๑๒,๕๐๐.๕๐"),
        List.of(new IndicatorResult(0, new BigDecimal("85"))), " ", null, null).validFor(item);
    assertThat(ok.done()).isEqualTo("อบรม");
    assertThat(ok.problems()).isNull();
    assertThat(ok.indicatorsMet(item.details().indicators())).isEqualTo(1);
  }

  @Test
  void theFormRefusesBadAmountsOnTheirField() {
    ProgressForm negative = new ProgressForm("DONE", "x", null, null, "-500", List.of(), null, null, null, null);
    assertThatThrownBy(negative::toEntry).hasFieldOrPropertyWithValue("field", "spent").hasFieldOrPropertyWithValue("messageKey", "amount.negative");
    ProgressForm garbage = new ProgressForm("DONE", "x", null, null, "หนึ่งพัน", List.of(), null, null, null, null);
    assertThatThrownBy(garbage::toEntry).hasFieldOrPropertyWithValue("field", "spent");
    ProgressForm thai = new ProgressForm("DONE", "x", "2024-01-10", null, "๑,๒๕๐", List.of("", "๙๐%"), null, null, null, null);
    ProgressEntry e = thai.toEntry();
    assertThat(e.spent()).isEqualTo(Baht.of(1250));
    assertThat(e.indicators()).containsExactly(new IndicatorResult(1, new BigDecimal("90")));
  }
}
