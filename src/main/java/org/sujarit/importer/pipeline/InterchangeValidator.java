package org.sujarit.importer.pipeline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sujarit.common.FiscalPeriod;
import org.sujarit.framework.Framework;
import org.sujarit.framework.FrameworkCatalog;
import org.sujarit.importer.model.DiagnosticCode;
import org.sujarit.interchange.InterchangeJson;
import org.sujarit.interchange.PlanInterchange;
import org.sujarit.interchange.PlanInterchange.Diagnostic;

/** Reads the interchange JSON and checks it against the period and the framework it names. */
final class InterchangeValidator {
  private static final Set<String> KINDS = Set.of("PROJECT", "ACTIVITY", "MEASURE", "OTHER");

  private InterchangeValidator() {}

  static PlanInterchange read(String json, FrameworkCatalog catalog) {
    PlanInterchange plan;
    try {
      plan = InterchangeJson.read(json);
    } catch (RuntimeException e) {
      throw new ImportException(ImportException.Reason.BAD_JSON, ImportException.Reason.BAD_JSON.message() + ": " + firstLine(e.getMessage()), e);
    }
    if (plan == null || plan.organization() == null && plan.dimensions().isEmpty()) {
      throw new ImportException(ImportException.Reason.BAD_JSON);
    }
    List<Diagnostic> problems = new ArrayList<>(plan.diagnostics());
    check(plan, catalog, problems);
    return new PlanInterchange(plan.source(), plan.organization(), plan.period(), plan.framework(), plan.title(), plan.targets(),
        plan.introduction(), plan.riskAssessment(), plan.dimensions(), plan.statedProjectCount(), plan.statedGrandTotal(), problems);
  }

  private static void check(PlanInterchange plan, FrameworkCatalog catalog, List<Diagnostic> problems) {
    if (plan.organization() == null || blank(plan.organization().name())) problem(problems, "ไม่มีชื่อองค์กร (organization.name)");
    FiscalPeriod period = null;
    if (plan.period() == null) {
      problem(problems, "ไม่มีช่วงปีของแผน (period)");
    } else {
      try {
        period = FiscalPeriod.of(plan.period().startYear(), plan.period().endYear());
      } catch (RuntimeException e) {
        problem(problems, "ช่วงปีของแผนไม่ถูกต้อง: " + plan.period().startYear() + "–" + plan.period().endYear());
      }
    }
    RiskInterchangeCheck.check(plan.riskAssessment(), m -> problem(problems, m));
    Framework framework = plan.framework() == null ? null : catalog.find(plan.framework()).orElse(null);
    if (framework == null && !"OTHER".equals(plan.framework())) problem(problems, "ไม่รู้จักกรอบแผน \"" + plan.framework() + "\"");
    for (PlanInterchange.Dimension d : plan.dimensions()) {
      if (framework != null && framework.dimension(d.no()).isEmpty()) problem(problems, "กรอบ " + framework.code() + " ไม่มีมิติที่ " + d.no());
      for (PlanInterchange.Mission m : d.missions()) {
        if (framework != null && (m.code() == null || !framework.hasMission(m.code()) || !m.code().startsWith(d.no() + ".")))
          problem(problems, "ภารกิจ \"" + m.code() + "\" ไม่อยู่ในมิติที่ " + d.no() + " ของกรอบ " + framework.code());
        for (PlanInterchange.Project p : m.projects()) project(p, period, problems);
      }
    }
  }

  private static void project(PlanInterchange.Project p, FiscalPeriod period, List<Diagnostic> problems) {
    if (blank(p.name())) problem(problems, "มีรายการที่ไม่มีชื่อ");
    if (p.kind() != null && !KINDS.contains(p.kind())) problem(problems, "ประเภทรายการ \"" + p.kind() + "\" ไม่ถูกต้อง (" + p.name() + ")");
    if (p.budget() == null) return;
    for (Map.Entry<Integer, BigDecimal> b : p.budget().entrySet()) {
      if (period != null && (b.getKey() < period.first().value() || b.getKey() > period.last().value()))
        problem(problems, "งบประมาณปี " + b.getKey() + " อยู่นอกช่วงแผน (" + p.name() + ")");
      if (b.getValue() != null && b.getValue().signum() < 0) problem(problems, "งบประมาณติดลบ (" + p.name() + ")");
    }
  }

  private static void problem(List<Diagnostic> problems, String message) {
    problems.add(new Diagnostic(null, DiagnosticCode.INVALID_INTERCHANGE.severity(), DiagnosticCode.INVALID_INTERCHANGE.name(), message));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String firstLine(String s) {
    if (s == null) return "";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
