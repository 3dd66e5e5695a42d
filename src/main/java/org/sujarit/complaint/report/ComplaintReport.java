package org.sujarit.complaint.report;

import java.awt.Color;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sujarit.common.ThaiDates;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.statistics.ComplaintFigures;
import org.sujarit.complaint.statistics.ComplaintStatistics;
import org.sujarit.document.layout.Align;
import org.sujarit.document.layout.BarChart;
import org.sujarit.document.layout.ChartColors;
import org.sujarit.document.layout.DocumentInfo;
import org.sujarit.document.layout.Heading;
import org.sujarit.document.layout.OfficialDocument;
import org.sujarit.document.layout.PageSetup;
import org.sujarit.document.layout.Section;
import org.sujarit.document.layout.Table;

/**
 * The 6-month or annual complaint report for the executive, on the document engine: a summary with
 * "ไม่มีเรื่องร้องเรียน" when nothing was received, the figures per channel, per period, per intake
 * channel and per category of each channel, satisfaction against the 80 % target and per channel, a
 * chart, and signature lines. It
 * holds figures only, never the content of a case.
 */
public final class ComplaintReport {
  private static final Color RECEIVED = ChartColors.BLUE;
  private static final Color FINISHED = ChartColors.GREEN;

  public interface Texts {
    String get(String key, Object... args);
  }

  /** What a report covers: the span's figures and the smaller periods shown in its table and chart. */
  public record Scope(ComplaintStatistics total, List<ComplaintStatistics> periods, List<ComplaintStatistics> months, boolean half) {}

  private ComplaintReport() {}

  public static OfficialDocument document(String organization, String executiveTitle, Scope s, LocalDate asOf, Texts t) {
    ComplaintFigures f = s.total().total();
    int year = s.total().period().year().value();
    String title = t.get(s.half() ? "complaint.report.title.half" : "complaint.report.title.year", year);
    OfficialDocument.Builder doc = OfficialDocument.builder(new DocumentInfo(title, organization, t.get("complaint.stats.title"),
        asOf.atStartOfDay(ThaiDates.BANGKOK), false)).section(PageSetup.PORTRAIT, Section.PageNumbers.FROM_SECOND_PAGE);
    float width = doc.textWidth();
    doc.add(Heading.title(title + "\n" + t.get("complaint.report.span", ThaiDates.longDate(s.total().period().from()),
        ThaiDates.longDate(s.total().period().to())) + "\n" + organization));
    doc.add(Heading.section(t.get("complaint.report.section.summary")));
    if (f.none()) {
      doc.paragraph(t.get("complaint.report.none", ThaiDates.longDate(s.total().period().from()), ThaiDates.longDate(s.total().period().to())));
    } else {
      doc.paragraph(t.get("complaint.report.summary", f.received(), s.total().channel(Channel.GENERAL).received(),
          s.total().channel(Channel.CORRUPTION).received(), f.finished(), f.inProgress(), f.forwarded(), f.withinDeadline(), f.answered(),
          percent(f.withinDeadlinePercent())));
      doc.paragraph(f.rated() == 0 ? t.get("complaint.report.satisfaction.none")
          : t.get("complaint.report.satisfaction", f.rated(), percent(f.satisfiedPercent()),
              t.get(f.satisfiedPercent() >= 80 ? "complaint.report.target.met" : "complaint.report.target.missed")));
      int n = 1;
      doc.caption(t.get("complaint.report.table", n++, t.get("complaint.stats.byChannel")));
      List<Table.Row> channels = new ArrayList<>();
      channels.add(header(t, "complaint.stats.channel"));
      for (Channel c : Channel.values()) channels.add(row(t.get("complaint.channel." + c.name()), s.total().channel(c)));
      channels.add(Table.Row.total(cells(t.get("complaint.report.total"), f)));
      doc.add(table(width, channels));

      doc.caption(t.get("complaint.report.table", n++, t.get("complaint.stats.byPeriod")));
      List<Table.Row> periods = new ArrayList<>();
      periods.add(header(t, "complaint.stats.period"));
      for (ComplaintStatistics p : s.periods()) periods.add(row(label(t, p), p.total()));
      periods.add(Table.Row.total(cells(t.get("complaint.report.total"), f)));
      doc.add(table(width, periods));

      doc.caption(t.get("complaint.report.table", n++, t.get("complaint.report.byIntake")));
      doc.add(breakdown(width, t, "complaint.officer.intake", s.total().byIntake(), k -> t.get("complaint.intake." + k.name()), f));
      doc.caption(t.get("complaint.report.table", n++, t.get("complaint.stats.byCategory")));
      doc.add(breakdown(width, t, "complaint.form.category", s.total().byChannelCategory(),
          k -> t.get("complaint.category." + k.category()) + " (" + t.get("complaint.channel.short." + k.channel().name()) + ")", f));

      if (f.rated() > 0) {
        doc.caption(t.get("complaint.report.table", n++, t.get("complaint.stats.satisfactionByChannel")));
        List<Table.Row> satisfaction = new ArrayList<>();
        satisfaction.add(Table.Row.header(List.of(t.get("complaint.stats.channel"), t.get("complaint.stats.rated"),
            t.get("complaint.stats.satisfiedCount"), t.get("complaint.stats.satisfiedShare"), t.get("complaint.stats.averageScore"))));
        for (Channel c : Channel.values()) satisfaction.add(Table.Row.body(satisfactionCells(t.get("complaint.channel." + c.name()), s.total().channel(c))));
        satisfaction.add(Table.Row.total(satisfactionCells(t.get("complaint.report.total"), f)));
        doc.add(new Table(Table.columns(width, new float[] {40, 15, 15, 15, 15}, Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT),
            1, satisfaction, 14));
      }

      List<String> months = s.months().stream().map(m -> label(t, m)).toList();
      doc.add(BarChart.bars(t.get("complaint.report.chart"), months,
          List.of(new BarChart.Series(t.get("complaint.fig.received"), RECEIVED, s.months().stream().mapToDouble(m -> m.total().received()).toArray()),
              new BarChart.Series(t.get("complaint.fig.finished"), FINISHED, s.months().stream().mapToDouble(m -> m.total().finished()).toArray())),
          v -> Long.toString(Math.round(v))).withCaption(t.get("complaint.report.figure", 1, t.get("complaint.report.chart"))));
    }
    doc.signature(t.get("complaint.report.sign.line"), t.get("complaint.report.sign.reporter"));
    doc.signature(t.get("complaint.report.sign.ack"), t.get("complaint.report.sign.line"), executiveTitle);
    return doc.build();
  }

