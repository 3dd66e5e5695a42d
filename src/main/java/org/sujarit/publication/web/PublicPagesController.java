package org.sujarit.publication.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.sujarit.document.layout.ReportFormat;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.NotFoundException;
import org.sujarit.document.DocumentFormat;
import org.sujarit.monitoring.MonitoringReports;
import org.sujarit.monitoring.Progress;
import org.sujarit.monitoring.StoredEvidence;
import org.sujarit.monitoring.RoundKind;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationKind;
import org.sujarit.plan.Part2View;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanTotals;
import org.sujarit.plan.PublishedVersion;
import org.sujarit.publication.Embeddable;
import org.sujarit.publication.PublicFiles;
import org.sujarit.publication.PublicOrganizations;
import org.sujarit.publication.PublicPaths;
import org.sujarit.publication.site.ItaEvidence;
import org.sujarit.publication.site.OitItem;
import org.sujarit.publication.site.OitList;
import org.sujarit.publication.site.OpenData;
import org.sujarit.publication.site.PublicSite;
import org.sujarit.publication.site.Rounds;
import org.sujarit.web.Downloads;

/**
 * The public site, open to anyone without signing in: the index of publishing organizations, each
 * one's home page, its published plan versions, the acknowledged reports and the ITA pages per fiscal
 * year. Only what {@link PublicSite} reads from the owners' public APIs is shown. Pages may be kept by
 * browsers and proxies for a few minutes; the ETag filter answers unchanged ones with 304.
 */
@Controller
@RequestMapping("/o")
class PublicPagesController {
  private static final int MAX_QUERY = 100;
  private static final int PAGE_SIZE = 100;

  private final PublicSite site;
  private final ItaEvidence ita;
  private final PublicOrganizations organizations;

  PublicPagesController(PublicSite site, ItaEvidence ita, PublicOrganizations organizations) {
    this.site = site;
    this.ita = ita;
    this.organizations = organizations;
  }

  @GetMapping({"", "/"})
  String index(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
      @RequestParam(required = false) String province, @RequestParam(required = false) String page, Model model,
      HttpServletResponse response) {
    String query = q == null ? "" : q.strip();
    if (query.length() > MAX_QUERY) query = query.substring(0, MAX_QUERY);
    OrganizationKind k = kind == null || kind.isBlank() ? null : parseKind(kind);
    int n = page != null && page.matches("\\d{1,5}") ? Integer.parseInt(page) : 1;
    PublicSite.Directory d = site.directory(query, k, province, n, PAGE_SIZE);
    // an unknown province is ignored, as the list offers only known ones
    if (province != null && !province.isBlank() && !d.provinces().contains(province)) d = site.directory(query, k, null, n, PAGE_SIZE);
    model.addAttribute("q", query);
    model.addAttribute("kind", k);
    model.addAttribute("province", d.provinces().contains(province) ? province : null);
    model.addAttribute("kinds", OrganizationKind.values());
    model.addAttribute("directory", d);
    return PublicFiles.cached(response, "publication/index");
  }

  @Embeddable
  @GetMapping("/{code}")
  String home(@PathVariable String code, Model model, HttpServletResponse response) {
    Organization org = organization(code);
    model.addAttribute("organization", org);
    model.addAttribute("versions", site.versions(org));
    model.addAttribute("years", site.years(org));
    model.addAttribute("itaYears", ita.years());
    return PublicFiles.cached(response, "publication/home");
  }

  @Embeddable
  @GetMapping("/{code}/{year:\\d{4}}")
  String year(@PathVariable String code, @PathVariable String year, Model model, HttpServletResponse response) {
    Organization org = organization(code);
    FiscalYear fy = PublicPaths.parseYear(year);
    if (site.versions(org).stream().noneMatch(v -> v.period().contains(fy))) throw notFound();
    model.addAttribute("organization", org);
    model.addAttribute("year", fy);
    model.addAttribute("plan", site.inForce(org, fy).orElse(null));
    model.addAttribute("reports", java.util.stream.Stream.of(RoundKind.values()).flatMap(k -> site.report(org, fy, k).stream()).toList());
    OitList list = ita.list(fy).orElse(null);
    model.addAttribute("itaList", list);
    // what the other modules publish for the year (complaints, risk, No Gift), as the year's OIT list names it
    model.addAttribute("evidence", list == null ? List.of() : ita.statuses(org, list).stream()
        .filter(s -> s.evidence().ready() && !s.item().evidence().startsWith("plan") && !s.item().evidence().startsWith("report")).toList());
    return PublicFiles.cached(response, "publication/year");
  }

