package org.sujarit.importer;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
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
import org.sujarit.document.DocumentFormat;
import org.sujarit.document.PlanDocuments;
import org.sujarit.document.RenderOptions;
import org.sujarit.importer.pipeline.ImportResult;
import org.sujarit.importer.pipeline.PlanImporter;
import org.sujarit.interchange.PlanInterchange;
import org.sujarit.interchange.PlanInterchange.Dimension;
import org.sujarit.interchange.PlanInterchange.Mission;
import org.sujarit.interchange.PlanInterchange.Project;

/**
 * Import time of a PDF of about 100 pages: the plan of the clean fixture with each item repeated until
 * Sujarit renders it on 100 pages or more (target: under 3 s).
 * Run: {@code ./mvnw -q -B test-compile exec:exec@jmh -Djmh.args="PdfImportBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
public class PdfImportBenchmark {
  private final PlanImporter importer = PlanImporter.withBuiltInFrameworks();
  private byte[] pdf;

  @Setup
  public void render() throws IOException {
    PlanInterchange plan;
    try (InputStream in = PdfImportBenchmark.class.getResourceAsStream("/importer/clean-plan.txt")) {
      plan = importer.read("clean-plan.txt", in).plan();
    }
    for (int copies = 10; ; copies += 10) {
      pdf = new PlanDocuments().render(repeated(plan, copies), DocumentFormat.PDF, RenderOptions.issuedOn(LocalDate.of(2025, 10, 1)));
      try (var doc = Loader.loadPDF(pdf)) {
        if (doc.getNumberOfPages() >= 100) break;
      }
    }
  }

  private static PlanInterchange repeated(PlanInterchange p, int copies) {
    List<Dimension> dims = new ArrayList<>();
    for (Dimension d : p.dimensions()) {
      List<Mission> missions = new ArrayList<>();
      for (Mission m : d.missions()) {
        List<Project> items = new ArrayList<>();
        for (int i = 1; i <= copies; i++) {
          for (Project x : m.projects()) {
            items.add(new Project(null, x.kind(), x.name() + " รุ่นที่ " + i, x.budget(), x.responsible(), x.remark(), null, x.details(), null));
          }
        }
        missions.add(new Mission(m.code(), m.name(), items));
      }
      dims.add(new Dimension(d.no(), d.name(), null, null, missions));
    }
    return new PlanInterchange(p.source(), p.organization(), p.period(), p.framework(), p.title(), p.targets(), p.introduction(),
        p.riskAssessment(), dims, null, null, List.of());
  }

  @Benchmark
  public ImportResult importHundredPages() {
    return importer.read("plan.pdf", pdf);
  }
}
