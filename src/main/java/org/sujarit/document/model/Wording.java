package org.sujarit.document.model;

import java.time.LocalDate;
import org.sujarit.common.Baht;
import org.sujarit.common.BahtText;
import org.sujarit.common.FiscalPeriod;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.ThaiDates;
import org.sujarit.common.ThaiDigits;
import org.sujarit.document.RenderOptions;

/** Numbers, amounts, years and dates written as the options ask (digits, amounts in words). */
public final class Wording {
  private final RenderOptions options;

  public Wording(RenderOptions options) {
    this.options = options;
  }

  /** The text with the chosen digits. */
  public String digits(String text) {
    if (text == null) return "";
    return options.thaiDigits() ? ThaiDigits.toThai(text) : text;
  }

  /** A table cell: "10,000", "-" for no budget, empty when the plan states nothing. */
  public String amount(Baht amount) {
    if (amount == null) return "";
    return amount.isZero() ? "-" : digits(amount.format());
  }

  /** A sum in running text: "10,000 บาท (หนึ่งหมื่นบาทถ้วน)". */
  public String baht(Baht amount) {
    String figure = digits(amount.format()) + " บาท";
    return options.amountsInWords() ? figure + " (" + BahtText.of(amount, options.bahtConvention()) + ")" : figure;
  }

  public String year(FiscalYear year) {
    return digits(Integer.toString(year.value()));
  }

  /** "2566–2570", or "2566" for a one-year plan. */
  public String period(FiscalPeriod period) {
    return period.length() == 1 ? year(period.first()) : year(period.first()) + "–" + year(period.last());
  }

  /** "พฤษภาคม 2565". */
  public String monthYear(LocalDate date) {
    return digits(ThaiDates.monthYear(date));
  }
}
