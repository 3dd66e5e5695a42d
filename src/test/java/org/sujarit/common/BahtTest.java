package org.sujarit.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BahtTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1000|1000.00", "'1,000'|1000.00", "๑๐๐๐|1000.00", "'๑,๐๐๐'|1000.00", "' 2 500 '|2500.00",
      "1000.5|1000.50", "'10,000 บาท'|10000.00", "0|0.00", "99999999.99|99999999.99"})
  void readsAmountsAsPeopleTypeThem(String text, String expected) {
    assertThat(Baht.parse(text).amount()).isEqualByComparingTo(new BigDecimal(expected));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "abc|NOT_A_NUMBER", "-100|NEGATIVE", "1.005|TOO_PRECISE", "''|EMPTY", "1e5|NOT_A_NUMBER",
      "1000000000000|TOO_LARGE", "12-3|NOT_A_NUMBER"})
  void refusesWhatIsNotAnAmount(String text, InvalidAmountException.Reason reason) {
    assertThatThrownBy(() -> Baht.parse(text))
        .isInstanceOfSatisfying(InvalidAmountException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  @Test
  void formatsAsPlanTablesDo() {
    assertThat(Baht.of(25000).format()).isEqualTo("25,000");
    assertThat(Baht.of(new BigDecimal("1234.5")).format()).isEqualTo("1,234.50");
    assertThat(Baht.of(25000).formatWithSatang()).isEqualTo("25,000.00");
  }

  @Test
  void keepsSatangExactly() {
    Baht sum = Baht.parse("0.10").plus(Baht.parse("0.20"));
    assertThat(sum).isEqualTo(Baht.parse("0.30"));
    assertThatThrownBy(() -> Baht.of(new BigDecimal("1.001"))).isInstanceOf(ArithmeticException.class);
  }
}
