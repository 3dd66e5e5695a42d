package org.sujarit.monitoring;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sujarit.document.layout.ReportFormat;
import org.sujarit.monitoring.report.ProgressReport;

/**
 * The annual report of a 50-item plan, PDF and DOCX with their three charts (target: under 3 s for
 * both), and the dashboard's figures of that round:
 * {@code ./mvnw -q -B test-compile exec:exec@jmh -Djmh.args="MonitoringReportBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MonitoringReportBenchmark {
  Progress.Board board;
  Map<Integer, String> dimensions;
  ProgressReport.Texts texts;

  @Setup
  public void setUp() {
    board = SampleBoards.annual(50);
    dimensions = new TreeMap<>(SampleBoards.DIMENSIONS);
    texts = SampleBoards.thaiTexts();
  }

  @Benchmark
  public int annualReportPdfAndDocx() {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(512 * 1024), docx = new ByteArrayOutputStream(512 * 1024);
    ProgressReport.render(board, dimensions, ReportFormat.PDF, texts, pdf);
    ProgressReport.render(board, dimensions, ReportFormat.DOCX, texts, docx);
    return pdf.size() + docx.size();
  }

  @Benchmark
  public int annualReportPdf() {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(512 * 1024);
    ProgressReport.render(board, dimensions, ReportFormat.PDF, texts, pdf);
    return pdf.size();
  }

  @Benchmark
  public ProgressFigures dashboardFigures() {
    return ProgressFigures.of(board.plan(), board.round(), board.latest(), LocalDate.of(2024, 10, 1));
  }
}
