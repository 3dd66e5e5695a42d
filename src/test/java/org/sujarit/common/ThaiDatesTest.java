package org.sujarit.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Date fields read B.E. dates the way Thai users type them, and the picker's ISO form. */
class ThaiDatesTest {
  static final LocalDate DEC_6 = LocalDate.of(2026, 12, 6);

  @Test
  void readsThaiDatesInEveryCommonForm() {
    for (String s : new String[] {"6 ธ.ค. 2569", "6 ธันวาคม 2569", "06/12/2569", "6/12/2569", "๖ ธ.ค. ๒๕๖๙", "6 ธ.ค. 69",
        "6ธค2569", "2026-12-06", " 06-12-2569 "}) {
      assertThat(ThaiDates.parse(s)).as(s).isEqualTo(DEC_6);
    }
  }

  @Test
  void showsWhatItReads() {
    assertThat(ThaiDates.input(DEC_6)).isEqualTo("6 ธ.ค. 2569");
    assertThat(ThaiDates.parse(ThaiDates.input(DEC_6))).isEqualTo(DEC_6);
  }

  @Test
  void refusesWhatIsNoDate() {
    for (String s : new String[] {"31/02/2569", "6 ธันวา 2569x", "abc", "6 xx 2569", "2569"}) {
      assertThatThrownBy(() -> ThaiDates.parse(s)).as(s).isInstanceOf(DateTimeException.class);
    }
  }

  @Test
  void aFormFieldIsEmptyOrADateOrARuleViolationOnItsFieldWithTheTextTyped() {
    assertThat(ThaiDates.field("on", "  ")).isNull();
    assertThat(ThaiDates.field("on", "6 ธ.ค. 2569")).isEqualTo(DEC_6);
    assertThatThrownBy(() -> ThaiDates.field("on", "พรุ่งนี้")).isInstanceOfSatisfying(RuleViolation.class, e -> {
      assertThat(e.field()).isEqualTo("on");
      assertThat(e.messageKey()).isEqualTo("date.invalid");
      assertThat(e.args()).containsExactly("พรุ่งนี้");
    });
  }
}
