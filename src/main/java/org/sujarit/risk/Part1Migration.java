package org.sujarit.risk;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.sujarit.database.ScheduledRuns;
import org.sujarit.plan.Plan;
import org.sujarit.plan.Plans;

/**
 * Moves the risk rows typed in plans' Part 1 into risk assessments, so that the assessment is Part 1's
 * one source: for each plan whose risk year has no assessment yet, a draft made of its rows. The rows
 * stay in the plan (nothing is lost); once the assessment exists Part 1 reads it instead. Runs when the
 * application is ready (after the first start and demo data), once in the installation's life on the
 * one node that claims it (a start on a later version finds the claim and does nothing).
 */
@Component
class Part1Migration {
  static final String BY = "system:part1-migration";
  static final String JOB = "risk-part1-migration";
  private static final Logger log = LoggerFactory.getLogger(Part1Migration.class);

  private final Plans plans;
  private final RiskAssessments assessments;
  private final TransactionTemplate tx;
  private final ScheduledRuns runs;
  private final boolean enabled;

  Part1Migration(Plans plans, RiskAssessments assessments, TransactionTemplate tx, ScheduledRuns runs,
      @Value("${sujarit.risk.part1-migration.enabled:true}") boolean enabled) {
    this.plans = plans;
    this.assessments = assessments;
    this.tx = tx;
    this.runs = runs;
    this.enabled = enabled;
  }

  @EventListener(ApplicationReadyEvent.class)
  void onReady() {
    if (enabled) runOnce();
  }

  /** True when this call migrated (no node had before). */
  boolean runOnce() {
    return runs.once(JOB, () -> {
      int n = migrate();
      if (n > 0) log.info("Part 1 risk rows of {} plan(s) moved into draft risk assessments", n);
    });
  }

  /** The number of drafts made. */
  int migrate() {
    int made = 0;
    for (Plan p : plans.latestWithTypedRisks()) {
      // one transaction per plan: a plan whose rows cannot become risks does not stop the others
      try {
        Boolean done = tx.execute(s -> assessments.draftFromRows(p.organizationId(), p.part1RiskYear(), p.introduction().risks(), BY,
            "from-plan-migration").isPresent());
        if (Boolean.TRUE.equals(done)) made++;
      } catch (RuntimeException e) {
        log.warn("Part 1 risk rows of plan {} version {} not moved: {}", p.id(), p.version(), e.getMessage());
      }
    }
    return made;
  }
}
