package org.sujarit.monitoring.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.sujarit.document.layout.ReportFormat;
import org.sujarit.common.Baht;
import org.sujarit.common.ThaiDates;
import org.sujarit.document.layout.Align;
import org.sujarit.document.layout.DocumentInfo;
import org.sujarit.document.layout.Heading;
import org.sujarit.document.layout.OfficialDocument;
import org.sujarit.document.layout.PageSetup;
import org.sujarit.document.layout.Picture;
import org.sujarit.document.layout.Section;
import org.sujarit.document.layout.Table;
import org.sujarit.document.layout.TextStyle;
import org.sujarit.monitoring.MonitoringReports;
import org.sujarit.monitoring.Progress;
import org.sujarit.monitoring.ProgressEntry;
import org.sujarit.monitoring.ProgressFigures;
import org.sujarit.monitoring.ProgressStatus;
import org.sujarit.plan.DetailSheet;
import org.sujarit.plan.Introduction;
import org.sujarit.plan.WorkflowStamp;

/**
 * The content of the 6-month and annual reports, in the order E-PlanNACC and ITA expect: a summary with
 * figures and charts, the plan's goals against their actual values, each item's result by dimension,
 * problems and suggestions, and the executive's acknowledgement. Every figure comes from
 * {@link ProgressFigures}.
 */
public final class ProgressReport {
  private static final float TABLE_SIZE = 14;
  /** Left-aligned, not indented: a numbered entry. */
  private static final TextStyle PLAIN = new TextStyle(TextStyle.BODY_SIZE, false, Align.LEFT, 0, 0, 0, false);

  private ProgressReport() {}

  /** Message texts in Thai. */
  @FunctionalInterface
  public interface Texts {
    String get(String key, Object... args);
  }

  /** The report of a round as PDF or DOCX: the same content in both. */
  public static void render(Progress.Board b, Map<Integer, String> dimensions, ReportFormat format, Texts t,
      java.io.OutputStream out) {
    OfficialDocument document = document(b, dimensions, ReportCharts.of(b, t), t);
    if (format == ReportFormat.PDF) document.writePdf(out);
    else document.writeDocx(out);
  }

  static OfficialDocument document(Progress.Board b, Map<Integer, String> dimensions, Map<MonitoringReports.Chart, Picture> charts,
      Texts t) {
    ProgressFigures f = b.figures();
    String title = t.get("report.title." + b.round().kind().name());
    OfficialDocument.Builder doc = OfficialDocument.builder(new DocumentInfo(title, b.organization().name(), b.plan().title(),
        asOf(b).atZone(ThaiDates.BANGKOK), false)).section(PageSetup.PORTRAIT, Section.PageNumbers.FROM_SECOND_PAGE);
    float width = doc.textWidth();
    doc.add(Heading.title(title + "\n"
        + t.get("report.period", ThaiDates.longDate(b.round().firstDay()), ThaiDates.longDate(b.round().lastDay()), b.round().year().value())
        + "\n" + b.organization().name()));

    doc.add(Heading.section(t.get("report.section.summary")));
    doc.paragraph(t.get("report.summary", b.plan().title(), b.round().year().value(), f.total(), f.count(ProgressStatus.DONE),
        percent(f.completionPercent()), f.count(ProgressStatus.IN_PROGRESS), f.count(ProgressStatus.NOT_STARTED),
        f.count(ProgressStatus.POSTPONED), f.count(ProgressStatus.CANCELLED), f.notReported(), f.budget().planned().formatWithSatang(),
        f.budget().spent().formatWithSatang(), percent(f.budget().percent()), f.indicatorsMet(), f.indicatorsWithTarget()));
    doc.add(dimensionSummary(f, dimensions, t, width));
    int n = 1;
    for (MonitoringReports.Chart c : MonitoringReports.Chart.values()) {
      doc.add(charts.get(c).withCaption(t.get("report.figure", n++, t.get("report.chart." + c.path()))));
    }

    doc.add(Heading.section(t.get("report.section.goals")));
    goals(doc, b, t, width);

    doc.add(Heading.section(t.get("report.section.items")));
    dimensions.forEach((no, name) -> {
      List<ProgressFigures.Line> lines = f.linesOf(no);
      if (lines.isEmpty()) return;
      doc.caption(t.get("report.dimension", no, name)).add(items(lines, f.byDimension().get(no), b.evidence(), t, width));
    });

    doc.add(Heading.section(t.get("report.section.problems")));
    int k = 0;
    for (ProgressFigures.Line l : f.lines()) {
      ProgressEntry e = l.record() == null ? null : l.record().entry();
      if (e == null || (e.problems() == null && e.suggestions() == null)) continue;
      doc.paragraph(t.get("report.problem", ++k, l.item().name(), orDash(e.problems()), orDash(e.suggestions())), PLAIN);
    }
    if (k == 0) doc.paragraph(t.get("report.problems.none"));

    doc.signature(t.get("report.sign.line"), t.get("report.sign.reporter"));
    if (b.state().closed()) {
      doc.paragraph(t.get("report.acknowledged", b.state().acknowledgedName(),
          ThaiDates.longDate(b.state().acknowledged().at().atZone(ThaiDates.BANGKOK).toLocalDate()),
          b.state().note() == null ? "" : b.state().note()));
      doc.signature(t.get("report.sign.ack"), "(" + b.state().acknowledgedName() + ")", t.get("report.sign.executive"));
    } else {
      doc.signature(t.get("report.sign.ack"), t.get("report.sign.line"), t.get("report.sign.executive"));
    }
    return doc.build();
  }

