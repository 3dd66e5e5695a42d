package org.sujarit.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sujarit.common.FiscalQuarter;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.RuleViolation;
import org.sujarit.complaint.statistics.ComplaintFigures;
import org.sujarit.complaint.statistics.ComplaintStatistics;
import org.sujarit.complaint.statistics.StatisticsPeriod;

class ComplaintTest {
  static final UUID ORG = UUID.randomUUID();

  static Complaint received(LocalDate on, Channel channel) {
    return new Complaint(UUID.randomUUID(), ORG, CaseNumber.next(FiscalYear.containing(on), 0), channel,
        IntakeChannel.WEB, "ROADS", on, Deadline.DEFAULT);
  }

  @Test
  void numbersFollowTheBuddhistFiscalYear() {
    assertThat(CaseNumber.next(FiscalYear.containing(LocalDate.of(2025, 10, 1)), 11).toString()).isEqualTo("12/2569");
    assertThat(CaseNumber.next(FiscalYear.containing(LocalDate.of(2025, 9, 30)), 0).toString()).isEqualTo("1/2568");
    assertThat(CaseNumber.parse(" 12/2569 ")).isEqualTo(new CaseNumber(12, FiscalYear.of(2569)));
    assertThatThrownBy(() -> CaseNumber.parse("12-2569")).isInstanceOf(RuleViolation.class)
        .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("complaint.number.malformed");
    assertThatThrownBy(() -> new Complaint(UUID.randomUUID(), ORG, new CaseNumber(1, FiscalYear.of(2568)), Channel.GENERAL,
        IntakeChannel.LETTER, null, LocalDate.of(2025, 10, 1), Deadline.DEFAULT))
        .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("complaint.number.wrong-year");
  }

  @Test
  void fullWorkflowAndItsHistory() {
    Complaint c = received(LocalDate.of(2025, 11, 3), Channel.CORRUPTION);
    c.accept(LocalDate.of(2025, 11, 4));
    c.startInvestigation(LocalDate.of(2025, 11, 5));
    c.recordResult("ตรวจสอบแล้ว ลงโทษทางวินัย", LocalDate.of(2025, 11, 15));
    c.close(LocalDate.of(2025, 11, 16));
    assertThat(c.status()).isEqualTo(Status.CLOSED);
    assertThat(c.steps()).extracting(Complaint.Step::to)
        .containsExactly(Status.ACCEPTED, Status.UNDER_INVESTIGATION, Status.RESULT, Status.CLOSED);
    assertThat(c.answeredOn()).isEqualTo(LocalDate.of(2025, 11, 15));
    assertThat(c.facts().withinDeadline()).isTrue();
  }

