package org.sujarit.plan;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalPeriod;
import org.sujarit.common.FiscalQuarter;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.RuleViolation;
import org.sujarit.framework.Framework;
import org.sujarit.interchange.PlanInterchange;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.UnitId;
import org.sujarit.plan.part1.Part1RiskTable;

/**
 * Converts between a {@link Plan} and the interchange form: in from the importer, the API or demo
 * data, out to the document renderer and the API. Nothing is corrected on the way in; what does not
 * fit (an unknown mission, a stated total) is kept so that findings report it.
 */
final class PlanInterchangeMapper {
  private PlanInterchangeMapper() {}

  /**
   * A new draft (version 1) of {@code org} from an interchange plan. {@code unitNamed} returns the
   * unit of a responsible-unit name, creating it when the organization has none of that name.
   */
  public static Plan toPlan(PlanInterchange in, OrganizationId org, Framework framework, Function<String, UnitId> unitNamed,
      WorkflowStamp created) {
    if (in.period() == null) throw RuleViolation.field("period", "import.period.missing");
    FiscalPeriod period = FiscalPeriod.of(in.period().startYear(), in.period().endYear());
    List<PlanItem> items = new ArrayList<>();
    Map<Integer, Integer> lastSeq = new HashMap<>();
    Map<String, PlanItemId> idsByName = new HashMap<>();
    Map<Integer, StatedTotals.Stated> statedDims = new LinkedHashMap<>();
    for (PlanInterchange.Dimension d : in.dimensions()) {
      if (d.statedProjectCount() != null || hasValues(d.statedTotal())) {
        statedDims.put(d.no(), new StatedTotals.Stated(d.statedProjectCount(), baht(d.statedTotal())));
      }
      for (PlanInterchange.Mission m : d.missions()) {
        for (PlanInterchange.Project p : m.projects()) {
          String code = m.code() == null || m.code().isBlank() ? d.no() + ".0" : m.code().strip();
          int dim = Framework.Mission.dimensionNo(code);
          int seq = p.seq() != null && p.seq() > 0 ? p.seq() : lastSeq.getOrDefault(dim, 0) + 1;
          lastSeq.merge(dim, seq, Math::max);
          String name = p.name() == null || p.name().isBlank() ? "(ไม่มีชื่อ)" : p.name().strip();
          PlanItemId id = PlanItemId.random();
          idsByName.putIfAbsent(key(name), id);
          ItemKind kind = p.kind() == null ? ItemKind.of(name) : ItemKind.parse(p.kind());
          items.add(new PlanItem(id, kind, code, seq, name, new Budget(baht(p.budget())), units(p.responsible(), unitNamed),
              quarters(p.quarters()), p.remark(), DetailSheetMapping.toSheet(p.details())));
        }
      }
    }
    StatedTotals stated = statedDims.isEmpty() && in.statedProjectCount() == null && !hasValues(in.statedGrandTotal()) ? null
        : new StatedTotals(statedDims, in.statedProjectCount() == null && !hasValues(in.statedGrandTotal()) ? null
            : new StatedTotals.Stated(in.statedProjectCount(), baht(in.statedGrandTotal())));
    String title = in.title() == null || in.title().isBlank() ? "แผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส" : in.title();
    return Plan.builder(PlanId.random(), 1, org, framework.code(), period, created)
        .title(title)
        .introduction(introduction(in, idsByName, period))
        .statedTotals(stated)
        .items(items)
        .build();
  }

  /** The interchange form of a plan, with organization details and unit names filled in, Part 1's risks as typed. */
  public static PlanInterchange toInterchange(Plan plan, Organization org, Framework framework, Map<UnitId, String> unitNames) {
    return toInterchange(plan, org, framework, unitNames, Part1RiskTable.typed(plan));
  }

