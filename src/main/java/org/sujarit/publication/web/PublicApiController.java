package org.sujarit.publication.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.sujarit.common.RuleViolation;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationKind;
import org.sujarit.plan.PublishedVersion;
import org.sujarit.publication.PublicOrganizations;
import org.sujarit.publication.PublicPaths;
import org.sujarit.publication.site.PublicSite;
import org.sujarit.publication.site.Rounds;

/** The public site as JSON: no authentication, only what the public pages show, with their absolute links. */
@RestController
@Tag(name = "Public", description = "ข้อมูลที่เผยแพร่ต่อสาธารณะ: องค์กรที่เผยแพร่แผน ฉบับของแผน และรายงานที่ผู้บริหารรับทราบแล้ว (ไม่ต้องลงชื่อเข้าใช้)")
class PublicApiController {
  private static final int MAX_QUERY = 100;

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

  record Version(String period, int version, String title, Instant publishedAt, String link) {}

  record Year(int fiscalYear, String plan, String ita, Map<String, String> reports) {}

  record OrganizationDetail(String code, String name, OrganizationKind kind, String province, Links links, List<Version> versions,
      List<Year> years) {}

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
      Map<String, String> reports = new LinkedHashMap<>();
      y.acknowledged().keySet().forEach(k -> reports.put(Rounds.path(k), root + PublicPaths.report(o.code(), y.year(), Rounds.path(k))));
      return new Year(y.year().value(), root + PublicPaths.planOfYear(o.code(), y.year()), root + PublicPaths.ita(o.code(), y.year()), reports);
    }).toList();
    return new OrganizationDetail(o.code(), o.name(), o.kind(), o.province(), links(root, o), versions, years);
  }

  private static Links links(String root, Organization o) {
    return new Links(root + PublicPaths.organization(o.code()), root + "/api/public/organizations/" + o.code());
  }

  private static Version version(String root, Organization o, PublishedVersion v) {
    return new Version(PublicPaths.period(v.period()), v.version(), v.title(), v.publishedAt(), root + PublicPaths.version(o.code(), v.period(), v.version()));
  }

  private static OrganizationKind kind(String text) {
    try {
      return OrganizationKind.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new RuleViolation("public.api.kind-unknown", String.join(", ", java.util.Arrays.stream(OrganizationKind.values()).map(Enum::name).toList()));
    }
  }
}
