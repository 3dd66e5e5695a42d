package org.sujarit.risk;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.common.FiscalYear;
import org.sujarit.organization.OrganizationId;
import org.sujarit.plan.part1.Part1RiskTable;
import org.sujarit.plan.part1.Part1Risks;

/**
 * The plan's port to the assessment: Part 1 takes the risks of the assessment of the plan's risk year.
 * A rated risk prints its effective level's label from the assessment's matrix; one not yet rated its
 * traffic light. The plan has checked the reader's access to the organization.
 */
@Component
class Part1Source implements Part1Risks {
  private final RiskRepository repository;
  private final RiskMatrices matrices;

  Part1Source(RiskRepository repository, RiskMatrices matrices) {
    this.repository = repository;
    this.matrices = matrices;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Part1RiskTable> assessment(OrganizationId org, FiscalYear year, boolean approvedOnly) {
    return repository.find(org, year).filter(a -> !approvedOnly || !a.draft()).map(this::table);
  }

  Part1RiskTable table(RiskAssessment a) {
    RiskMatrix matrix = matrices.get(a.matrixId(), a.matrixVersion());
    return new Part1RiskTable(a.year(), true, !a.draft(), a.risks().stream().map(r -> row(matrix, r)).toList());
  }

  private static Part1RiskTable.Row row(RiskMatrix matrix, Risk r) {
    String level = r.effectiveLevel();
    String text = level != null ? matrix.level(level).map(RiskMatrix.Level::label).orElse(level) : r.light() == null ? null : r.light().name();
    boolean treat = level != null ? matrix.needsTreatment(level) : r.light() != null && r.light().needsRating();
    return new Part1RiskTable.Row(r.id(), r.process(), r.description(), text, treat,
        r.measures().stream().filter(Measure::linked).map(Measure::planItem).toList(),
        r.measures().stream().filter(m -> !m.linked()).map(Measure::text).toList(),
        new Part1RiskTable.Row.Assessed(r.area(), r.factor().name(), r.light() == null ? null : r.light().name(),
            r.score() == null ? null : r.score().likelihood(), r.score() == null ? null : r.score().impact(),
            r.score() == null ? null : r.score().matrixId(), r.control() == null ? null : r.control().name()));
  }
}
