package org.sujarit.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.ThaiDates;
import org.sujarit.common.ThaiDigits;

/**
 * Formatting for templates ({@code ${@fmt.baht(x)}}): amounts as plan tables print them, B.E. dates
 * with Thai month names, and Thai digits when the user chose them.
 */
@Component("fmt")
public class Formats {

  /** An amount as in plan tables: "25,000"; zero as "-" (no budget); null (not stated) as empty. */
  public String baht(Baht amount) {
    if (amount == null) return "";
    if (amount.isZero()) return "-";
    return digits(amount.format());
  }

  /** An amount always in figures, "0" included (totals). */
  public String total(Baht amount) {
    return amount == null ? "" : digits(amount.format());
  }

  public String number(Object n) {
    return n == null ? "" : digits(n.toString());
  }

  public String year(FiscalYear y) {
    return y == null ? "" : digits(Integer.toString(y.value()));
  }

  /** "15 ม.ค. 2568 14:30" in Thai, "15 Jan 2568 14:30" in English: B.E. years either way. */
  public String dateTime(Instant at) {
    if (at == null) return "";
    Locale locale = LocaleContextHolder.getLocale();
    return digits(DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", locale)
        .withChronology(ThaiBuddhistChronology.INSTANCE).format(at.atZone(ThaiDates.BANGKOK)));
  }

  public String date(LocalDate d) {
    if (d == null) return "";
    Locale locale = LocaleContextHolder.getLocale();
    return digits(DateTimeFormatter.ofPattern("d MMMM yyyy", locale).withChronology(ThaiBuddhistChronology.INSTANCE).format(d));
  }

  /** The value of a date field: a stored date as "6 ธ.ค. 2569", text sent back as it was typed. */
  public String dateInput(Object value) {
    return value instanceof LocalDate d ? ThaiDates.input(d) : value == null ? "" : value.toString();
  }

  public boolean thaiDigits() {
    HttpServletRequest r = request();
    return r != null && DigitPreference.thai(r);
  }

  public String digits(String text) {
    return thaiDigits() ? ThaiDigits.toThai(text) : text;
  }

  private static HttpServletRequest request() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a ? a.getRequest() : null;
  }
}
