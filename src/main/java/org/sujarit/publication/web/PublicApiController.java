package org.sujarit.publication.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.sujarit.document.layout.ReportFormat;
import org.sujarit.common.NotFoundException;
import org.sujarit.common.RuleViolation;
import org.sujarit.monitoring.Progress;
import org.sujarit.monitoring.ProgressFigures;
import org.sujarit.monitoring.ProgressStatus;
import org.sujarit.monitoring.RoundKind;
import org.sujarit.monitoring.RoundState;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationKind;
import org.sujarit.organization.UnitId;
import org.sujarit.plan.Part2View;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanTotals;
import org.sujarit.plan.PublishedVersion;
import org.sujarit.plan.WorkflowStamp;
import org.sujarit.publication.PublicOrganizations;
import org.sujarit.publication.PublicPaths;
import org.sujarit.publication.site.PublicSite;
import org.sujarit.publication.site.Rounds;

/** The public site as JSON: no authentication, only what the public pages show, with their absolute links. */
@RestController
@Tag(name = "Public", description = "ข้อมูลที่เผยแพร่ต่อสาธารณะ: องค์กรที่เผยแพร่แผน ฉบับของแผน และรายงานที่ผู้บริหารรับทราบแล้ว (ไม่ต้องลงชื่อเข้าใช้)")
class PublicApiController {
  private static final int MAX_QUERY = 100;
  /** The API's paths mirror the pages': /o/{code}/… is /api/public/organizations/{code}/…. */
  private static final String API = "/api/public/organizations";

  private final PublicSite site;
  private final PublicOrganizations organizations;
  private final PublicBase base;

  PublicApiController(PublicSite site, PublicOrganizations organizations, PublicBase base) {
    this.site = site;
    this.organizations = organizations;
    this.base = base;
  }

  record Links(String home, String api) {}

  record OrganizationEntry(String code, String name, OrganizationKind kind, String province, Links links) {}

  /** {@code link}: the public page; {@code api}: its contents as JSON. */
  record Version(String period, int version, String title, Instant publishedAt, String link, String api) {}

  /** {@code reports}: the acknowledged rounds' pages; {@code reportsApi}: their contents as JSON. */
  record Year(int fiscalYear, String plan, String ita, Map<String, String> reports, Map<String, String> reportsApi) {}

  record OrganizationDetail(String code, String name, OrganizationKind kind, String province, Links links, List<Version> versions,
      List<Year> years) {}

  record Amounts(Map<String, BigDecimal> perYear, BigDecimal total) {}

  record PlanEntry(String code, int dimension, String mission, String name, String kind, String responsible, Map<String, BigDecimal> budget,
      BigDecimal total) {}

  record PlanContents(String organization, String period, int version, String title, Instant publishedAt, List<PlanEntry> items,
      Amounts totals, Map<String, String> links) {}

  record Acknowledgement(String name, Instant at, String note) {}

  record Figures(int items, int reported, int notReported, Map<String, Integer> byStatus, BigDecimal completionPercent,
      BigDecimal plannedBudget, BigDecimal spent, BigDecimal spentPercent) {}

  record ReportEntry(String code, String name, String status, BigDecimal planned, BigDecimal spent) {}

  record ReportContents(String organization, int fiscalYear, String round, Version plan, Acknowledgement acknowledged, Figures figures,
      List<ReportEntry> items, Map<String, String> links) {}

  @GetMapping("/api/public/organizations")
  @Operation(summary = "องค์กรที่เผยแพร่แผน (ค้นด้วยชื่อ ประเภท จังหวัด) เรียงตามลำดับภาษาไทย")
  List<OrganizationEntry> organizations(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
      @RequestParam(required = false) String province) {
    String query = q == null ? "" : q.strip();
    if (query.length() > MAX_QUERY) throw new RuleViolation("public.api.query-too-long", MAX_QUERY);
    OrganizationKind k = kind == null || kind.isBlank() ? null : kind(kind);
    String root = base.get();
    return site.publishing(query, k, province).stream()
        .map(o -> new OrganizationEntry(o.code(), o.name(), o.kind(), o.province(), links(root, o))).toList();
  }

  @GetMapping("/api/public/organizations/{code}")
  @Operation(summary = "องค์กรหนึ่ง: ทุกฉบับของแผนที่เผยแพร่ และรายงานรอบ 6 เดือนและประจำปีที่ผู้บริหารรับทราบแล้ว แยกตามปีงบประมาณ")
  OrganizationDetail organization(@PathVariable String code) {
    Organization o = organizations.resolve(code);
    String root = base.get();
    List<Version> versions = site.versions(o).stream().map(v -> version(root, o, v)).toList();
    List<Year> years = site.years(o).stream().map(y -> {
      Map<String, String> reports = new LinkedHashMap<>(), reportsApi = new LinkedHashMap<>();
      for (RoundKind k : y.acknowledged().keySet()) {
        String path = PublicPaths.report(o.code(), y.year(), Rounds.path(k));
        reports.put(Rounds.path(k), root + path);
        reportsApi.put(Rounds.path(k), root + API + path.substring("/o".length()));
      }
      return new Year(y.year().value(), root + PublicPaths.planOfYear(o.code(), y.year()), root + PublicPaths.ita(o.code(), y.year()), reports,
          reportsApi);
    }).toList();
    return new OrganizationDetail(o.code(), o.name(), o.kind(), o.province(), links(root, o), versions, years);
  }

