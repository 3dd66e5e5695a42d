package org.sujarit.risk.nogift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sujarit.access.Permission;
import org.sujarit.access.Role;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.RuleViolation;
import org.sujarit.organization.OrganizationId;
import org.sujarit.plan.PlanItemId;
import org.sujarit.plan.WorkflowStamp;

/** The announcement's sign step: the planner drafts, only the executive signs, a signed one is frozen until a new draft is signed. */
class NoGiftPolicyTest {
  static final FiscalYear YEAR = FiscalYear.of(2568);
  static final OrganizationId ORG = new OrganizationId(UUID.randomUUID());
  static final LocalDate ON = LocalDate.of(2024, 10, 3);
  static final WorkflowStamp PLANNER = new WorkflowStamp("planner", Instant.parse("2024-10-01T03:00:00Z"));
  static final WorkflowStamp EXECUTIVE = new WorkflowStamp("mayor", Instant.parse("2024-10-02T03:00:00Z"));

  @Test
  void aDraftWithItsDateIsSignedWithTheNameAndPositionGiven() {
    NoGiftPolicy draft = NoGiftPolicy.none(ORG, YEAR).edited(ON, List.of(), "อบรม", PLANNER);
    assertThat(draft.signed()).isFalse();
    assertThat(draft.published()).isEmpty();

    NoGiftPolicy signed = draft.sign(EXECUTIVE, " นายสมชาย ใจซื่อ ", "นายกองค์การบริหารส่วนตำบลทดสอบ");
    assertThat(signed.signed()).isTrue();
    assertThat(signed.signature()).isEqualTo(new NoGiftPolicy.Signature(ON, "mayor", EXECUTIVE.at(), "นายสมชาย ใจซื่อ",
        "นายกองค์การบริหารส่วนตำบลทดสอบ"));
    assertThat(signed.published()).hasValueSatisfying(p -> assertThat(p.announcedOn()).isEqualTo(ON));
    assertThatThrownBy(() -> signed.sign(EXECUTIVE, "นายสมชาย ใจซื่อ", null)).isInstanceOf(RuleViolation.class)
        .hasMessageContaining("nogift.sign.already");
  }

  @Test
  void nothingIsSignedWithoutADateOrAName() {
    NoGiftPolicy undated = NoGiftPolicy.none(ORG, YEAR).edited(null, List.of(), null, PLANNER);
    assertThatThrownBy(() -> undated.sign(EXECUTIVE, "นายสมชาย", null)).isInstanceOf(RuleViolation.class)
        .hasMessageContaining("nogift.sign.no-date");
    NoGiftPolicy dated = undated.edited(ON, List.of(), null, PLANNER);
    assertThatThrownBy(() -> dated.sign(EXECUTIVE, " ", null)).isInstanceOf(RuleViolation.class).hasMessageContaining("nogift.sign.no-name");
  }

  @Test
  void aSignedAnnouncementIsFrozenButItsActivitiesGoOn() {
    NoGiftPolicy signed = NoGiftPolicy.none(ORG, YEAR).edited(ON, List.of(), null, PLANNER).sign(EXECUTIVE, "นายสมชาย", null);
    assertThatThrownBy(() -> signed.edited(ON.plusDays(1), List.of(), null, PLANNER)).isInstanceOf(RuleViolation.class)
        .hasMessageContaining("nogift.announcement.frozen");
    PlanItemId item = new PlanItemId(UUID.randomUUID());
    NoGiftPolicy more = signed.edited(ON, List.of(item), "จัดอบรม", PLANNER);
    assertThat(more.signed()).isTrue();
    assertThat(more.activities()).containsExactly(item);
    assertThat(more.signature()).isEqualTo(signed.signature());
  }

  @Test
  void aNewDraftKeepsTheSignedOnePublicUntilItIsSignedAgain() {
    NoGiftPolicy signed = NoGiftPolicy.none(ORG, YEAR).edited(ON, List.of(), null, PLANNER).sign(EXECUTIVE, "นายสมชาย", null);
    NoGiftPolicy redraft = signed.redraft(PLANNER).edited(ON.plusDays(7), List.of(), null, PLANNER);
    assertThat(redraft.signed()).isFalse();
    assertThat(redraft.redrafted()).isTrue();
    assertThat(redraft.published()).hasValueSatisfying(p -> assertThat(p.announcedOn()).isEqualTo(ON));
    assertThatThrownBy(() -> redraft.redraft(PLANNER)).isInstanceOf(RuleViolation.class).hasMessageContaining("nogift.redraft.not-signed");

    WorkflowStamp later = new WorkflowStamp("mayor", Instant.parse("2024-10-10T03:00:00Z"));
    NoGiftPolicy again = redraft.sign(later, "นายสมชาย", null);
    assertThat(again.published()).hasValueSatisfying(p -> assertThat(p.announcedOn()).isEqualTo(ON.plusDays(7)));
    assertThat(again.signature().at()).isEqualTo(later.at());
    assertThat(again.redrafted()).isFalse();
  }

  @Test
  void onlyTheExecutiveSignsAndOnlyThePlannerDrafts() {
    assertThat(Arrays.stream(Role.values()).filter(Permission.SIGN_NO_GIFT::grantedTo)).containsExactly(Role.EXECUTIVE);
    assertThat(Arrays.stream(Role.values()).filter(Permission.MANAGE_NO_GIFT::grantedTo)).containsExactly(Role.PLANNER);
  }
}