  @Test
  void illegalStepsAreRefusedAndChangeNothing() {
    Complaint c = received(LocalDate.of(2025, 11, 3), Channel.GENERAL);
    assertThatThrownBy(() -> c.recordResult("ผล", LocalDate.of(2025, 11, 4)))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> assertThat(((RuleViolation) e).args()).containsExactly("RECEIVED", "RESULT"));
    assertThatThrownBy(() -> c.close(LocalDate.of(2025, 11, 4))).isInstanceOf(RuleViolation.class);
    assertThatThrownBy(() -> c.rejectAsNotInScope("  ", LocalDate.of(2025, 11, 4)))
        .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("complaint.text.required");
    assertThatThrownBy(() -> c.accept(LocalDate.of(2025, 11, 1)))
        .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("complaint.date.before-previous");
    assertThat(c.status()).isEqualTo(Status.RECEIVED);
    assertThat(c.steps()).isEmpty();
    c.rejectAsNotInScope("เป็นเรื่องระหว่างเอกชน", LocalDate.of(2025, 11, 4));
    assertThat(c.reason()).isEqualTo("เป็นเรื่องระหว่างเอกชน");
    assertThatThrownBy(() -> c.startInvestigation(LocalDate.of(2025, 11, 5))).isInstanceOf(RuleViolation.class);
    c.close(LocalDate.of(2025, 11, 5));
    assertThatThrownBy(() -> c.accept(LocalDate.of(2025, 11, 6))).isInstanceOf(RuleViolation.class);
  }

  @Test
  void forwardingKeepsWhoWhenAndReference() {
    Complaint c = received(LocalDate.of(2026, 1, 10), Channel.CORRUPTION);
    c.accept(LocalDate.of(2026, 1, 11));
    c.forward(new Forwarding(Forwarding.Body.NACC, null, LocalDate.of(2026, 1, 12), "ปช 0012/45"));
    assertThat(c.status()).isEqualTo(Status.FORWARDED);
    assertThat(c.forwarding().reference()).isEqualTo("ปช 0012/45");
    assertThat(c.deadlineState(LocalDate.of(2026, 3, 1), 3)).isEqualTo(Deadline.State.MET);
    assertThatThrownBy(() -> new Forwarding(Forwarding.Body.OTHER, " ", LocalDate.of(2026, 1, 12), ""))
        .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("complaint.forward.name-required");
  }

  @Test
  void deadlineIsFifteenDaysUnlessConfigured() {
    Complaint c = received(LocalDate.of(2026, 2, 1), Channel.GENERAL);
    assertThat(c.dueOn()).isEqualTo(LocalDate.of(2026, 2, 16));
    assertThat(c.deadlineState(LocalDate.of(2026, 2, 5), 3)).isEqualTo(Deadline.State.ON_TIME);
    assertThat(c.deadlineState(LocalDate.of(2026, 2, 13), 3)).isEqualTo(Deadline.State.DUE_SOON);
    assertThat(c.deadlineState(LocalDate.of(2026, 2, 16), 3)).isEqualTo(Deadline.State.DUE_SOON);
    assertThat(c.deadlineState(LocalDate.of(2026, 2, 17), 3)).isEqualTo(Deadline.State.OVERDUE);
    c.explainDelay("รอผลตรวจสอบจากกองช่าง");
    assertThat(c.delayExplanation()).isEqualTo("รอผลตรวจสอบจากกองช่าง");
    c.rejectAsNotInScope("อยู่ในอำนาจของอำเภอ", LocalDate.of(2026, 2, 20));
    assertThat(c.deadlineState(LocalDate.of(2026, 2, 21), 3)).isEqualTo(Deadline.State.MISSED);
    assertThatThrownBy(() -> c.explainDelay("x")).isInstanceOf(RuleViolation.class);
    assertThat(Deadline.ofDays(30).dueOn(LocalDate.of(2026, 2, 1))).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThatThrownBy(() -> Deadline.ofDays(0)).isInstanceOf(RuleViolation.class);
  }

  @Test
  void messagesAndSatisfactionOnlyAfterClosing() {
    Complaint c = received(LocalDate.of(2026, 2, 1), Channel.GENERAL);
    c.addMessage(new Message(Message.Author.OFFICER, "ขอทราบจุดที่เกิดเหตุเพิ่มเติม", Instant.now()));
    c.addMessage(new Message(Message.Author.COMPLAINANT, "หน้าวัด หมู่ 3", Instant.now()));
    assertThat(c.messages()).hasSize(2);
    assertThatThrownBy(() -> new Message(Message.Author.COMPLAINANT, " ", Instant.now())).isInstanceOf(RuleViolation.class);
    assertThatThrownBy(() -> c.rate(new Satisfaction(5, ""))).extracting(e -> ((RuleViolation) e).messageKey())
        .isEqualTo("complaint.satisfaction.not-closed");
    c.rejectAsNotInScope("ไม่ใช่อำนาจหน้าที่", LocalDate.of(2026, 2, 2));
    c.close(LocalDate.of(2026, 2, 2));
    assertThatThrownBy(() -> c.addMessage(new Message(Message.Author.OFFICER, "เพิ่ม", Instant.now())))
        .isInstanceOf(RuleViolation.class);
    c.rate(new Satisfaction(4, "รวดเร็ว"));
    assertThatThrownBy(() -> c.rate(new Satisfaction(5, ""))).isInstanceOf(RuleViolation.class);
    assertThatThrownBy(() -> new Satisfaction(6, "")).isInstanceOf(RuleViolation.class);
    assertThat(c.facts().satisfaction()).isEqualTo(4);
  }

  @Test
  void statisticsPerPeriodChannelAndCategory() {
    FiscalYear fy = FiscalYear.of(2569);
    Complaint open = received(LocalDate.of(2025, 10, 5), Channel.GENERAL);
    Complaint closedLate = received(LocalDate.of(2025, 12, 1), Channel.CORRUPTION);
    closedLate.accept(LocalDate.of(2025, 12, 2));
    closedLate.startInvestigation(LocalDate.of(2025, 12, 3));
    closedLate.recordResult("ผล", LocalDate.of(2025, 12, 30));
    closedLate.close(LocalDate.of(2025, 12, 30));
    closedLate.rate(new Satisfaction(2, ""));
    Complaint forwarded = received(LocalDate.of(2026, 5, 1), Channel.CORRUPTION);
    forwarded.forward(new Forwarding(Forwarding.Body.PACC, null, LocalDate.of(2026, 5, 3), "1"));
    Complaint quick = received(LocalDate.of(2026, 5, 2), Channel.GENERAL);
    quick.rejectAsNotInScope("นอกเขต", LocalDate.of(2026, 5, 2));
    quick.close(LocalDate.of(2026, 5, 2));
    quick.rate(new Satisfaction(5, ""));
    Complaint lastYear = received(LocalDate.of(2025, 9, 30), Channel.GENERAL);
    List<CaseFacts> facts = List.of(open.facts(), closedLate.facts(), forwarded.facts(), quick.facts(), lastYear.facts());

    ComplaintFigures year = ComplaintStatistics.of(StatisticsPeriod.year(fy), facts).total();
    assertThat(year).isEqualTo(new ComplaintFigures(4, 2, 1, 1, 2, 3, 2, 1, 7));
    assertThat(year.received()).isEqualTo(year.finished() + year.inProgress() + year.forwarded());
    assertThat(year.satisfiedPercent()).isEqualTo(50.0);
    assertThat(year.withinDeadlinePercent()).isEqualTo(200.0 / 3);

    ComplaintStatistics firstHalf = ComplaintStatistics.of(StatisticsPeriod.half(fy, 1), facts);
    assertThat(firstHalf.total().received()).isEqualTo(2);
    assertThat(firstHalf.channel(Channel.CORRUPTION).finished()).isEqualTo(1);
    assertThat(firstHalf.channel(Channel.CORRUPTION).withinDeadline()).isZero();
    assertThat(ComplaintStatistics.of(StatisticsPeriod.quarter(fy, FiscalQuarter.Q3), facts).total().received()).isEqualTo(2);
    assertThat(ComplaintStatistics.of(StatisticsPeriod.month(fy, 8), facts).total().received()).isEqualTo(2);
    assertThat(ComplaintStatistics.of(StatisticsPeriod.month(fy, 7), facts).total().none()).isTrue();
    assertThat(ComplaintStatistics.of(StatisticsPeriod.year(fy), facts).byCategory()).containsOnlyKeys("ROADS");
    assertThat(ComplaintStatistics.of(StatisticsPeriod.year(fy), facts).byIntake().get(IntakeChannel.WEB).received()).isEqualTo(4);

    List<ComplaintStatistics> detail = ComplaintStatistics.yearInDetail(fy, facts);
    assertThat(detail).hasSize(19);
    assertThat(detail.subList(7, 19).stream().mapToInt(s -> s.total().received()).sum()).isEqualTo(4);
    assertThat(ComplaintStatistics.of(StatisticsPeriod.year(FiscalYear.of(2570)), facts).total().none()).isTrue();
  }

  @Test
  void breakdownsPerCategoryOfEachChannelAndPerChannelIntakeAndCategoryAddUp() {
    FiscalYear fy = FiscalYear.of(2569);
    LocalDate on = LocalDate.of(2025, 11, 3);
    LocalDate due = on.plusDays(15);
    List<CaseFacts> facts = List.of(
        new CaseFacts(Channel.GENERAL, IntakeChannel.WEB, "ROADS", on, due, Status.CLOSED, on.plusDays(3), 5),
        new CaseFacts(Channel.GENERAL, IntakeChannel.TELEPHONE, "ROADS", on, due, Status.CLOSED, on.plusDays(20), 3),
        new CaseFacts(Channel.GENERAL, IntakeChannel.WEB, "OTHER", on, due, Status.RECEIVED, null, 0),
        new CaseFacts(Channel.CORRUPTION, IntakeChannel.WEB, "BRIBERY", on, due, Status.CLOSED, on.plusDays(1), 4),
        new CaseFacts(Channel.CORRUPTION, IntakeChannel.WEB, "OTHER", on, due, Status.FORWARDED, on.plusDays(2), 0));
    ComplaintStatistics y = ComplaintStatistics.of(StatisticsPeriod.year(fy), facts);

    assertThat(y.byCategory().get("OTHER").received()).isEqualTo(2); // both channels' OTHER
    assertThat(y.byChannelCategory().keySet()).extracting(ComplaintStatistics.Cell::category).containsExactly("ROADS", "OTHER", "BRIBERY", "OTHER");
    assertThat(y.byChannelCategory().get(new ComplaintStatistics.Cell(Channel.GENERAL, null, "ROADS")))
        .isEqualTo(new ComplaintFigures(2, 2, 0, 0, 1, 2, 2, 1, 8));
    assertThat(y.cells()).hasSize(5);
    assertThat(y.cells().get(new ComplaintStatistics.Cell(Channel.GENERAL, IntakeChannel.TELEPHONE, "ROADS")).satisfiedPercent()).isZero();
    assertThat(y.cells().values().stream().mapToInt(ComplaintFigures::received).sum()).isEqualTo(y.total().received());
    assertThat(y.channel(Channel.GENERAL).satisfiedPercent()).isEqualTo(50.0);
    assertThat(y.channel(Channel.CORRUPTION).satisfiedPercent()).isEqualTo(100.0);
    assertThat(ComplaintStatistics.of(StatisticsPeriod.month(fy, 3), facts).cells()).isEmpty();
  }
}
