package org.sujarit.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Random;
import com.ibm.icu.text.RuleBasedNumberFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BahtTextTest {
  /** The table of tech notes section 3. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "10000|หนึ่งหมื่นบาทถ้วน|หนึ่งหมื่นบาทถ้วน",
      "1250000.50|หนึ่งล้านสองแสนห้าหมื่นบาทห้าสิบสตางค์|หนึ่งล้านสองแสนห้าหมื่นบาทห้าสิบสตางค์",
      "0.75|เจ็ดสิบห้าสตางค์|เจ็ดสิบห้าสตางค์",
      "0|ศูนย์บาทถ้วน|ศูนย์บาทถ้วน",
      "-15.5|ลบสิบห้าบาทห้าสิบสตางค์|ลบสิบห้าบาทห้าสิบสตางค์",
      "101|หนึ่งร้อยเอ็ดบาทถ้วน|หนึ่งร้อยหนึ่งบาทถ้วน",
      "1000001|หนึ่งล้านเอ็ดบาทถ้วน|หนึ่งล้านหนึ่งบาทถ้วน",
      "21|ยี่สิบเอ็ดบาทถ้วน|ยี่สิบเอ็ดบาทถ้วน",
      "11|สิบเอ็ดบาทถ้วน|สิบเอ็ดบาทถ้วน",
      "1|หนึ่งบาทถ้วน|หนึ่งบาทถ้วน",
      "11000000|สิบเอ็ดล้านบาทถ้วน|สิบเอ็ดล้านบาทถ้วน",
      "99999999.99|เก้าสิบเก้าล้านเก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้าบาทเก้าสิบเก้าสตางค์|เก้าสิบเก้าล้านเก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้าบาทเก้าสิบเก้าสตางค์",
      "0.01|หนึ่งสตางค์|หนึ่งสตางค์"})
  void spellsAmountsInBothConventions(String amount, String excel, String tensOnly) {
    assertThat(BahtText.of(new BigDecimal(amount), BahtText.Convention.EXCEL)).isEqualTo(excel);
    assertThat(BahtText.of(new BigDecimal(amount), BahtText.Convention.TENS_ONLY)).isEqualTo(tensOnly);
  }

  @Test
  void excelIsTheDefault() {
    assertThat(BahtText.of(Baht.of(101))).isEqualTo("หนึ่งร้อยเอ็ดบาทถ้วน");
  }

  @Test
  void tensOnlyAgreesWithIcuOnWholeBaht() {
    RuleBasedNumberFormat icu = new RuleBasedNumberFormat(Locale.forLanguageTag("th"), RuleBasedNumberFormat.SPELLOUT);
    Random random = new Random(2566);
    for (int i = 0; i < 2000; i++) {
      long n = 1 + (long) (random.nextDouble() * Math.pow(10, 1 + random.nextInt(12)));
      String expected = icu.format(n, "%spellout-cardinal").replace("\u200B", "") + "บาทถ้วน";
      assertThat(BahtText.of(BigDecimal.valueOf(n), BahtText.Convention.TENS_ONLY)).as("%d", n).isEqualTo(expected);
    }
  }
}
