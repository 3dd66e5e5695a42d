package org.sujarit.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {

  @Test
  void formulaStartsGetAnApostropheAndComeBack() {
    for (String risky : new String[] {"=1+1", "+66 81", "-2+3", "@SUM(A1)", "\tx", "\rx"}) {
      assertThat(SpreadsheetText.safe(risky)).isEqualTo("'" + risky);
      assertThat(SpreadsheetText.unescape(SpreadsheetText.safe(risky))).isEqualTo(risky);
    }
  }

  @Test
  void ordinaryTextAndTheLoneDashStayAsTheyAre() {
    assertThat(SpreadsheetText.safe("โครงการอบรม")).isEqualTo("โครงการอบรม");
    assertThat(SpreadsheetText.safe("-")).isEqualTo("-");
    assertThat(SpreadsheetText.safe("")).isEmpty();
    assertThat(SpreadsheetText.unescape("'ข้อความ")).isEqualTo("'ข้อความ");
  }

  @Test
  void csvFieldsAreSafeAndQuoted() {
    assertThat(SpreadsheetText.csvField("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
    assertThat(SpreadsheetText.csvField("ก, ข \"ค\"")).isEqualTo("\"ก, ข \"\"ค\"\"\"");
    assertThat(SpreadsheetText.csvField(null)).isEmpty();
  }
}