  @Embeddable
  @GetMapping("/{code}/{year:\\d{4}}/plan")
  String planOfYear(@PathVariable String code, @PathVariable String year, Model model, HttpServletResponse response) {
    Organization org = organization(code);
    FiscalYear fy = PublicPaths.parseYear(year);
    Plan plan = site.inForce(org, fy).orElseThrow(PublicPagesController::notFound);
    model.addAttribute("year", fy);
    return plan(org, plan, model, response);
  }

  @Embeddable
  @GetMapping("/{code}/plans/{period}/{version:\\d{1,4}}")
  String version(@PathVariable String code, @PathVariable String period, @PathVariable int version, Model model,
      HttpServletResponse response) {
    Organization org = organization(code);
    return plan(org, site.version(org, PublicPaths.parsePeriod(period), version).orElseThrow(PublicPagesController::notFound), model, response);
  }

  @Embeddable
  @GetMapping("/{code}/plans/{period}/{version:\\d{1,4}}/part3")
  String sheets(@PathVariable String code, @PathVariable String period, @PathVariable int version, Model model,
      HttpServletResponse response) {
    Organization org = organization(code);
    Plan plan = site.version(org, PublicPaths.parsePeriod(period), version).orElseThrow(PublicPagesController::notFound);
    lastModified(response, versionsOf(org, plan));
    model.addAttribute("organization", org);
    model.addAttribute("plan", plan);
    model.addAttribute("permalink", PublicPaths.version(org.code(), plan.period(), plan.version()));
    return PublicFiles.cached(response, "publication/sheets");
  }

  @GetMapping("/{code}/plans/{period}/{version:\\d{1,4}}/documents/{format}")
  ResponseEntity<byte[]> planDocument(@PathVariable String code, @PathVariable String period, @PathVariable int version,
      @PathVariable String format) {
    Organization org = organization(code);
    Plan plan = site.version(org, PublicPaths.parsePeriod(period), version).orElseThrow(PublicPagesController::notFound);
    DocumentFormat f = DocumentFormat.fromCommandName(format).filter(x -> x != DocumentFormat.EPLAN_XLSX)
        .orElseThrow(PublicPagesController::notFound);
    return PublicFiles.download(site.planDocument(org, plan, f), site.planFileName(org, plan, f), f.mediaType());
  }