  @GetMapping("/api/public/organizations/{code}/plans/{period}/{version}")
  @Operation(summary = "ฉบับหนึ่งของแผนที่เผยแพร่: ทุกโครงการ/กิจกรรมกับงบประมาณรายปี ผู้รับผิดชอบ และยอดรวม (ตัวเลขเดียวกับตารางส่วนที่ 2)")
  PlanContents plan(@PathVariable String code, @PathVariable String period, @PathVariable int version) {
    Organization o = organizations.resolve(code);
    Plan plan = site.version(o, PublicPaths.parsePeriod(period), version).orElseThrow(() -> new NotFoundException("public.not-found"));
    PlanTotals totals = site.plans().totals(plan);
    Map<UnitId, String> units = site.unitNames(o);
    List<PlanEntry> items = plan.items().stream().map(i -> {
      Map<String, BigDecimal> budget = new LinkedHashMap<>();
      plan.period().years().forEach(y -> i.budget().in(y).ifPresent(b -> budget.put(String.valueOf(y.value()), b.amount())));
      return new PlanEntry(i.missionCode() + "." + i.sequence(), i.dimensionNo(), i.missionCode(), i.name(), i.kind().name(),
          Part2View.responsible(i, units), budget, i.budget().total().amount());
    }).toList();
    Map<String, BigDecimal> perYear = new LinkedHashMap<>();
    totals.grand().perYear().forEach((y, b) -> perYear.put(String.valueOf(y.value()), b.amount()));
    String root = base.get();
    String page = root + PublicPaths.version(o.code(), plan.period(), plan.version());
    Map<String, String> links = new LinkedHashMap<>();
    links.put("page", page);
    for (String f : List.of("pdf", "docx", "xlsx")) links.put(f, page + "/documents/" + f);
    links.put("csv", page + "/data.csv");
    links.put("json", page + "/data.json");
    return new PlanContents(o.code(), PublicPaths.period(plan.period()), plan.version(), plan.title(),
        plan.published().map(WorkflowStamp::at).orElse(null), items, new Amounts(perYear, totals.grand().total().amount()), links);
  }

  @GetMapping("/api/public/organizations/{code}/{year}/reports/{round}")
  @Operation(summary = "รายงานผลรอบ 6 เดือน (half-year) หรือประจำปี (full-year) ที่ผู้บริหารรับทราบแล้ว: ตัวเลขสรุป การรับทราบ และผลรายโครงการที่ตรวจรับแล้ว")
  ReportContents report(@PathVariable String code, @PathVariable String year, @PathVariable String round) {
    Organization o = organizations.resolve(code);
    RoundKind kind = Rounds.parse(round).orElseThrow(() -> new NotFoundException("public.not-found"));
    Progress.Board board = site.report(o, PublicPaths.parseYear(year), kind).orElseThrow(() -> new NotFoundException("public.not-found"));
    ProgressFigures f = board.figures();
    Map<String, Integer> byStatus = new LinkedHashMap<>();
    for (ProgressStatus st : ProgressStatus.values()) byStatus.put(st.name(), f.count(st));
    List<ReportEntry> items = f.lines().stream().map(l -> new ReportEntry(l.item().missionCode() + "." + l.item().sequence(), l.item().name(),
        l.status().map(Enum::name).orElse(null), l.planned() == null ? null : l.planned().amount(),
        l.spent() == null ? null : l.spent().amount())).toList();
    String root = base.get();
    String page = root + PublicPaths.report(o.code(), board.round().year(), round);
    Map<String, String> links = new LinkedHashMap<>();
    links.put("page", page);
    for (ReportFormat format : ReportFormat.values()) {
      links.put(format.extension(), page + "/report." + format.extension());
    }
    Plan plan = board.plan();
    Version planVersion = version(root, o, new PublishedVersion(plan.id(), plan.version(), plan.period(), plan.title(),
        plan.published().map(WorkflowStamp::at).orElse(null)));
    RoundState state = board.state();
    return new ReportContents(o.code(), board.round().year().value(), round, planVersion,
        new Acknowledgement(state.acknowledgedName(), state.acknowledged().at(), state.note()),
        new Figures(f.total(), f.reported(), f.notReported(), byStatus, f.completionPercent().orElse(null), f.budget().planned().amount(),
            f.budget().spent().amount(), f.budget().percent().orElse(null)), items, links);
  }

  private static Links links(String root, Organization o) {
    return new Links(root + PublicPaths.organization(o.code()), root + API + "/" + o.code());
  }

  private static Version version(String root, Organization o, PublishedVersion v) {
    String path = PublicPaths.version(o.code(), v.period(), v.version());
    return new Version(PublicPaths.period(v.period()), v.version(), v.title(), v.publishedAt(), root + path,
        root + API + path.substring("/o".length()));
  }

  private static OrganizationKind kind(String text) {
    try {
      return OrganizationKind.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new RuleViolation("public.api.kind-unknown", String.join(", ", java.util.Arrays.stream(OrganizationKind.values()).map(Enum::name).toList()));
    }
  }
}
