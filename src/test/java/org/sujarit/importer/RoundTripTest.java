package org.sujarit.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sujarit.document.DocumentFormat;
import org.sujarit.document.PlanDocuments;
import org.sujarit.document.RenderOptions;
import org.sujarit.importer.pipeline.ImportResult;
import org.sujarit.importer.pipeline.PlanImporter;
import org.sujarit.interchange.InterchangeJson;
import org.sujarit.interchange.PlanInterchange;

/**
 * Every plan Sujarit renders comes back from its own PDF, DOCX and XLSX equal: the same items under
 * the same missions with the same kinds, yearly budgets and responsible units, and (PDF, DOCX) the
 * same detail sheets. The plans are the golden readings of {@code shared/golden} when present and
 * the plans this repository's import fixtures read to, so the test also runs without them.
 */
class RoundTripTest {
  private static final Path GOLDEN = Path.of(System.getProperty("sujarit.shared", "/work/shared"), "golden");
  private static final PlanImporter IMPORTER = PlanImporter.withBuiltInFrameworks();
  private static final PlanDocuments DOCUMENTS = new PlanDocuments();
  private static final RenderOptions OPTIONS = RenderOptions.issuedOn(java.time.LocalDate.of(2025, 10, 1));

  static Stream<Arguments> plans() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (String fixture : List.of("clean-plan.txt", "damaged-plan.txt", "lost-table.txt")) {
      try (InputStream in = RoundTripTest.class.getResourceAsStream("/importer/" + fixture)) {
        out.add(Arguments.of(fixture, IMPORTER.read(fixture, in).plan()));
      }
    }
    if (Files.isDirectory(GOLDEN)) {
      try (Stream<Path> files = Files.list(GOLDEN)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
          out.add(Arguments.of(p.getFileName().toString(), InterchangeJson.read(Files.readString(p))));
        }
      }
    }
    List<Arguments> all = new ArrayList<>();
    for (Arguments a : out) {
      for (DocumentFormat f : List.of(DocumentFormat.PDF, DocumentFormat.DOCX, DocumentFormat.XLSX)) {
        all.add(Arguments.of(a.get()[0], a.get()[1], f));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} as {2}")
  @MethodSource("plans")
  void comesBackEqual(String name, PlanInterchange plan, DocumentFormat format) {
    byte[] rendered = DOCUMENTS.render(plan, format, OPTIONS);
    ImportResult result = IMPORTER.read(name + "." + format.extension(), rendered);

    PlanInterchange back = result.plan();
    assertThat(back.organization().name()).isEqualTo(plan.organization().name());
    assertThat(back.period()).isEqualTo(plan.period());
    assertThat(items(back, format, plan)).isEqualTo(items(plan, format, plan));
  }

  /**
   * What must survive, with spaces dropped: a PDF line wrapped at a space keeps no trace of it, and
   * a Thai line wrapped elsewhere needs none. The XLSX holds the Part 2 table only. Area, outcomes and
   * indicators are left out, and the duration where the plan states none: the documents fill in a
   * default area and duration and print outcomes as indicators with their targets, so those come
   * back richer than they went in.
   */
  static List<String> items(PlanInterchange plan, DocumentFormat format, PlanInterchange original) {
    java.util.Set<String> durations = new java.util.HashSet<>();
    original.dimensions().forEach(d -> d.missions().forEach(m -> m.projects().forEach(p -> {
      if (p.details() != null && p.details().duration() != null && !p.details().duration().isBlank()) durations.add(squeeze(p.name()));
    })));
    List<String> out = new ArrayList<>();
    for (PlanInterchange.Dimension d : plan.dimensions()) {
      for (PlanInterchange.Mission m : d.missions()) {
        for (PlanInterchange.Project p : m.projects()) {
          StringBuilder sb = new StringBuilder();
          sb.append(m.code()).append(" | ").append(p.kind()).append(" | ").append(squeeze(p.name()))
              .append(" | ").append(budget(p.budget())).append(" | ").append(squeeze(p.responsible()));
          if (format != DocumentFormat.XLSX && p.details() != null) {
            PlanInterchange.Details x = p.details();
            sb.append(" | ").append(squeeze(x.principle())).append(" | ").append(squeeze(String.join("/", x.objectives())))
                .append(" | ").append(squeeze(x.targetGroup())).append(" | ").append(squeeze(String.join("/", x.method())))
                .append(" | ").append(durations.contains(squeeze(p.name())) ? squeeze(x.duration()) : "").append(" | ").append(squeeze(String.join("/", x.outputs())));
          }
          out.add(sb.toString());
        }
      }
    }
    return out;
  }

  private static String budget(Map<Integer, BigDecimal> budget) {
    Map<Integer, String> out = new TreeMap<>();
    if (budget != null) budget.forEach((y, v) -> out.put(y, v == null ? "-" : v.stripTrailingZeros().toPlainString()));
    return out.toString();
  }

  private static String squeeze(String s) {
    return s == null ? "" : s.replaceAll("\\s+", "");
  }
}
