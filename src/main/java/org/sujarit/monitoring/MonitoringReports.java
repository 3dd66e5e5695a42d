package org.sujarit.monitoring;

import org.sujarit.monitoring.report.ThaiTexts;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.sujarit.access.CurrentUser;
import org.sujarit.common.NotFoundException;
import org.sujarit.document.layout.ReportFormat;
import org.sujarit.common.ThaiDates;
import org.sujarit.framework.Framework;
import org.sujarit.monitoring.report.ProgressReport;
import org.sujarit.monitoring.report.ReportCharts;
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

  private final Progress progress;
  private final Plans plans;
  private final ThaiTexts texts;

  MonitoringReports(Progress progress, Plans plans, MessageSource messages) {
    this.progress = progress;
    this.plans = plans;
    this.texts = new ThaiTexts(messages);
  }

  public enum Chart {
    STATUS, DIMENSIONS, UNITS;

    public static Chart parse(String name) {
      return named(Chart.class, name);
    }

    public String path() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The constant a URL names in lower case ("pdf", "status"); an unknown name is a page not found. */
  private static <E extends Enum<E>> E named(Class<E> type, String name) {
    try {
      return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("error.not-found");
    }
  }

  public byte[] chart(CurrentUser user, PlanId id, ReportingRound round, Chart chart) {
    return chart(progress.board(user, id, round), chart);
  }

  /** A chart of a board the caller has read (e.g. the public one of an acknowledged round). */
  public byte[] chart(Progress.Board board, Chart chart) {
    return ReportCharts.of(board, texts).get(chart).png();
  }

  public byte[] render(CurrentUser user, PlanId id, ReportingRound round, ReportFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    render(user, id, round, format, out);
    return out.toByteArray();
  }

  public void render(CurrentUser user, PlanId id, ReportingRound round, ReportFormat format, OutputStream out) {
    render(progress.board(user, id, round), format, out);
  }

  /** The report of a board the caller has read (e.g. the public one of an acknowledged round). */
  public void render(Progress.Board board, ReportFormat format, OutputStream out) {
    ProgressReport.render(board, dimensionNames(board.plan()), format, texts, out);
  }

  /** "รายงานผล-6เดือน-2567.pdf". */
  public String fileName(ReportingRound round, ReportFormat format) {
    return texts.get("report.file." + round.kind().name(), round.year().value()) + "." + format.extension();
  }

  /** Dimension number → its name in the plan's framework. */
  public Map<Integer, String> dimensionNames(Plan plan) {
    Map<Integer, String> names = new TreeMap<>();
    plans.frameworkOf(plan).dimensions().forEach((Framework.Dimension d) -> names.put(d.no(), d.name()));
    return names;
  }
}