  /** Open data of one published version: CSV (UTF-8 with a byte-order mark, so that Excel reads Thai) or JSON, the same columns. */
  @GetMapping("/{code}/plans/{period}/{version:\\d{1,4}}/data.{format}")
  ResponseEntity<?> planData(@PathVariable String code, @PathVariable String period, @PathVariable int version, @PathVariable String format)
      throws java.io.IOException {
    Organization org = organization(code);
    Plan plan = site.version(org, PublicPaths.parsePeriod(period), version).orElseThrow(PublicPagesController::notFound);
    List<OpenData.Row> rows = site.openData(org, plan);
    if (format.equals("json")) return ResponseEntity.ok().cacheControl(PublicFiles.CACHE).body(rows.stream().map(OpenData::json).toList());
    if (!format.equals("csv")) throw notFound();
    java.io.StringWriter w = new java.io.StringWriter();
    OpenData.header(w);
    for (OpenData.Row r : rows) OpenData.write(w, r);
    String name = org.code() + "-" + PublicPaths.period(plan.period()) + "-" + plan.version() + ".csv";
    return PublicFiles.download(w.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), name, "text/csv;charset=UTF-8");
  }

  @Embeddable
  @GetMapping("/{code}/{year:\\d{4}}/reports/{round}")
  String report(@PathVariable String code, @PathVariable String year, @PathVariable String round, Model model,
      HttpServletResponse response) {
    Organization org = organization(code);
    Progress.Board board = board(org, year, round);
    model.addAttribute("organization", org);
    model.addAttribute("board", board);
    model.addAttribute("roundPath", round);
    model.addAttribute("dimensionNames", dimensionNames(board.plan()));
    model.addAttribute("charts", java.util.Arrays.stream(MonitoringReports.Chart.values()).map(MonitoringReports.Chart::path).toList());
    model.addAttribute("permalink", PublicPaths.report(org.code(), board.round().year(), round));
    return PublicFiles.cached(response, "publication/report");
  }

  @GetMapping("/{code}/{year:\\d{4}}/reports/{round}/report.{format}")
  ResponseEntity<byte[]> reportDocument(@PathVariable String code, @PathVariable String year, @PathVariable String round,
      @PathVariable String format) {
    Progress.Board board = board(organization(code), year, round);
    ReportFormat f = ReportFormat.parse(format);
    return PublicFiles.download(site.reportDocument(board, f), site.reportFileName(board, f), f.mediaType());
  }

  @GetMapping("/{code}/{year:\\d{4}}/reports/{round}/charts/{chart}.png")
  ResponseEntity<byte[]> chart(@PathVariable String code, @PathVariable String year, @PathVariable String round,
      @PathVariable String chart) {
    Progress.Board board = board(organization(code), year, round);
    return ResponseEntity.ok().cacheControl(PublicFiles.CACHE).contentType(MediaType.IMAGE_PNG)
        .body(site.chart(board, MonitoringReports.Chart.parse(chart)));
  }

  @GetMapping("/{code}/{year:\\d{4}}/reports/{round}/evidence/{id}")
  ResponseEntity<Resource> evidence(@PathVariable String code, @PathVariable String year, @PathVariable String round, @PathVariable String id) {
    Progress.Board board = board(organization(code), year, round);
    UUID evidenceId;
    try {
      evidenceId = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw notFound();
    }
    StoredEvidence e = site.evidence(board, evidenceId).orElseThrow(PublicPagesController::notFound);
    return Downloads.attachment(e.file().fileName(), e.file().type().mediaType(), e.file().size()).cacheControl(PublicFiles.CACHE)
        .body(new FileSystemResource(e.content()));
  }

  @Embeddable
  @GetMapping("/{code}/{year:\\d{4}}/ita")
  String itaIndex(@PathVariable String code, @PathVariable String year, Model model, HttpServletResponse response) {
    Organization org = organization(code);
    FiscalYear fy = PublicPaths.parseYear(year);
    OitList list = ita.list(fy).orElseThrow(PublicPagesController::notFound);
    model.addAttribute("organization", org);
    model.addAttribute("year", fy);
    model.addAttribute("list", list);
    model.addAttribute("items", ita.statuses(org, list));
    return PublicFiles.cached(response, "publication/ita");
  }

  @Embeddable
  @GetMapping("/{code}/{year:\\d{4}}/ita/{item}")
  String itaItem(@PathVariable String code, @PathVariable String year, @PathVariable String item, Model model,
      HttpServletResponse response) {
    Organization org = organization(code);
    FiscalYear fy = PublicPaths.parseYear(year);
    OitList list = ita.list(fy).orElseThrow(PublicPagesController::notFound);
    OitItem oit = list.item(item).orElseThrow(PublicPagesController::notFound);
    if (!oit.code().equals(item)) throw new NotFoundException("public.not-found");
    model.addAttribute("organization", org);
    model.addAttribute("year", fy);
    model.addAttribute("list", list);
    model.addAttribute("status", ita.status(org, fy, oit));
    return PublicFiles.cached(response, "publication/ita-item");
  }

  // ---- internals ---------------------------------------------------------------------------

  private String plan(Organization org, Plan plan, Model model, HttpServletResponse response) {
    List<PublishedVersion> versions = versionsOf(org, plan);
    lastModified(response, versions);
    PlanTotals totals = site.plans().totals(plan);
    model.addAttribute("organization", org);
    model.addAttribute("plan", plan);
    model.addAttribute("part2", Part2View.of(plan, site.plans().frameworkOf(plan), totals, site.unitNames(org)));
    model.addAttribute("riskTable", site.plans().part1Risks(plan));
    model.addAttribute("versions", versions);
    model.addAttribute("permalink", PublicPaths.version(org.code(), plan.period(), plan.version()));
    model.addAttribute("formats", List.of(DocumentFormat.PDF, DocumentFormat.DOCX, DocumentFormat.XLSX));
    return PublicFiles.cached(response, "publication/plan");
  }

  /**
   * When the plan last had a version published (its pages list them all). Only a date to show: the ETag
   * decides whether a page changed, since unit names on it may change at other times.
   */
  private static void lastModified(HttpServletResponse response, List<PublishedVersion> versions) {
    versions.stream().map(PublishedVersion::publishedAt)
        .max(java.util.Comparator.naturalOrder()).ifPresent(at -> response.setDateHeader(HttpHeaders.LAST_MODIFIED, at.toEpochMilli()));
  }

  private List<PublishedVersion> versionsOf(Organization org, Plan plan) {
    return site.versions(org).stream().filter(v -> v.planId().equals(plan.id())).toList();
  }

  private Progress.Board board(Organization org, String year, String round) {
    RoundKind kind = Rounds.parse(round).orElseThrow(PublicPagesController::notFound);
    return site.report(org, PublicPaths.parseYear(year), kind).orElseThrow(PublicPagesController::notFound);
  }

  private Map<Integer, String> dimensionNames(Plan plan) {
    Map<Integer, String> names = new java.util.TreeMap<>();
    site.plans().frameworkOf(plan).dimensions().forEach(d -> names.put(d.no(), d.name()));
    return names;
  }

  private Organization organization(String code) {
    return organizations.resolve(code);
  }


  private static OrganizationKind parseKind(String kind) {
    for (OrganizationKind k : OrganizationKind.values()) if (k.name().equals(kind)) return k;
    return null;
  }

  private static NotFoundException notFound() {
    return new NotFoundException("public.not-found");
  }
}