  /** The same with Part 1's risk table from {@code risks} (the risk assessment, or the typed rows). */
  public static PlanInterchange toInterchange(Plan plan, Organization org, Framework framework, Map<UnitId, String> unitNames,
      Part1RiskTable riskTable) {
    List<PlanInterchange.Dimension> dims = new ArrayList<>();
    PlanTotals totals = PlanTotals.of(plan, framework);
    Map<Integer, Map<String, List<PlanInterchange.Project>>> grouped = new TreeMap<>();
    for (PlanItem i : plan.items()) {
      grouped.computeIfAbsent(i.dimensionNo(), k -> new LinkedHashMap<>())
          .computeIfAbsent(i.missionCode(), k -> new ArrayList<>()).add(project(i, unitNames));
    }
    for (Framework.Dimension d : framework.dimensions()) grouped.computeIfAbsent(d.no(), k -> new LinkedHashMap<>());
    grouped.forEach((no, missions) -> {
      String name = framework.dimension(no).map(Framework.Dimension::name).orElse(null);
      List<PlanInterchange.Mission> ms = new ArrayList<>();
      missions.forEach((code, projects) -> ms.add(new PlanInterchange.Mission(code,
          framework.mission(code).map(Framework.Mission::name).orElse(null), projects)));
      dims.add(new PlanInterchange.Dimension(no, name, totals.counts(no).total(), amounts(totals.dimension(no)), ms));
    });
    Introduction intro = plan.introduction();
    Map<PlanItemId, String> names = new HashMap<>();
    plan.items().forEach(i -> names.put(i.id(), i.name()));
    List<PlanInterchange.Risk> risks = riskTable.rows().stream().map(r -> {
      // a measure linked to an item of another plan (an earlier year's) is left out rather than printed as an id
      List<String> controls = new ArrayList<>(r.items().stream().map(names::get).filter(n -> n != null).toList());
      controls.addAll(r.ownMeasures());
      Part1RiskTable.Row.Assessed a = r.assessed();
      return a == null ? new PlanInterchange.Risk(r.process(), r.risk(), r.level(), controls)
          : new PlanInterchange.Risk(r.process(), r.risk(), r.level(), controls, a.area(), a.factor(), a.light(), a.likelihood(), a.impact(),
              a.matrix(), a.control(), null);
    }).toList();
    return new PlanInterchange(null,
        new PlanInterchange.OrganizationInfo(org.name(), org.kind().name(), org.district(), org.province()),
        new PlanInterchange.Period(plan.period().first().value(), plan.period().last().value()),
        plan.frameworkCode(), plan.title(),
        intro.goals().stream().map(g -> new PlanInterchange.Target(g.name(), g.unit().interchangeName(), years(g.targets()))).toList(),
        new PlanInterchange.Introduction(intro.rationale(), intro.objectives(), intro.benefits(), intro.foreword(), intro.goalsText(),
            intro.riskText(), intro.issued(), intro.signer(), intro.headings()),
        risks.isEmpty() ? null : new PlanInterchange.RiskAssessment(riskTable.fromAssessment() ? "NACC_9_STEP" : "RISK_SCORE_TABLE", risks),
        dims, totals.counts().total(), amounts(totals.grand()), List.of());
  }

  // ---- in ----------------------------------------------------------------------------------

  /** The Part 1 risks of {@code in}, each control paired with the item of {@code plan} of that name (the plan's own ids). */
  static List<PlanImported.ImportedRisk> importedRisks(PlanInterchange in, Plan plan) {
    if (in.riskAssessment() == null || in.riskAssessment().risks() == null) return List.of();
    Map<String, PlanItemId> ids = new HashMap<>();
    plan.items().forEach(i -> ids.putIfAbsent(key(i.name()), i.id()));
    List<PlanImported.ImportedRisk> out = new ArrayList<>();
    for (PlanInterchange.Risk r : in.riskAssessment().risks()) {
      if (r != null) out.add(new PlanImported.ImportedRisk(r, controls(r, ids)));
    }
    return out;
  }

  /** The controls of a risk as named, each paired with the item of that name in {@code ids} (null when none has it). */
  private static List<PlanImported.Control> controls(PlanInterchange.Risk r, Map<String, PlanItemId> ids) {
    List<PlanImported.Control> out = new ArrayList<>();
    for (String c : r.controls() == null ? List.<String>of() : r.controls()) {
      if (c != null && !c.isBlank()) out.add(new PlanImported.Control(c.strip(), ids.get(key(c))));
    }
    return out;
  }

