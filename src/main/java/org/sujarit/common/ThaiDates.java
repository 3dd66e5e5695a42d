package org.sujarit.common;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

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

  private ThaiDates() {}

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
