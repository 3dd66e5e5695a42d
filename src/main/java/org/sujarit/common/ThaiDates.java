package org.sujarit.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as Thai officials write them: Buddhist Era years and Thai month names. */
public final class ThaiDates {
  public static final Locale THAI = Locale.forLanguageTag("th-TH");
  /** Thai time: the day a deadline, an issue date or a round falls on is the day in Bangkok. */
  public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
  private static final DateTimeFormatter LONG =
      DateTimeFormatter.ofPattern("d MMMM yyyy", THAI).withChronology(ThaiBuddhistChronology.INSTANCE);
  private static final DateTimeFormatter SHORT =
      DateTimeFormatter.ofPattern("d MMM yy", THAI).withChronology(ThaiBuddhistChronology.INSTANCE);
  private static final DateTimeFormatter MONTH_YEAR =
      DateTimeFormatter.ofPattern("MMMM yyyy", THAI).withChronology(ThaiBuddhistChronology.INSTANCE);

  private static final DateTimeFormatter INPUT =
      DateTimeFormatter.ofPattern("d MMM yyyy", THAI).withChronology(ThaiBuddhistChronology.INSTANCE);
  /** Years from here on are B.E.; below, C.E. (B.E. 2400 = 1857, C.E. 2400 is far away). */
  private static final int BE_FROM = 2400;
  private static final int BE_OFFSET = 543;
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");
  private static final Pattern NAMED = Pattern.compile("(\\d{1,2})\\s*([^\\d\\s][^\\d]*?)\\s*(\\d{4}|\\d{2})");
  private static final List<String> MONTHS = List.of("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
      "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม");
  private static final List<String> MONTHS_SHORT = List.of("มค", "กพ", "มีค", "เมย", "พค", "มิย", "กค", "สค", "กย", "ตค", "พย", "ธค");

  private ThaiDates() {}

  /** "6 ธ.ค. 2569": how a date field shows a date. */
  public static String input(LocalDate date) {
    return INPUT.format(date);
  }

  /**
   * Reads a date as a Thai user types it: "6 ธ.ค. 2569", "6 ธันวาคม 2569", "6 ธ.ค. 69", "06/12/2569",
   * or the ISO "2026-12-06" a browser's date picker sends; Thai digits too. A year from 2400 is B.E.
   *
   * @throws DateTimeException when the text is no date
   */
  public static LocalDate parse(String text) {
    String t = ThaiDigits.toArabic(text).strip();
    Matcher m = ISO.matcher(t);
    if (m.matches()) return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
    m = NUMERIC.matcher(t);
    if (m.matches()) return date(m.group(3), Integer.parseInt(m.group(2)), m.group(1));
    m = NAMED.matcher(t);
    if (m.matches()) {
      String name = m.group(2).replace(".", "").replace(" ", "");
      int month = MONTHS.indexOf(name) >= 0 ? MONTHS.indexOf(name) : MONTHS_SHORT.indexOf(name);
      if (month < 0) throw new DateTimeException("unknown month: " + m.group(2));
      String year = m.group(3).length() == 2 ? "25" + m.group(3) : m.group(3);
      return date(year, month + 1, m.group(1));
    }
    throw new DateTimeException("not a date: " + text);
  }

  /**
   * A date field of a form: null when blank, else {@link #parse}.
   *
   * @throws RuleViolation on {@code field} ("date.invalid", with the text as typed) when it is no date
   */
  public static LocalDate field(String field, String text) {
    if (text == null || text.isBlank()) return null;
    try {
      return parse(text);
    } catch (DateTimeException e) {
      throw RuleViolation.field(field, "date.invalid", text);
    }
  }

  private static LocalDate date(String year, int month, String day) {
    int y = Integer.parseInt(year);
    return LocalDate.of(y >= BE_FROM ? y - BE_OFFSET : y, month, Integer.parseInt(day));
  }

  /** "15 มกราคม 2568". */
  public static String longDate(LocalDate date) {
    return LONG.format(date);
  }

  /** "15 ม.ค. 68". */
  public static String shortDate(LocalDate date) {
    return SHORT.format(date);
  }

  /** "มกราคม 2568", as on a plan's cover. */
  public static String monthYear(LocalDate date) {
    return MONTH_YEAR.format(date);
  }
}