  private static Introduction introduction(PlanInterchange in, Map<String, PlanItemId> idsByName, FiscalPeriod period) {
    List<Introduction.RiskRow> risks = new ArrayList<>();
    if (in.riskAssessment() != null && in.riskAssessment().risks() != null) {
      for (PlanInterchange.Risk r : in.riskAssessment().risks()) {
        List<PlanItemId> controls = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (PlanImported.Control c : controls(r, idsByName)) {
          if (c.item() != null) controls.add(c.item());
          else unmatched.add(c.name());
        }
        // a level the text does not name stays visible in the note rather than being guessed
        RiskLevel level = RiskLevel.parse(r.level()).orElse(RiskLevel.MEDIUM);
        if (RiskLevel.parse(r.level()).isEmpty() && r.level() != null) unmatched.add(0, "ระดับตามเอกสาร: " + r.level());
        risks.add(new Introduction.RiskRow(r.process(), r.risk() == null ? "" : r.risk(), level, controls,
            unmatched.isEmpty() ? null : String.join("; ", unmatched)));
      }
    }
    List<Introduction.Goal> goals = in.targets().stream()
        .map(t -> new Introduction.Goal(t.name(), MeasureUnit.fromInterchange(t.unit()), targets(t.values(), period))).toList();
    PlanInterchange.Introduction i = in.introduction();
    if (i == null) return new Introduction(risks, null, List.of(), goals, List.of());
    return new Introduction(risks, i.rationale(), i.objectives(), goals, i.benefits(), i.foreword(), i.goals(), i.riskText(), i.issued(),
        i.signer(), i.headings());
  }

  private static SortedMap<FiscalYear, BigDecimal> targets(Map<Integer, BigDecimal> values, FiscalPeriod period) {
    TreeMap<FiscalYear, BigDecimal> out = new TreeMap<>();
    if (values != null) values.forEach((y, v) -> {
      if (v != null && y != null && y >= FiscalYear.MIN && y <= FiscalYear.MAX && period.contains(FiscalYear.of(y))) out.put(FiscalYear.of(y), v);
    });
    return out;
  }

  private static SortedMap<FiscalYear, Baht> baht(Map<Integer, BigDecimal> values) {
    TreeMap<FiscalYear, Baht> out = new TreeMap<>();
    if (values != null) values.forEach((y, v) -> {
      if (v != null && y != null) out.put(FiscalYear.of(y), Baht.of(v.setScale(Math.max(2, v.scale()), java.math.RoundingMode.UNNECESSARY)));
    });
    return out;
  }

  private static boolean hasValues(Map<Integer, BigDecimal> m) {
    return m != null && m.values().stream().anyMatch(v -> v != null);
  }

  private static List<UnitId> units(String responsible, Function<String, UnitId> unitNamed) {
    if (responsible == null || responsible.isBlank()) return List.of();
    List<UnitId> out = new ArrayList<>();
    for (String part : responsible.split("[/,;\\n]| และ ")) {
      String name = part.strip();
      if (!name.isEmpty()) {
        UnitId id = unitNamed.apply(name);
        if (!out.contains(id)) out.add(id);
      }
    }
    return out;
  }

  private static SortedMap<FiscalYear, Set<FiscalQuarter>> quarters(Map<Integer, List<Integer>> q) {
    TreeMap<FiscalYear, Set<FiscalQuarter>> out = new TreeMap<>();
    if (q != null) q.forEach((y, list) -> {
      if (y == null || list == null) return;
      Set<FiscalQuarter> set = EnumSet.noneOf(FiscalQuarter.class);
      list.stream().filter(n -> n != null && n >= 1 && n <= 4).forEach(n -> set.add(FiscalQuarter.of(n)));
      if (!set.isEmpty()) out.put(FiscalYear.of(y), set);
    });
    return out;
  }

  /** Names compare without spacing, punctuation and Unicode-normalization differences. */
  private static String key(String name) {
    return Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC).replaceAll("[\\s\"'“”().,:;/-]+", "");
  }

  // ---- out ---------------------------------------------------------------------------------

  private static PlanInterchange.Project project(PlanItem i, Map<UnitId, String> unitNames) {
    Map<Integer, List<Integer>> q = new TreeMap<>();
    i.plannedQuarters().forEach((y, set) -> q.put(y.value(), set.stream().map(FiscalQuarter::number).sorted().toList()));
    String responsible = i.responsibleUnits().isEmpty() ? null
        : String.join("/", i.responsibleUnits().stream().map(u -> unitNames.getOrDefault(u, u.toString())).toList());
    PlanInterchange.Details details = DetailSheetMapping.toDetails(i.details());
    return new PlanInterchange.Project(i.sequence(), i.kind().name(), i.name(), years(i.budget().amounts()), responsible, i.remark(),
        q.isEmpty() ? null : q, details, null);
  }

  private static Map<Integer, BigDecimal> amounts(PlanTotals.Amounts a) {
    return years(a.perYear());
  }

  private static <V> Map<Integer, BigDecimal> years(SortedMap<FiscalYear, V> m) {
    Map<Integer, BigDecimal> out = new TreeMap<>();
    m.forEach((y, v) -> out.put(y.value(), v instanceof Baht b ? b.amount() : (BigDecimal) v));
    return out;
  }
}
