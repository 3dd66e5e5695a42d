package org.sujarit.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sujarit.interchange.InterchangeJson;
import org.sujarit.interchange.PlanInterchange;

/** The synthetic plans of the tests (src/test/resources/org/sujarit/document). */
final class TestPlans {
  static final RenderOptions OPTIONS = RenderOptions.issuedOn(LocalDate.of(2022, 9, 15))
      .withSigner(new RenderOptions.Signer("นายสมชาย ใจดี", "นายกองค์การบริหารส่วนตำบลหนองบัวงาม"));

  private TestPlans() {}

  /** Five years 2566–2570 (NACC_2566), all four dimensions, 15 items, detail sheets for 14. */
  static PlanInterchange fiveYear() {
    return load("plan-2566.json");
  }

  /** Three years 2562–2564 (NACC_2561), sub-missions, names missing where the framework has them. */
  static PlanInterchange threeYear() {
    return load("plan-2562.json");
  }

  /**
   * One year with what real plans get wrong or push to the limit: a very long name, a word no line
   * can break, emoji and Chinese, an empty name, a mission without items, a dimension without
   * missions, budgets of 0, null and 99,999,999.99, satang beyond two decimals.
   */
  static PlanInterchange edgeCases() {
    return load("plan-edge.json");
  }

  /** The five-year plan grown to {@code items} items, each with a detail sheet, spread over its missions (benchmarks). */
  static PlanInterchange large(int items) {
    PlanInterchange base = fiveYear();
    List<PlanInterchange.Project> pool = base.dimensions().stream().flatMap(d -> d.missions().stream())
        .flatMap(m -> m.projects().stream()).filter(p -> p.details() != null).toList();
    int missions = (int) base.dimensions().stream().mapToLong(d -> d.missions().size()).sum();
    List<List<PlanInterchange.Project>> spread = new ArrayList<>();
    for (int i = 0; i < missions; i++) spread.add(new ArrayList<>());
    for (int n = 0; n < items; n++) {
      PlanInterchange.Project p = pool.get(n % pool.size());
      spread.get(n % missions).add(new PlanInterchange.Project(null, p.kind(), p.name() + " (ชุดที่ " + (n + 1) + ")",
          p.budget(), p.responsible(), p.remark(), p.quarters(), p.details(), null));
    }
    List<PlanInterchange.Dimension> dimensions = new ArrayList<>();
    int i = 0;
    for (PlanInterchange.Dimension d : base.dimensions()) {
      List<PlanInterchange.Mission> ms = new ArrayList<>();
      for (PlanInterchange.Mission m : d.missions()) ms.add(new PlanInterchange.Mission(m.code(), m.name(), spread.get(i++)));
      dimensions.add(new PlanInterchange.Dimension(d.no(), d.name(), null, null, ms));
    }
    return new PlanInterchange(null, base.organization(), base.period(), base.framework(), null, base.targets(),
        base.introduction(), base.riskAssessment(), dimensions, null, null, null);
  }

  static PlanInterchange load(String name) {
    try (InputStream in = TestPlans.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalArgumentException("no test plan " + name);
      return InterchangeJson.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
