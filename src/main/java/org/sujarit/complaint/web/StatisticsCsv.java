package org.sujarit.complaint.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sujarit.common.SpreadsheetText;
import org.sujarit.complaint.statistics.ComplaintFigures;
import org.sujarit.complaint.statistics.ComplaintStatistics;
import org.sujarit.web.Messages;

/**
 * The year's statistics as CSV: one row per period × channel × intake channel × category that has
 * cases, with the figures of {@link ComplaintStatistics} (nothing is counted here). Every text cell
 * goes through {@link SpreadsheetText#csvField}, so no cell can start a spreadsheet formula.
 */
final class StatisticsCsv {
  private static final List<String> FIGURES = List.of("received", "finished", "inProgress", "forwarded", "withinDeadline");

  private StatisticsCsv() {}

  static String write(List<ComplaintStatistics> stats, Messages messages) {
    StringBuilder csv = new StringBuilder("\uFEFF"); // Excel reads UTF-8 (Thai) only with the byte order mark
    List<String> header = new ArrayList<>(List.of(messages.get("complaint.stats.period"), messages.get("complaint.csv.from"),
        messages.get("complaint.csv.to"), messages.get("complaint.stats.channel"), messages.get("complaint.officer.intake"),
        messages.get("complaint.form.category")));
    FIGURES.forEach(k -> header.add(messages.get("complaint.fig." + k)));
    header.addAll(List.of(messages.get("complaint.csv.answered"), messages.get("complaint.csv.rated"), messages.get("complaint.csv.satisfied"),
        messages.get("complaint.csv.satisfiedShare")));
    line(csv, header);
    for (ComplaintStatistics s : stats) {
      String period = messages.get("complaint.period." + s.period().kind().name(), s.period().index(), s.period().from().toString());
      s.cells().forEach((cell, f) -> line(csv, row(period, s, cell, f, messages)));
    }
    return csv.toString();
  }

  private static List<String> row(String period, ComplaintStatistics s, ComplaintStatistics.Cell cell, ComplaintFigures f, Messages messages) {
    return List.of(period, s.period().from().toString(), s.period().to().toString(), messages.get("complaint.channel." + cell.channel().name()),
        messages.get("complaint.intake." + cell.intake().name()), messages.get("complaint.category." + cell.category()),
        Integer.toString(f.received()), Integer.toString(f.finished()), Integer.toString(f.inProgress()), Integer.toString(f.forwarded()),
        Integer.toString(f.withinDeadline()), Integer.toString(f.answered()), Integer.toString(f.rated()), Integer.toString(f.satisfied()),
        f.satisfiedPercent() == null ? "" : String.format(Locale.ROOT, "%.1f", f.satisfiedPercent()));
  }

  private static void line(StringBuilder csv, List<String> cells) {
    csv.append(String.join(",", cells.stream().map(SpreadsheetText::csvField).toList())).append("\r\n");
  }
}
