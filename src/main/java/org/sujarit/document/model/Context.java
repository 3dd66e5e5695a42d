package org.sujarit.document.model;

import java.util.List;
import org.sujarit.document.RenderOptions;
import org.sujarit.interchange.PlanInterchange;

/** What every part of the document is written from: the plan, its figures and the wording. */
record Context(PlanInterchange plan, PlanTable table, RenderOptions options, Wording wording, String organization) {

  /** "2566–2570". */
  String period() {
    return wording.period(table.period());
  }

  String fill(String template) {
    return StandardTexts.fill(template, organization, period(), wording.year(table.period().last()));
  }

  List<String> fill(List<String> templates) {
    return templates.stream().map(this::fill).toList();
  }

  Flow flow() {
    return new Flow(wording);
  }
}
