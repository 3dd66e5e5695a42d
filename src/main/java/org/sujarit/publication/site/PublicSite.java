package org.sujarit.publication.site;

import java.io.ByteArrayOutputStream;
import java.text.Collator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.sujarit.document.layout.ReportFormat;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.common.FiscalPeriod;
import org.sujarit.common.FiscalYear;
import org.sujarit.document.DocumentFormat;
import org.sujarit.monitoring.MonitoringReports;
import org.sujarit.monitoring.Progress;
import org.sujarit.monitoring.StoredEvidence;
import org.sujarit.monitoring.PublicReports;
import org.sujarit.monitoring.ReportingRound;
import org.sujarit.monitoring.RoundKind;
import org.sujarit.monitoring.RoundState;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.OrganizationKind;
import org.sujarit.organization.Organizations;
import org.sujarit.organization.lookup.OrganizationLookup;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanId;
import org.sujarit.plan.PublicPlans;
import org.sujarit.plan.PublishedVersion;
import org.sujarit.publication.PublicFiles;
import org.sujarit.workspace.OfficialPlanDocuments;

/**
 * What the public site shows, read only through the owners' public APIs: published plan versions and
 * acknowledged rounds. Documents of a published version or an acknowledged round never change, so
 * they are rendered once and kept (a bounded number of them).
 */
@Service
@Transactional(readOnly = true) // on the read replica when one is configured
public class PublicSite {
  private static final Collator THAI_ORDER = Collator.getInstance(Locale.forLanguageTag("th-TH"));

  private final Organizations organizations;
  private final OrganizationLookup lookup;
  private final PublicPlans plans;
  private final PublicReports reports;
  private final MonitoringReports reportFiles;
  private final OfficialPlanDocuments planFiles;
  private final PublicFiles files;
  private final Clock clock;
  /** The publishing organizations and their provinces in Thai order, kept until {@link #forgetDirectory} or for {@link #KEPT}. */
  private volatile Sorted sorted;

  private record Sorted(List<Organization> organizations, List<String> provinces, Instant until) {}

  private static final Duration KEPT = Duration.ofMinutes(5);

  PublicSite(Organizations organizations, OrganizationLookup lookup, PublicPlans plans, PublicReports reports, MonitoringReports reportFiles,
      OfficialPlanDocuments planFiles, PublicFiles files, Clock clock) {
    this.organizations = organizations;
    this.lookup = lookup;
    this.plans = plans;
    this.reports = reports;
    this.reportFiles = reportFiles;
    this.planFiles = planFiles;
    this.files = files;
    this.clock = clock;
  }

  /** A version was published or an organization changed: the directory is read again on this node (others within {@link #KEPT}). */
  public void forgetDirectory() {
    sorted = null;
  }

  /** The organizations that publish a plan, filtered by a part of the name, the kind and the province; in Thai order. */
  /** One page of the index: the organizations on it, how many match in all, and the provinces to choose from. */
  public record Directory(List<Organization> organizations, int total, int page, int pages, List<String> provinces) {}

  /** The publishing organizations matching a search, in Thai order of name. */
  public List<Organization> publishing(String nameContains, OrganizationKind kind, String province) {
    return search(sorted().organizations(), nameContains, kind, province);
  }

  /** A page of {@link #publishing(String, OrganizationKind, String)}, {@code size} to a page (1 = the first). */
  public Directory directory(String nameContains, OrganizationKind kind, String province, int page, int size) {
    Sorted all = sorted();
    List<Organization> matching = search(all.organizations(), nameContains, kind, province);
    int pages = Math.max(1, (matching.size() + size - 1) / size);
    int p = Math.min(Math.max(page, 1), pages);
    return new Directory(matching.subList((p - 1) * size, Math.min(p * size, matching.size())), matching.size(), p, pages, all.provinces());
  }

  private Sorted sorted() {
    Sorted s = sorted;
    Instant now = clock.instant();
    if (s == null || !s.until().isAfter(now)) {
      Set<OrganizationId> publishing = plans.publishingOrganizations();
      List<Organization> all = thaiOrder(organizations.all().stream().filter(o -> publishing.contains(o.id())).toList(), Organization::name);
      s = new Sorted(all, thaiOrder(all.stream().map(Organization::province).filter(Objects::nonNull).distinct().toList(), n -> n),
          now.plus(KEPT));
      sorted = s;
    }
    return s;
  }

  private static List<Organization> search(List<Organization> sorted, String nameContains, OrganizationKind kind, String province) {
    String q = nameContains == null ? "" : nameContains.strip();
    return sorted.stream()
        .filter(o -> q.isEmpty() || o.name().contains(q) || o.code().equals(q))
        .filter(o -> kind == null || o.kind() == kind)
        .filter(o -> province == null || province.isBlank() || province.equals(o.province())).toList();
  }

  /** Sorted by Thai collation keys, computed once per element (a collator comparison costs far more). */
  private static <T> List<T> thaiOrder(List<T> items, java.util.function.Function<T, String> text) {
    return items.stream().map(t -> Map.entry(THAI_ORDER.getCollationKey(text.apply(t)), t))
        .sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
  }

  /** A fiscal year of an organization's published plans and the rounds of it the executive acknowledged. */
  public record YearSummary(FiscalYear year, Map<RoundKind, RoundState> acknowledged) {}

  public List<PublishedVersion> versions(Organization org) {
    return plans.versions(org.id());
  }

