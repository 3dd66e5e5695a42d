package org.sujarit.interchange;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One plan in interchange form. Years are B.E.; budgets map a year to baht, where a {@code null}
 * value means the document states nothing for that year and {@code 0} means no budget.
 */
public record PlanInterchange(
    String source,
    OrganizationInfo organization,
    Period period,
    String framework,
    String title,
    List<Target> targets,
    Introduction introduction,
    RiskAssessment riskAssessment,
    List<Dimension> dimensions,
    Integer statedProjectCount,
    Map<Integer, BigDecimal> statedGrandTotal,
    List<Diagnostic> diagnostics) {

  public PlanInterchange {
    targets = targets == null ? List.of() : targets;
    dimensions = dimensions == null ? List.of() : dimensions;
    diagnostics = diagnostics == null ? List.of() : diagnostics;
  }

  /** Organization kinds: SAO, SUBDISTRICT_MUNICIPALITY, TOWN_MUNICIPALITY, CITY_MUNICIPALITY, PAO, BANGKOK, BANGKOK_UNIT, PATTAYA, OTHER. */
  public record OrganizationInfo(String name, String kind, String district, String province) {}

  public record Period(int startYear, int endYear) {}

  /** A Part 1 goal with a target value per year; unit is percent, score, count or other. */
  public record Target(String name, String unit, Map<Integer, BigDecimal> values) {}

  /**
   * Part 1 and the front matter as the document wrote them (extension; every field optional).
   * rationale: paragraphs separated by blank lines; objectives, goals, benefits: the items as written,
   * with their own numbering ("(1) …"); foreword and riskText: paragraphs separated by blank lines;
   * issued: the document's own date as written ("พฤษภาคม 2565"); signer: the signature lines under
   * the foreword, one per line; headings: the Part 1 section headings as written ("5. ประโยชน์ของการจัดทำแผน"),
   * by section (risk, rationale, objectives, goals, benefits).
   */
  public record Introduction(
      String rationale,
      List<String> objectives,
      List<String> benefits,
      String foreword,
      List<String> goals,
      String riskText,
      String issued,
      String signer,
      Map<String, String> headings) {
    public Introduction {
      objectives = objectives == null ? List.of() : objectives;
      benefits = benefits == null ? List.of() : benefits;
      goals = goals == null ? List.of() : goals;
      headings = headings == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(headings));
    }

    /** Without headings of the document's own. */
    public Introduction(String rationale, List<String> objectives, List<String> benefits, String foreword, List<String> goals,
        String riskText, String issued, String signer) {
      this(rationale, objectives, benefits, foreword, goals, riskText, issued, signer, Map.of());
    }
  }

  /** Part 1 risk assessment; format is NACC_9_STEP, RISK_SCORE_TABLE, SWOT, NARRATIVE or NONE. */
  public record RiskAssessment(String format, List<Risk> risks) {}

  /**
   * A risk of a work process, its level as written, and the names of the plan items (or measures in
   * words) that control it. The rest is an extension, every field optional, read from the NACC nine-step
   * forms: area (APPROVAL, POWER, BUDGET, BRIBERY or the organization's own area as written), factor
   * (KNOWN, UNKNOWN), light (GREEN, YELLOW, ORANGE, RED), likelihood (surveillance necessity) and impact
   * on the matrix named by matrix ("NACC-3x3"), control quality (GOOD, FAIR, WEAK), and line, the
   * 1-based source line of the risk.
   */
  public record Risk(String process, String risk, String level, List<String> controls, String area, String factor, String light,
      Integer likelihood, Integer impact, String matrix, String control, Integer line) {
    public Risk {
      controls = controls == null ? List.of() : controls;
    }

    /** A risk of the simple form: process, risk, level and controls only. */
    public Risk(String process, String risk, String level, List<String> controls) {
      this(process, risk, level, controls, null, null, null, null, null, null, null, null);
    }
  }

  public record Dimension(
      int no,
      String name,
      Integer statedProjectCount,
      Map<Integer, BigDecimal> statedTotal,
      List<Mission> missions) {
    public Dimension {
      missions = missions == null ? List.of() : missions;
    }
  }

  /** A mission (code "2.2") or sub-mission ("2.2.1") and the items listed under it. */
  public record Mission(String code, String name, List<Project> projects) {
    public Mission {
      projects = projects == null ? List.of() : projects;
    }
  }

  /**
   * A Part 2 item. kind: PROJECT, ACTIVITY, MEASURE or OTHER. quarters (extension): the planned
   * quarters (1–4) per year.
   */
  public record Project(
      Integer seq,
      String kind,
      String name,
      Map<Integer, BigDecimal> budget,
      String responsible,
      String remark,
      Map<Integer, List<Integer>> quarters,
      Details details,
      Integer line) {}

  /**
   * A Part 3 detail sheet. indicatorTargets, costLines, heading and sections are extensions: heading is
   * the line the document printed above the sheet's first section (a sub-mission "1.1.1 …"), sections
   * the sheet as the document wrote it, in order.
   */
  public record Details(
      String principle,
      List<String> objectives,
      String targetGroup,
      String area,
      List<String> method,
      String duration,
      String budgetText,
      List<CostLine> costLines,
      String responsibleText,
      List<String> outputs,
      List<String> outcomes,
      List<String> indicators,
      List<IndicatorTarget> indicatorTargets,
      String heading,
      List<SheetSection> sections) {
    public Details {
      sections = sections == null ? List.of() : sections;
    }

    /** A sheet of the standard sections only (authored in Sujarit, or a source that is not kept as written). */
    public Details(String principle, List<String> objectives, String targetGroup, String area, List<String> method,
        String duration, String budgetText, List<CostLine> costLines, String responsibleText, List<String> outputs,
        List<String> outcomes, List<String> indicators, List<IndicatorTarget> indicatorTargets) {
      this(principle, objectives, targetGroup, area, method, duration, budgetText, costLines, responsibleText, outputs,
          outcomes, indicators, indicatorTargets, null, List.of());
    }
  }

  /**
   * A section of a detail sheet as the document wrote it: its number as printed ("(4)", "๕.", null),
   * its heading, the standard kind recognized (name, principle, objectives, target, area, method,
   * duration, budget, responsible, outputs, outcomes, results, indicators; null for a heading of the
   * organization's own) and its lines.
   */
  public record SheetSection(String no, String heading, String kind, List<SheetLine> lines) {
    public SheetSection {
      lines = lines == null ? List.of() : lines;
    }
  }

  /** A line of a sheet section, with its own marker ("(2.1) …"); level 0 text, 1 a list item, 2 an item within one. */
  public record SheetLine(int level, String text) {}

  public record CostLine(String description, BigDecimal amount) {}

  /** An indicator with its numeric target and unit (percent, score, count, person, time, other). */
  public record IndicatorTarget(String indicator, BigDecimal target, String unit) {}

  /** A problem found in the source, with its 1-based line; severity ERROR, WARNING or INFO. */
  public record Diagnostic(Integer line, String severity, String code, String message) {}
}
