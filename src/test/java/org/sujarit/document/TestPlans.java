package org.sujarit.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.sujarit.interchange.InterchangeJson;
import org.sujarit.interchange.PlanInterchange;

/** The synthetic plans of the tests (src/test/resources/org/sujarit/document). */
final class TestPlans {
  static final RenderOptions OPTIONS = RenderOptions.issuedOn(LocalDate.of(2022, 9, 15))
      .withSigner(new RenderOptions.Signer("นายสมชาย ใจดี", "นายกองค์การบริหารส่วนตำบลหนองบัวงาม"));

  private TestPlans() {}

  /** Five years 2566–2570, all four dimensions, detail sheets. */
  static PlanInterchange fiveYear() {
    return load("plan-2566.json");
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
