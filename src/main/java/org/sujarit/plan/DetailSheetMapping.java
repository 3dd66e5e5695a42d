package org.sujarit.plan;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.sujarit.common.Baht;
import org.sujarit.interchange.PlanInterchange;

/** The one mapping between a {@link DetailSheet} and the interchange's {@link PlanInterchange.Details}, both ways. */
final class DetailSheetMapping {
  private DetailSheetMapping() {}

  /** The sheet of imported details; null when they say nothing. Targets win over bare indicator texts. */
  static DetailSheet toSheet(PlanInterchange.Details d) {
    if (d == null) return null;
    List<DetailSheet.Indicator> indicators = new ArrayList<>();
    if (d.indicatorTargets() != null && !d.indicatorTargets().isEmpty()) {
      d.indicatorTargets().forEach(t -> indicators.add(new DetailSheet.Indicator(t.indicator(), t.target(),
          MeasureUnit.fromInterchange(t.unit()))));
    } else if (d.indicators() != null) {
      d.indicators().forEach(t -> indicators.add(new DetailSheet.Indicator(t, null, MeasureUnit.OTHER)));
    }
    List<DetailSheet.CostLine> costs = d.costLines() == null ? List.of() : d.costLines().stream()
        .map(c -> new DetailSheet.CostLine(c.description(), c.amount() == null ? null
            : Baht.of(c.amount().setScale(Math.max(2, c.amount().scale()), RoundingMode.UNNECESSARY))))
        .toList();
    List<DetailSheet.WrittenSection> written = d.sections().stream()
        .map(w -> new DetailSheet.WrittenSection(w.no(), w.heading(), w.kind(),
            w.lines().stream().map(l -> new DetailSheet.WrittenLine(l.level(), l.text())).toList()))
        .toList();
    DetailSheet sheet = new DetailSheet(d.principle(), d.objectives(), d.targetGroup(), d.area(), d.method(), d.duration(),
        d.budgetText(), costs, d.responsibleText(), d.outputs(), d.outcomes(), indicators, d.heading(), written);
    return sheet.isBlank() ? null : sheet;
  }

  static PlanInterchange.Details toDetails(DetailSheet d) {
    if (d == null) return null;
    return new PlanInterchange.Details(d.principle(), d.objectives(), d.targetGroup(), d.area(), d.method(), d.duration(),
        d.budgetText(),
        d.costLines().stream().map(c -> new PlanInterchange.CostLine(c.description(), c.amount() == null ? null : c.amount().amount())).toList(),
        d.responsibleText(), d.outputs(), d.outcomes(),
        d.indicators().stream().map(DetailSheet.Indicator::description).toList(),
        d.indicators().stream().map(x -> new PlanInterchange.IndicatorTarget(x.description(), x.target(),
            x.unit() == null ? null : x.unit().interchangeName())).toList(), d.heading(),
        d.sections().stream().map(w -> new PlanInterchange.SheetSection(w.no(), w.heading(), w.kind(),
            w.lines().stream().map(l -> new PlanInterchange.SheetLine(l.level(), l.text())).toList())).toList());
  }
}