  private static <K> Table breakdown(float width, Texts t, String firstColumn, Map<K, ComplaintFigures> m, Function<K, String> name,
      ComplaintFigures total) {
    List<Table.Row> rows = new ArrayList<>();
    rows.add(header(t, firstColumn));
    m.forEach((k, v) -> rows.add(row(name.apply(k), v)));
    rows.add(Table.Row.total(cells(t.get("complaint.report.total"), total)));
    return table(width, rows);
  }

  private static Table table(float width, List<Table.Row> rows) {
    return new Table(Table.columns(width, new float[] {34, 13, 13, 13, 13, 14}, Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT,
        Align.RIGHT), 1, rows, 14);
  }

  private static Table.Row header(Texts t, String first) {
    return Table.Row.header(List.of(t.get(first), t.get("complaint.fig.received"), t.get("complaint.fig.finished"),
        t.get("complaint.fig.inProgress"), t.get("complaint.fig.forwarded"), t.get("complaint.fig.withinDeadline")));
  }

  private static Table.Row row(String label, ComplaintFigures f) {
    return Table.Row.body(cells(label, f));
  }

  private static List<String> cells(String label, ComplaintFigures f) {
    return List.of(label, Integer.toString(f.received()), Integer.toString(f.finished()), Integer.toString(f.inProgress()),
        Integer.toString(f.forwarded()), Integer.toString(f.withinDeadline()));
  }

  private static List<String> satisfactionCells(String label, ComplaintFigures f) {
    return List.of(label, Integer.toString(f.rated()), Integer.toString(f.satisfied()), percent(f.satisfiedPercent()),
        f.averageScore() == null ? "–" : String.format(java.util.Locale.ROOT, "%.2f", f.averageScore()));
  }

  private static String label(Texts t, ComplaintStatistics p) {
    return t.get("complaint.report.period." + p.period().kind().name(), p.period().index(), ThaiDates.monthYear(p.period().from()));
  }

  private static String percent(Double p) {
    return p == null ? "–" : String.format(java.util.Locale.ROOT, "%.2f", p);
  }
}
