package org.sujarit.monitoring.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sujarit.common.Baht;
import org.sujarit.document.layout.BarChart;
import org.sujarit.document.layout.ChartColors;
import org.sujarit.document.layout.Picture;
import org.sujarit.monitoring.MonitoringReports;
import org.sujarit.monitoring.Progress;
import org.sujarit.monitoring.ProgressFigures;
import org.sujarit.monitoring.ProgressStatus;

/** The charts of a round, drawn from its {@link ProgressFigures}: items by status, budget by dimension and by unit. */
public final class ReportCharts {
  private static final Color PLANNED = ChartColors.GREY;
  private static final Color SPENT = ChartColors.BLUE;
  private static final Color NOT_REPORTED = ChartColors.LIGHT_GREY;
  /** The colours of the status badges on the pages (monitoring.css). */
  private static final Map<ProgressStatus, Color> STATUS_COLORS = Map.of(ProgressStatus.NOT_STARTED, ChartColors.SLATE,
      ProgressStatus.IN_PROGRESS, ChartColors.BLUE, ProgressStatus.DONE, ChartColors.GREEN, ProgressStatus.CANCELLED,
      ChartColors.RED, ProgressStatus.POSTPONED, ChartColors.AMBER);

  private ReportCharts() {}

  public static Map<MonitoringReports.Chart, Picture> of(Progress.Board b, ProgressReport.Texts t) {
    ProgressFigures f = b.figures();
    Map<MonitoringReports.Chart, Picture> charts = new EnumMap<>(MonitoringReports.Chart.class);
    List<String> statuses = new ArrayList<>();
    List<Double> counts = new ArrayList<>();
    List<Color> colors = new ArrayList<>();
    for (ProgressStatus s : ProgressStatus.values()) {
      statuses.add(t.get(s.messageKey()));
      counts.add((double) f.count(s));
      colors.add(STATUS_COLORS.get(s));
    }
    statuses.add(t.get("monitoring.notReported"));
    counts.add((double) f.notReported());
    colors.add(NOT_REPORTED);
    charts.put(MonitoringReports.Chart.STATUS, BarChart.bars(t.get("report.chart.status"), statuses,
        List.of(new BarChart.Series(t.get("report.chart.items"), NOT_REPORTED, unbox(counts), colors.toArray(Color[]::new))),
        v -> Long.toString(Math.round(v))));
    List<String> dims = new ArrayList<>();
    List<ProgressFigures.BudgetUse> dimUse = new ArrayList<>();
    f.byDimension().forEach((no, use) -> {
      dims.add(t.get("report.dimension.short", no));
      dimUse.add(use);
    });
    charts.put(MonitoringReports.Chart.DIMENSIONS, budgetChart(t, t.get("report.chart.dimensions"), dims, dimUse));
    List<String> units = new ArrayList<>();
    List<ProgressFigures.BudgetUse> unitUse = new ArrayList<>();
    f.byUnit().forEach((unit, use) -> {
      units.add(unit.equals(ProgressFigures.NO_UNIT) ? t.get("monitoring.noUnit") : b.unitName(unit));
      unitUse.add(use);
    });
    charts.put(MonitoringReports.Chart.UNITS, budgetChart(t, t.get("report.chart.units"), units, unitUse));
    return charts;
  }

  private static Picture budgetChart(ProgressReport.Texts t, String title, List<String> categories, List<ProgressFigures.BudgetUse> uses) {
    double[] planned = uses.stream().mapToDouble(u -> u.planned().amount().doubleValue()).toArray();
    double[] spent = uses.stream().mapToDouble(u -> u.spent().amount().doubleValue()).toArray();
    return BarChart.bars(title, categories,
        List.of(new BarChart.Series(t.get("report.chart.planned"), PLANNED, planned),
            new BarChart.Series(t.get("report.chart.spent"), SPENT, spent)),
        v -> Baht.of(java.math.BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP)).format());
  }

  private static double[] unbox(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

}
