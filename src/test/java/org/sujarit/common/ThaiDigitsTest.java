package org.sujarit.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThaiDigitsTest {

  @Test
  void numbersOfThaiTextBecomeThaiDigits() {
    assertThat(ThaiDigits.toThai("งบประมาณ 25,000 บาท ปี พ.ศ.2566")).isEqualTo("งบประมาณ ๒๕,๐๐๐ บาท ปี พ.ศ.๒๕๖๖");
    assertThat(ThaiDigits.toThai("1.1.3 (12) 2566-2570")).isEqualTo("๑.๑.๓ (๑๒) ๒๕๖๖-๒๕๗๐");
  }

  @Test
  void latinCodesKeepTheirDigits() {
    assertThat(ThaiDigits.toThai("ตัวชี้วัด (i30) และ O27")).isEqualTo("ตัวชี้วัด (i30) และ O27");
    assertThat(ThaiDigits.toThai("กรอบ NACC_2566 ที่ www.nacc.go.th/2566 ข้อ 3")).isEqualTo("กรอบ NACC_2566 ที่ www.nacc.go.th/2566 ข้อ ๓");
  }

  @Test
  void roundTripsWithArabic() {
    String thai = ThaiDigits.toThai("ข้อ 12 ปี 2569");
    assertThat(ThaiDigits.toArabic(thai)).isEqualTo("ข้อ 12 ปี 2569");
  }
}
