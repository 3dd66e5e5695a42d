package org.sujarit.monitoring;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.sujarit.access.CurrentUser;
import org.sujarit.common.Baht;
import org.sujarit.common.NotFoundException;
import org.sujarit.common.ThaiDates;
import org.sujarit.framework.Framework;
import org.sujarit.monitoring.report.DocxReportWriter;
import org.sujarit.monitoring.report.PdfReportWriter;
import org.sujarit.monitoring.report.ProgressCharts;
import org.sujarit.monitoring.report.ProgressReport;
import org.sujarit.monitoring.report.ReportBlock;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanId;
import org.sujarit.plan.Plans;

/**
 * The 6-month and annual reports of a round as DOCX and PDF, and their charts as PNG (the same images
 * the dashboard shows). Reports are official Thai documents: their texts come from the monitoring
 * messages in Thai whatever the reader's language.
 */
@Service
public class MonitoringReports {
  private static final Locale THAI = ThaiDates.THAI;
  private static final Color PLANNED = new Color(0x90A4AE);
  private static final Color SPENT = new Color(0x1565C0);

  private final Progress progress;
  private final Plans plans;
  private final MessageSource messages;

  MonitoringReports(Progress progress, Plans plans, MessageSource messages) {
    this.progress = progress;
    this.plans = plans;
    this.messages = messages;
  }

  public enum Chart {
    STATUS, DIMENSIONS, UNITS;

    public static Chart parse(String name) {
      try {
        return valueOf(name.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new NotFoundException("error.not-found");
      }
    }

    public String path() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public enum Format {
    PDF("application/pdf"), DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final String mediaType;

    Format(String mediaType) {
      this.mediaType = mediaType;
    }

    public String mediaType() {
      return mediaType;
    }

    public String extension() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Format parse(String name) {
      try {
        return valueOf(name.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new NotFoundException("error.not-found");
      }
    }
  }

  public byte[] chart(CurrentUser user, PlanId id, ReportingRound round, Chart chart) {
    Progress.Board board = progress.board(user, id, round);
    return charts(board, dimensionNames(board.plan())).get(chart).png();
  }

  public byte[] render(CurrentUser user, PlanId id, ReportingRound round, Format format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    render(user, id, round, format, out);
    return out.toByteArray();
  }

  public void render(CurrentUser user, PlanId id, ReportingRound round, Format format, OutputStream out) {
    Progress.Board board = progress.board(user, id, round);
    Map<Integer, String> dimensions = dimensionNames(board.plan());
    List<ReportBlock> blocks = ProgressReport.blocks(board, dimensions, charts(board, dimensions), this::text);
    String title = text("report.title." + round.kind().name());
    if (format == Format.PDF) PdfReportWriter.write(title, blocks, out);
    else DocxReportWriter.write(title, blocks, out);
  }

  /** "รายงานผล-6เดือน-2567.pdf". */
  public String fileName(ReportingRound round, Format format) {
    return text("report.file." + round.kind().name(), round.year().value()) + "." + format.extension();
  }

  /** Dimension number → its name in the plan's framework. */
  public Map<Integer, String> dimensionNames(Plan plan) {
    Map<Integer, String> names = new TreeMap<>();
    plans.frameworkOf(plan).dimensions().forEach((Framework.Dimension d) -> names.put(d.no(), d.name()));
    return names;
  }

  private Map<Chart, ProgressCharts.Chart> charts(Progress.Board b, Map<Integer, String> dimensionNames) {
    ProgressFigures f = b.figures();
    Map<Chart, ProgressCharts.Chart> charts = new EnumMap<>(Chart.class);
    List<String> statuses = new ArrayList<>();
    List<Double> counts = new ArrayList<>();
    for (ProgressStatus s : ProgressStatus.values()) {
      statuses.add(text(s.messageKey()));
      counts.add((double) f.count(s));
    }
    statuses.add(text("monitoring.notReported"));
    counts.add((double) f.notReported());
    charts.put(Chart.STATUS, ProgressCharts.bars(text("report.chart.status"), statuses,
        List.of(new ProgressCharts.Series(text("report.chart.items"), new Color(0x2E7D32), unbox(counts))), v -> Long.toString(Math.round(v))));
    List<String> dims = new ArrayList<>();
    List<ProgressFigures.BudgetUse> dimUse = new ArrayList<>();
    f.byDimension().forEach((no, use) -> {
      dims.add(text("report.dimension.short", no));
      dimUse.add(use);
    });
    charts.put(Chart.DIMENSIONS, budgetChart(text("report.chart.dimensions"), dims, dimUse));
    List<String> units = new ArrayList<>();
    List<ProgressFigures.BudgetUse> unitUse = new ArrayList<>();
    f.byUnit().forEach((unit, use) -> {
      units.add(unit.equals(ProgressFigures.NO_UNIT) ? text("monitoring.noUnit") : b.unitName(unit));
      unitUse.add(use);
    });
    charts.put(Chart.UNITS, budgetChart(text("report.chart.units"), units, unitUse));
    return charts;
  }

  private ProgressCharts.Chart budgetChart(String title, List<String> categories, List<ProgressFigures.BudgetUse> uses) {
    double[] planned = uses.stream().mapToDouble(u -> u.planned().amount().doubleValue()).toArray();
    double[] spent = uses.stream().mapToDouble(u -> u.spent().amount().doubleValue()).toArray();
    return ProgressCharts.bars(title, categories,
        List.of(new ProgressCharts.Series(text("report.chart.planned"), PLANNED, planned),
            new ProgressCharts.Series(text("report.chart.spent"), SPENT, spent)),
        v -> Baht.of(java.math.BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP)).format());
  }

  private static double[] unbox(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private String text(String key, Object... args) {
    Object[] plain = new Object[args.length];
    for (int i = 0; i < args.length; i++) plain[i] = args[i] instanceof Number n ? n.toString() : args[i];
    return messages.getMessage(key, plain, key, THAI);
  }
}
