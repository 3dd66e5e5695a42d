package org.sujarit.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalQuarter;
import org.sujarit.common.FiscalYear;
import org.sujarit.plan.DetailSheet;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanItem;
import org.sujarit.plan.PlanItemId;
import org.sujarit.organization.UnitId;

/**
 * The one place that computes the figures of a round: items by status, completion, planned against
 * spent budget in all, by dimension and by unit, indicators met, items not reported and overdue. The
 * dashboard, the charts, the reports and the API all read them from here.
 *
 * <p>Rules: an item belongs to a fiscal year when it states a budget or planned quarters for it (or
 * states neither for any year). Completion is done items over items less cancelled ones. An item's
 * budget counts for its first responsible unit (the lead unit), so unit sums add up to the total.
 * An item is overdue when its last planned quarter within the round has ended and it is neither done,
 * cancelled nor postponed.
 */
public final class ProgressFigures {
  /** The one Bangkok zone, {@link org.sujarit.common.ThaiDates#BANGKOK}, under the name callers use. */
  public static final ZoneId THAILAND = org.sujarit.common.ThaiDates.BANGKOK;
  /** The unit key of items that name no responsible unit. */
  public static final UnitId NO_UNIT = new UnitId(new UUID(0, 0));

  private final ReportingRound round;
  private final List<Line> lines = new ArrayList<>();
  private final EnumMap<ProgressStatus, Integer> byStatus = new EnumMap<>(ProgressStatus.class);
  private final SortedMap<Integer, BudgetUse> byDimension = new TreeMap<>();
  private final Map<UnitId, BudgetUse> byUnit = new LinkedHashMap<>();
  private final Map<UnitId, List<PlanItem>> notReportedByUnit = new LinkedHashMap<>();
  private BudgetUse budget = BudgetUse.NONE;
  private int notReported;
  private int indicatorsWithTarget;
  private int indicatorsMet;

  /** One item of the round with its reported record (null when not reported) and planned budget of the year. */
  public record Line(PlanItem item, ProgressRecord record, Baht planned, boolean overdue, UnitId leadUnit) {
    public Optional<ProgressStatus> status() {
      return record == null ? Optional.empty() : Optional.of(record.entry().status());
    }

    /** Spent budget as reported; null when not reported or not stated. */
    public Baht spent() {
      return record == null ? null : record.entry().spent();
    }
  }

  /** Planned and spent budget, with the share spent. */
  public record BudgetUse(Baht planned, Baht spent) {
    public static final BudgetUse NONE = new BudgetUse(Baht.ZERO, Baht.ZERO);

    BudgetUse plus(Baht p, Baht s) {
      return new BudgetUse(planned.plus(p), spent.plus(s));
    }

    /** Spent as a percentage of planned, one decimal; empty when nothing was planned. */
    public Optional<BigDecimal> percent() {
      return percentage(spent.amount(), planned.amount());
    }
  }

  private ProgressFigures(Plan plan, ReportingRound round, Map<PlanItemId, ProgressRecord> reported, LocalDate today) {
    this.round = round;
    for (PlanItem item : plan.items()) {
      if (!inYear(item, round.year())) continue;
      ProgressRecord record = reported.get(item.id());
      if (record != null && !record.review().reported()) record = null;
      Baht planned = item.budget().in(round.year()).orElse(null);
      UnitId unit = item.responsibleUnits().isEmpty() ? NO_UNIT : item.responsibleUnits().get(0);
      Line line = new Line(item, record, planned, overdue(item, record, today), unit);
      lines.add(line);
      add(line);
    }
  }

  public static ProgressFigures of(Plan plan, ReportingRound round, Map<PlanItemId, ProgressRecord> reported, LocalDate today) {
    return new ProgressFigures(plan, round, reported, today);
  }

  /** Does the item run in this fiscal year? */
  public static boolean inYear(PlanItem item, FiscalYear year) {
    boolean statesAnything = !item.budget().amounts().isEmpty() || !item.plannedQuarters().isEmpty();
    return !statesAnything || item.budget().stated(year) || !item.quartersIn(year).isEmpty();
  }

  private void add(Line line) {
    Baht planned = line.planned() == null ? Baht.ZERO : line.planned();
    Baht spent = line.spent() == null ? Baht.ZERO : line.spent();
    budget = budget.plus(planned, spent);
    byDimension.merge(line.item().dimensionNo(), new BudgetUse(planned, spent), (a, b) -> a.plus(b.planned(), b.spent()));
    byUnit.merge(line.leadUnit(), new BudgetUse(planned, spent), (a, b) -> a.plus(b.planned(), b.spent()));
    List<DetailSheet.Indicator> sheet = line.item().details() == null ? List.of() : line.item().details().indicators();
    indicatorsWithTarget += (int) sheet.stream().filter(i -> i.target() != null).count();
    if (line.record() == null) {
      notReported++;
      notReportedByUnit.computeIfAbsent(line.leadUnit(), k -> new ArrayList<>()).add(line.item());
      return;
    }
    byStatus.merge(line.record().entry().status(), 1, Integer::sum);
    indicatorsMet += (int) line.record().entry().indicatorsMet(sheet);
  }

  private boolean overdue(PlanItem item, ProgressRecord record, LocalDate today) {
    if (record != null && record.entry().status().settled()) return false;
    Optional<FiscalQuarter> last = item.quartersIn(round.year()).stream().filter(round.quarters()::contains)
        .max(Enum::compareTo);
    return last.isPresent() && today.isAfter(round.year().lastDayOf(last.get()));
  }

  /** part / whole × 100, rounded half-up to one decimal; empty when the whole is zero. */
  public static Optional<BigDecimal> percentage(BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) return Optional.empty();
    return Optional.of(part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP));
  }

  public ReportingRound round() {
    return round;
  }

  /** Items of the year in plan order. */
  public List<Line> lines() {
    return Collections.unmodifiableList(lines);
  }

  public int total() {
    return lines.size();
  }

  public int reported() {
    return total() - notReported;
  }

  public int notReported() {
    return notReported;
  }

  public int count(ProgressStatus status) {
    return byStatus.getOrDefault(status, 0);
  }

  /** Done items as a percentage of the items of the year less the cancelled ones. */
  public Optional<BigDecimal> completionPercent() {
    return percentage(BigDecimal.valueOf(count(ProgressStatus.DONE)), BigDecimal.valueOf(total() - count(ProgressStatus.CANCELLED)));
  }

  public BudgetUse budget() {
    return budget;
  }

  public SortedMap<Integer, BudgetUse> byDimension() {
    return Collections.unmodifiableSortedMap(byDimension);
  }

  /** By lead unit, in the order units first appear in the plan; {@link #NO_UNIT} for items naming none. */
  public Map<UnitId, BudgetUse> byUnit() {
    return Collections.unmodifiableMap(byUnit);
  }

  public int indicatorsWithTarget() {
    return indicatorsWithTarget;
  }

  public int indicatorsMet() {
    return indicatorsMet;
  }

  /** Items without a submitted report, by lead unit: the reminder list. */
  public Map<UnitId, List<PlanItem>> notReportedByUnit() {
    return Collections.unmodifiableMap(notReportedByUnit);
  }

  public List<Line> overdue() {
    return lines.stream().filter(Line::overdue).toList();
  }

  /** Lines of one dimension, for the reports' sections. */
  public List<Line> linesOf(int dimension) {
    return lines.stream().filter(l -> l.item().dimensionNo() == dimension).toList();
  }
}
