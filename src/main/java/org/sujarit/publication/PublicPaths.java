package org.sujarit.publication;

import org.sujarit.common.FiscalPeriod;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.NotFoundException;

/**
 * The permanent public links. They are given to ITAS and printed on paper, so they never change:
 * later plan versions get links of their own beside the earlier ones, and an organization that gets
 * its DLA code keeps answering under its former code with a permanent redirect.
 */
public final class PublicPaths {
  private PublicPaths() {}

  public static String organization(String code) {
    return "/o/" + code;
  }

  public static String year(String code, FiscalYear year) {
    return organization(code) + "/" + year.value();
  }

  /** The plan in force in a fiscal year: the version published last among those covering it. */
  public static String planOfYear(String code, FiscalYear year) {
    return year(code, year) + "/plan";
  }

  /** One published version of a plan, e.g. {@code /o/6400101/plans/2566-2570/2}. */
  public static String version(String code, FiscalPeriod period, int version) {
    return organization(code) + "/plans/" + period(period) + "/" + version;
  }

  /** A plan's period as links, file names and open data write it: "2566-2570". */
  public static String period(FiscalPeriod period) {
    return period.first().value() + "-" + period.last().value();
  }

  /** {@code round}: "half-year" or "full-year". */
  public static String report(String code, FiscalYear year, String round) {
    return year(code, year) + "/reports/" + round;
  }

  public static String ita(String code, FiscalYear year) {
    return year(code, year) + "/ita";
  }

  public static String itaItem(String code, FiscalYear year, String item) {
    return ita(code, year) + "/" + item;
  }

  /** The period of a public link ("2566-2570"); an impossible one is a page that does not exist. */
  public static FiscalPeriod parsePeriod(String text) {
    if (text == null || !text.matches("\\d{4}-\\d{4}")) throw new NotFoundException("public.not-found");
    int first = Integer.parseInt(text.substring(0, 4));
    int last = Integer.parseInt(text.substring(5));
    if (first < FiscalYear.MIN || last > FiscalYear.MAX || last < first || last - first >= FiscalPeriod.MAX_YEARS) {
      throw new NotFoundException("public.not-found");
    }
    return FiscalPeriod.of(first, last);
  }

  /** The fiscal year of a public link; an impossible one is a page that does not exist. */
  public static FiscalYear parseYear(String text) {
    if (text == null || !text.matches("\\d{4}")) throw new NotFoundException("public.not-found");
    int y = Integer.parseInt(text);
    if (y < FiscalYear.MIN || y > FiscalYear.MAX) throw new NotFoundException("public.not-found");
    return FiscalYear.of(y);
  }
}