  /** The report is as of the round's last change, so that the same round gives the same file. */
  private static Instant asOf(Progress.Board b) {
    Stream<WorkflowStamp> stamps = Stream.concat(Stream.of(b.state().acknowledged()),
        b.latest().values().stream().flatMap(r -> Stream.of(r.saved(), r.reviewed())));
    return stamps.filter(Objects::nonNull).map(WorkflowStamp::at).filter(Objects::nonNull).max(Comparator.naturalOrder())
        .orElse(b.round().firstDay().atStartOfDay(ThaiDates.BANGKOK).toInstant());
  }

  private static Table dimensionSummary(ProgressFigures f, Map<Integer, String> dimensions, Texts t, float width) {
    List<Table.Row> rows = new ArrayList<>();
    rows.add(Table.Row.header(List.of(t.get("report.col.dimension"), t.get("report.col.items"), t.get("report.col.done"),
        t.get("report.col.inProgress"), t.get("report.col.other"), t.get("monitoring.notReported"), t.get("report.col.planned"),
        t.get("report.col.spent"), t.get("report.col.percent"))));
    f.byDimension().forEach((no, use) -> {
      List<ProgressFigures.Line> lines = f.linesOf(no);
      rows.add(Table.Row.body(List.of(t.get("report.dimension", no, dimensions.getOrDefault(no, "")), count(lines.size()),
          count(lines, ProgressStatus.DONE), count(lines, ProgressStatus.IN_PROGRESS),
          Long.toString(lines.stream().filter(l -> l.status().filter(s -> s != ProgressStatus.DONE && s != ProgressStatus.IN_PROGRESS).isPresent()).count()),
          Long.toString(lines.stream().filter(l -> l.record() == null).count()), use.planned().formatWithSatang(), use.spent().formatWithSatang(),
          percent(use.percent()))));
    });
    rows.add(Table.Row.total(List.of(t.get("report.total"), count(f.total()), count(f.count(ProgressStatus.DONE)), count(f.count(ProgressStatus.IN_PROGRESS)),
        count(f.count(ProgressStatus.NOT_STARTED) + f.count(ProgressStatus.POSTPONED) + f.count(ProgressStatus.CANCELLED)),
        count(f.notReported()), f.budget().planned().formatWithSatang(), f.budget().spent().formatWithSatang(), percent(f.budget().percent()))));
    return table(width, new float[] {23, 9, 8, 11, 7, 9, 12, 12, 9}, rows, Set.of(1, 2, 3, 4, 5, 6, 7, 8));
  }