  /** Every fiscal year some published plan covers, newest first, with its acknowledged rounds (of the plan in force). */
  public List<YearSummary> years(Organization org) {
    SortedMap<FiscalYear, PublishedVersion> inForce = plans.inForceEveryYear(org.id());
    return years(inForce, reports.acknowledged(inForce.values()));
  }

  /** A publishing organization's {@link #versions} and {@link #years}. */
  public record Published(Organization organization, List<PublishedVersion> versions, List<YearSummary> years) {}

  /**
   * {@link #versions} and {@link #years} of every publishing organization, in Thai order of name: a
   * constant number of statements however many organizations publish (the sitemap).
   */
  public List<Published> everyPublished() {
    List<Organization> publishing = sorted().organizations();
    Map<OrganizationId, List<PublishedVersion>> versions = plans.versions();
    Map<OrganizationId, SortedMap<FiscalYear, PublishedVersion>> inForce = plans.inForceEveryYear();
    Map<PlanId, List<RoundState>> acknowledged = reports.acknowledged(inForce.values().stream().flatMap(y -> y.values().stream()).toList());
    return publishing.stream().map(o -> new Published(o, versions.getOrDefault(o.id(), List.of()),
        years(inForce.getOrDefault(o.id(), new TreeMap<>()), acknowledged))).toList();
  }

  private static List<YearSummary> years(SortedMap<FiscalYear, PublishedVersion> inForce, Map<PlanId, List<RoundState>> acknowledged) {
    List<YearSummary> out = new ArrayList<>();
    for (Map.Entry<FiscalYear, PublishedVersion> y : new TreeMap<>(inForce).descendingMap().entrySet()) {
      Map<RoundKind, RoundState> rounds = new EnumMap<>(RoundKind.class);
      for (RoundState s : acknowledged.getOrDefault(y.getValue().planId(), List.of())) {
        if (s.round().year().equals(y.getKey())) rounds.put(s.round().kind(), s);
      }
      out.add(new YearSummary(y.getKey(), rounds));
    }
    return out;
  }

  /** A published version named by its period and number; when two plans share a period, the one published last. */
  public Optional<Plan> version(Organization org, FiscalPeriod period, int version) {
    return versions(org).stream().filter(v -> v.period().equals(period) && v.version() == version)
        .max(Comparator.comparing(PublishedVersion::publishedAt))
        .flatMap(v -> plans.find(org.id(), v.planId(), v.version()));
  }

  public Optional<Plan> inForce(Organization org, FiscalYear year) {
    return plans.inForce(org.id(), year);
  }

  /** The acknowledged round of the year, on the plan in force. */
  public Optional<Progress.Board> report(Organization org, FiscalYear year, RoundKind kind) {
    return inForce(org, year).flatMap(p -> reports.board(p, new ReportingRound(year, kind)));
  }

  /**
   * A published version as open data, with what the executive acknowledged of each year (the annual
   * round, else the 6-month one) while this version was the plan in force; no board is built otherwise.
   */
  public List<OpenData.Row> openData(Organization org, Plan plan) {
    return OpenData.rows(org.code(), plan, y -> inForce(org, y).filter(p -> p.id().equals(plan.id()) && p.version() == plan.version())
        .flatMap(p -> reports.board(p, new ReportingRound(y, RoundKind.FULL_YEAR)).or(() -> reports.board(p, new ReportingRound(y, RoundKind.HALF_YEAR)))));
  }

  /** The last published version of each of the organization's plans. */
  public List<Plan> latestVersions(Organization org) {
    Map<org.sujarit.plan.PlanId, PublishedVersion> latest = new java.util.LinkedHashMap<>();
    for (PublishedVersion v : versions(org)) latest.merge(v.planId(), v, (a, b) -> a.version() >= b.version() ? a : b);
    return latest.values().stream().map(v -> plans.find(org.id(), v.planId(), v.version())).flatMap(Optional::stream).toList();
  }

  /** Unit names (สำนัก / กอง) of the Part 2 table's responsible column: units, not people. */
  public Map<org.sujarit.organization.UnitId, String> unitNames(Organization org) {
    return lookup.unitNames(org.id());
  }

  public PublicPlans plans() {
    return plans;
  }

  public byte[] planDocument(Organization org, Plan plan, DocumentFormat format) {
    return files.kept(List.of(plan.id(), plan.version(), format), () -> planFiles.prepare(plan, plans.interchange(plan), org, format, false).render());
  }

  public String planFileName(Organization org, Plan plan, DocumentFormat format) {
    return planFiles.prepare(plan, plans.interchange(plan), org, format, false).fileName();
  }

  /** Kept by its accepted records as well: a planner's correction after the acknowledgement gives a new report. */
  public byte[] reportDocument(Progress.Board board, ReportFormat format) {
    return files.kept(key(board, format), () -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
      reportFiles.render(board, format, out);
      return out.toByteArray();
    });
  }

  public String reportFileName(Progress.Board board, ReportFormat format) {
    return reportFiles.fileName(board.round(), format);
  }

  /** A file marked public of an item whose record the acknowledged report holds. */
  public Optional<StoredEvidence> evidence(Progress.Board board, java.util.UUID id) {
    return reports.evidence(board, id);
  }

  public byte[] chart(Progress.Board board, MonitoringReports.Chart chart) {
    return files.kept(key(board, chart), () -> reportFiles.chart(board, chart));
  }

  private static List<Object> key(Progress.Board board, Object what) {
    return List.of(board.plan().id(), board.plan().version(), board.round(), board.figures().lines().hashCode(), board.evidence().hashCode(), what);
  }
}
