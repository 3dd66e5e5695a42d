package org.sujarit.risk.nogift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalYear;
import org.sujarit.organization.OrganizationId;

class GiftLimitTest {
  static final OrganizationId ORG = new OrganizationId(UUID.randomUUID());

  static Gift received(String from, String occasion, long baht) {
    return new Gift(null, ORG, GiftDirection.RECEIVED, "นายสมชาย", from, "กระเช้าผลไม้", occasion, Baht.of(baht), LocalDate.of(2025, 1, 2),
        GiftDecision.KEPT_UNDER_RULES, null, "u", null, null);
  }

  @Test
  void theLimitIs3000BahtPerGiverPerOccasion() {
    assertThat(GiftLimit.excesses(List.of(received("บริษัท ก", "ปีใหม่", 3000)))).isEmpty();
    Gift over = received("บริษัท ก", "ปีใหม่", 3001);
    assertThat(GiftLimit.excesses(List.of(over))).singleElement().satisfies(e -> assertThat(e.total()).isEqualTo(Baht.of(3001)));
    // two gifts of one giver on one occasion add up; another occasion or giver does not
    Gift first = received("บริษัท ก", "ปีใหม่", 2000);
    Gift second = received(" บริษัท  ก ", "ปีใหม่", 1500);
    assertThat(GiftLimit.exceeds(second, List.of(first))).isTrue();
    assertThat(GiftLimit.exceeds(received("บริษัท ก", "สงกรานต์", 1500), List.of(first))).isFalse();
    assertThat(GiftLimit.exceeds(received("บริษัท ข", "ปีใหม่", 1500), List.of(first))).isFalse();
    assertThat(GiftLimit.totalReceived(List.of(first, second))).isEqualTo(Baht.of(3500));
  }

  @Test
  void giftsGivenDoNotCountAgainstTheLimit() {
    Gift given = new Gift(null, ORG, GiftDirection.GIVEN, "องค์การบริหารส่วนตำบล", "แขกผู้มาเยือน", "ของที่ระลึก", "ศึกษาดูงาน", Baht.of(5000),
        LocalDate.of(2025, 1, 2), null, null, "u", null, null);
    assertThat(given.decision()).isEqualTo(GiftDecision.NOT_APPLICABLE);
    assertThat(GiftLimit.excesses(List.of(given))).isEmpty();
  }

  @Test
  void badGiftsAreRefused() {
    assertThatThrownBy(() -> new Gift(null, ORG, GiftDirection.RECEIVED, "ก", "ข", "ค", "ง", null, LocalDate.now(), GiftDecision.RETURNED,
        null, "u", null, null)).hasMessageContaining("gift.value.empty");
    assertThatThrownBy(() -> new Gift(null, ORG, GiftDirection.RECEIVED, "ก", "ข", "ค", "ง", Baht.ZERO.minus(Baht.of(1)), LocalDate.now(),
        GiftDecision.RETURNED, null, "u", null, null)).hasMessageContaining("gift.value.negative");
    assertThatThrownBy(() -> new Gift(null, ORG, GiftDirection.RECEIVED, "ก", "ข", "ค", "ง", Baht.of(1), LocalDate.now(), null,
        null, "u", null, null)).hasMessageContaining("gift.decision.empty");
    // January 2025 lies in fiscal year 2568 (October 2024 – September 2025)
    assertThat(received("ก", "ข", 1).year()).isEqualTo(FiscalYear.of(2568));
  }
}