  private static void goals(OfficialDocument.Builder doc, Progress.Board b, Texts t, float width) {
    List<Introduction.Goal> goals = b.plan().introduction().goals();
    if (goals.isEmpty()) {
      doc.paragraph(t.get("report.goals.none"));
      return;
    }
    List<Table.Row> rows = new ArrayList<>();
    rows.add(Table.Row.header(List.of(t.get("report.col.goal"), t.get("report.col.target", b.round().year().value()), t.get("report.col.actual"),
        t.get("report.col.result"))));
    for (Introduction.Goal g : goals) {
      BigDecimal target = g.targets().get(b.round().year());
      BigDecimal actual = b.goalResults().get(g.name());
      String result = actual == null ? t.get("report.goal.pending")
          : target == null ? "-" : t.get(actual.compareTo(target) >= 0 ? "report.goal.met" : "report.goal.missed");
      rows.add(Table.Row.body(List.of(g.name(), number(target), number(actual), result)));
    }
    doc.add(table(width, new float[] {46, 18, 18, 18}, rows, Set.of(1, 2)));
  }

  private static Table items(List<ProgressFigures.Line> lines, ProgressFigures.BudgetUse use,
      Map<org.sujarit.plan.PlanItemId, List<org.sujarit.monitoring.EvidenceFile>> evidence, Texts t, float width) {
    List<Table.Row> rows = new ArrayList<>();
    rows.add(Table.Row.header(List.of(t.get("report.col.no"), t.get("report.col.item"), t.get("report.col.result"), t.get("report.col.planned"),
        t.get("report.col.spent"), t.get("report.col.indicators"))));
    for (ProgressFigures.Line l : lines) {
      ProgressEntry e = l.record() == null ? null : l.record().entry();
      String result = e == null ? t.get("monitoring.notReported")
          : t.get(e.status().messageKey()) + (e.done() == null ? "" : "\n" + e.done()) + (e.reason() == null ? "" : "\n" + t.get("report.reason", e.reason()));
      int files = evidence.getOrDefault(l.item().id(), List.of()).size();
      if (files > 0) result += "\n" + t.get("report.evidence", files);
      rows.add(Table.Row.body(List.of(l.item().sequence() + ".", l.item().name(), result, amount(l.planned()), e == null ? "" : amount(e.spent()),
          indicators(l, e, t))));
    }
    rows.add(Table.Row.total(List.of("", t.get("report.dimension.total", lines.size()), "", use.planned().formatWithSatang(), use.spent().formatWithSatang(), "")));
    return table(width, new float[] {6, 30, 30, 12, 12, 14}, rows, Set.of(3, 4));
  }

  /** A table with one header row; the {@code numeric} columns right-aligned. */
  private static Table table(float width, float[] weights, List<Table.Row> rows, Set<Integer> numeric) {
    Align[] aligns = new Align[weights.length];
    for (int i = 0; i < aligns.length; i++) aligns[i] = numeric.contains(i) ? Align.RIGHT : Align.LEFT;
    return new Table(Table.columns(width, weights, aligns), 1, rows, TABLE_SIZE);
  }

  private static String indicators(ProgressFigures.Line l, ProgressEntry e, Texts t) {
    List<DetailSheet.Indicator> sheet = l.item().details() == null ? List.of() : l.item().details().indicators();
    if (sheet.isEmpty() || e == null) return "";
    List<String> parts = new ArrayList<>();
    e.indicators().forEach(r -> {
      if (r.index() >= sheet.size()) return;
      DetailSheet.Indicator i = sheet.get(r.index());
      parts.add(t.get("report.indicator", number(r.achieved()), number(i.target()), t.get(r.meets(i) ? "report.goal.met" : "report.goal.missed")));
    });
    return String.join("\n", parts);
  }

  /** Money columns in satang throughout, as the report's text states amounts: one column, one format. */
  private static String amount(Baht b) {
    return b == null || b.isZero() ? "-" : b.formatWithSatang();
  }

  private static String number(BigDecimal d) {
    return d == null ? "-" : d.stripTrailingZeros().toPlainString();
  }

  private static String percent(Optional<BigDecimal> p) {
    return p.map(BigDecimal::toPlainString).orElse("-");
  }

  private static String count(int n) {
    return Integer.toString(n);
  }

  private static String count(List<ProgressFigures.Line> lines, ProgressStatus s) {
    return Long.toString(lines.stream().filter(l -> l.status().filter(s::equals).isPresent()).count());
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }
}
