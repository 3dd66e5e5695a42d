package org.sujarit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.sujarit.IntegrationTest;
import org.sujarit.TestData;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.CurrentUsers;
import org.sujarit.access.Role;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanItem;
import org.sujarit.plan.Plans;

/**
 * Calls every endpoint of the application (pages and API) as each role of the owning organization,
 * as each role of another organization, as the system administrator, as oversight inside and
 * outside the province, and anonymously; proves each is refused exactly where it must be. A new
 * endpoint that is not listed here fails {@link #everyEndpointIsInTheMatrix()}.
 */
@IntegrationTest
@Import(TestData.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {
  static final Set<Role> ALL_OWN = Role.organizationalRoles();
  static final Set<Role> READERS = union(ALL_OWN, EnumSet.of(Role.SYSTEM_ADMIN, Role.OVERSIGHT));
  static final Set<Role> PLANNER = EnumSet.of(Role.PLANNER);
  static final Set<Role> EXECUTIVE = EnumSet.of(Role.EXECUTIVE);
  static final Set<Role> REPORTERS = EnumSet.of(Role.UNIT_OFFICER, Role.PLANNER);
  static final Set<Role> PUBLISHERS = EnumSet.of(Role.PLANNER, Role.ORG_ADMIN);
  static final Set<Role> MANAGERS = EnumSet.of(Role.ORG_ADMIN, Role.SYSTEM_ADMIN);
  static final Set<Role> AUDIT_READERS = EnumSet.of(Role.AUDITOR, Role.ORG_ADMIN, Role.SYSTEM_ADMIN);
  static final Set<Role> SYSTEM = EnumSet.of(Role.SYSTEM_ADMIN);
  /** Signed-in users of any kind: the endpoint itself shows each only their own data. */
  static final Set<Role> ANYONE = EnumSet.allOf(Role.class);
  /** Paths every visitor may open, and the error page. */
  static final Set<String> PUBLIC = Set.of("/login", "/error", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config",
      "/api-docs", "/swagger-ui.html");

  /** Marks an endpoint that receives an uploaded file. */
  static final String FILE = "<file>";

  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired Plans plans;
  @Autowired org.sujarit.organization.Organizations organizations;
  @Autowired org.sujarit.monitoring.Progress progress;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

  TestData.Tenant owner;
  TestData.Tenant other;
  CurrentUser systemAdmin;
  CurrentUser oversightInProvince;
  CurrentUser oversightElsewhere;
  /** A published plan of the owner whose item belongs to the owner's unit, with one evidence file: monitoring needs a plan in force. */
  String published;
  String publishedItem;
  String evidence;

  /** {@code scoped}: about one organization's data, so members of other organizations are refused whatever their role. */
  /** {@code anonymous}: a page of the public site, which everyone, signed in or not, may read. */
  record Endpoint(HttpMethod method, String pattern, Function<Fixture, String> path, String body, Set<Role> allowed, boolean scoped,
      boolean anonymous) {
    Endpoint(HttpMethod method, String pattern, Function<Fixture, String> path, String body, Set<Role> allowed) {
      this(method, pattern, path, body, allowed, allowed != ANYONE, false);
    }

    Endpoint global() {
      return new Endpoint(method, pattern, path, body, allowed, false, anonymous);
    }
  }

  /** Fresh objects for each call, so an allowed change never disturbs the next call. */
  record Fixture(String org, String unit, String account, String plan, int version, long revision, String item, String published,
      String publishedItem, String evidence, String code) {
    /** The monitoring pages of the 2567 6-month round of the published plan. */
    String round() {
      return "/plans/" + published + "/progress/2567/HALF_YEAR";
    }

    String progressItem() {
      return round() + "/items/" + publishedItem;
    }
  }

  static List<Endpoint> matrix() {
    List<Endpoint> m = new ArrayList<>();
    // pages
    m.add(get("/", f -> "/", ANYONE));
    m.add(get("/organizations", f -> "/organizations", ANYONE));
    m.add(get("/organizations/{id}", f -> "/organizations/" + f.org(), READERS));
    m.add(form("/organizations/{id}/plans", f -> "/organizations/" + f.org() + "/plans",
        "frameworkCode=NACC_2566&firstYear=2566&lastYear=2570&title=x", PLANNER));
    m.add(get("/plans/{id}", f -> "/plans/" + f.plan(), READERS));
    for (var a : Map.of("submit", PLANNER, "approve", EXECUTIVE, "return", EXECUTIVE, "publish", PUBLISHERS, "amend", PLANNER).entrySet()) {
      m.add(new Endpoint(HttpMethod.POST, "/plans/{id}/workflow", f -> "/plans/" + f.plan() + "/workflow",
          "action=" + a.getKey() + "&version=1&revision=" + 0 + "&comment=x", a.getValue()));
    }
    m.add(get("/organizations/{id}/units", f -> "/organizations/" + f.org() + "/units", READERS));
    m.add(form("/organizations/{id}/units", f -> "/organizations/" + f.org() + "/units", "name=กองใหม่" + System.nanoTime(), MANAGERS));
    m.add(form("/units/{unitId}", f -> "/units/" + f.unit(), "name=กองคลัง&active=true", MANAGERS));
    m.add(get("/organizations/{id}/members", f -> "/organizations/" + f.org() + "/members", MANAGERS));
    m.add(form("/organizations/{id}/members", f -> "/organizations/" + f.org() + "/members",
        "username=new" + System.nanoTime() + "&displayName=x&roles=VIEWER", MANAGERS));
    m.add(form("/members/{accountId}/roles", f -> "/members/" + f.account() + "/roles", "roles=VIEWER", MANAGERS));
    m.add(form("/members/{accountId}/reset-password", f -> "/members/" + f.account() + "/reset-password", "", MANAGERS));
    m.add(form("/members/{accountId}/enabled", f -> "/members/" + f.account() + "/enabled", "enabled=true", MANAGERS));
    m.add(get("/account/password", f -> "/account/password", ANYONE));
    m.add(form("/account/password", f -> "/account/password", "currentPassword=wrong&newPassword=x&confirmPassword=x", ANYONE));
    m.add(get("/admin/organizations", f -> "/admin/organizations", SYSTEM));
    m.add(form("/admin/organizations", f -> "/admin/organizations",
        "name=อบต.ใหม่" + System.nanoTime() + "&kind=SAO&province=ขอนแก่น&adminUsername=a" + System.nanoTime() + "&adminName=x", SYSTEM));
    m.add(form("/admin/accounts", f -> "/admin/accounts", "username=ov" + System.nanoTime() + "&displayName=x&role=OVERSIGHT&province=ตาก", SYSTEM));
    m.add(get("/audit", f -> "/audit?organization=" + f.org(), AUDIT_READERS));
    m.add(form("/audit/verify", f -> "/audit/verify?organization=" + f.org(), "", AUDIT_READERS));
    // API
    m.add(get("/api/organizations", f -> "/api/organizations", ANYONE));
    m.add(json(HttpMethod.POST, "/api/organizations", f -> "/api/organizations",
        "{\"name\":\"อบต.ทดสอบ" + System.nanoTime() + "\",\"kind\":\"SAO\",\"province\":\"ขอนแก่น\"}", SYSTEM));
    m.add(get("/api/organizations/{id}", f -> "/api/organizations/" + f.org(), READERS));
    m.add(json(HttpMethod.PUT, "/api/organizations/{id}/code", f -> "/api/organizations/" + f.org() + "/code",
        "{\"code\":\"" + (1000000 + (System.nanoTime() % 9000000)) + "\"}", MANAGERS));
    m.add(get("/api/organizations/{id}/units", f -> "/api/organizations/" + f.org() + "/units", READERS));
    m.add(json(HttpMethod.POST, "/api/organizations/{id}/units", f -> "/api/organizations/" + f.org() + "/units",
        "{\"name\":\"กอง" + System.nanoTime() + "\"}", MANAGERS));
    m.add(json(HttpMethod.PUT, "/api/units/{unitId}", f -> "/api/units/" + f.unit(), "{\"name\":\"กองคลัง\",\"active\":true}", MANAGERS));
    m.add(get("/api/organizations/{id}/plans", f -> "/api/organizations/" + f.org() + "/plans", READERS));
    m.add(json(HttpMethod.POST, "/api/organizations/{id}/plans", f -> "/api/organizations/" + f.org() + "/plans",
        "{\"frameworkCode\":\"NACC_2566\",\"firstYear\":2566,\"lastYear\":2570,\"title\":\"แผน\"}", PLANNER));
    m.add(json(HttpMethod.POST, "/api/organizations/{id}/plans/interchange", f -> "/api/organizations/" + f.org() + "/plans/interchange",
        "{\"period\":{\"startYear\":2566,\"endYear\":2570},\"framework\":\"NACC_2566\",\"dimensions\":[]}", PLANNER));
    m.add(get("/api/plans/{id}", f -> "/api/plans/" + f.plan(), READERS));
    m.add(get("/api/plans/{id}/versions", f -> "/api/plans/" + f.plan() + "/versions", READERS));
    m.add(get("/api/plans/{id}/versions/{version}", f -> v(f), READERS));
    m.add(get("/api/plans/{id}/versions/{version}/findings", f -> v(f) + "/findings", READERS));
    m.add(get("/api/plans/{id}/versions/{version}/interchange", f -> v(f) + "/interchange", READERS));
    String item = "{\"missionCode\":\"1.1\",\"name\":\"โครงการ\",\"budget\":{\"2566\":\"1,000\"}}";
    m.add(json(HttpMethod.POST, "/api/plans/{id}/versions/{version}/items", f -> v(f) + "/items?revision=" + f.revision(), item, PLANNER));
    m.add(json(HttpMethod.PUT, "/api/plans/{id}/versions/{version}/items/{item}", f -> v(f) + "/items/" + f.item() + "?revision=" + f.revision(),
        item, PLANNER));
    m.add(new Endpoint(HttpMethod.DELETE, "/api/plans/{id}/versions/{version}/items/{item}",
        f -> v(f) + "/items/" + f.item() + "?revision=" + f.revision(), null, PLANNER));
    m.add(json(HttpMethod.PUT, "/api/plans/{id}/versions/{version}/items/{item}/budget/{year}",
        f -> v(f) + "/items/" + f.item() + "/budget/2567?revision=" + f.revision(), "{\"amount\":\"๑๐๐๐\"}", PLANNER));
    m.add(json(HttpMethod.POST, "/api/plans/{id}/versions/{version}/items/{item}/move",
        f -> v(f) + "/items/" + f.item() + "/move?revision=" + f.revision(), "{\"missionCode\":\"2.1\",\"position\":0}", PLANNER));
    m.add(json(HttpMethod.PUT, "/api/plans/{id}/versions/{version}/items/{item}/details",
        f -> v(f) + "/items/" + f.item() + "/details?revision=" + f.revision(), "{\"principle\":\"หลักการ\"}", PLANNER));
    m.add(json(HttpMethod.PUT, "/api/plans/{id}/versions/{version}/introduction", f -> v(f) + "/introduction?revision=" + f.revision(),
        "{\"rationale\":\"เหตุผล\"}", PLANNER));
    m.add(json(HttpMethod.POST, "/api/plans/{id}/versions/{version}/submit", f -> v(f) + "/submit?revision=" + f.revision(), "", PLANNER));
    m.add(json(HttpMethod.POST, "/api/plans/{id}/versions/{version}/approve", f -> v(f) + "/approve?revision=" + f.revision(), "", EXECUTIVE));
    m.add(json(HttpMethod.POST, "/api/plans/{id}/versions/{version}/return", f -> v(f) + "/return?revision=" + f.revision(),
        "{\"comment\":\"แก้\"}", EXECUTIVE));
    m.add(json(HttpMethod.POST, "/api/plans/{id}/versions/{version}/publish", f -> v(f) + "/publish?revision=" + f.revision(), "", PUBLISHERS));
    m.add(json(HttpMethod.POST, "/api/plans/{id}/amend", f -> "/api/plans/" + f.plan() + "/amend", "{\"comment\":\"x\"}", PLANNER));
    // monitoring pages
    m.add(get("/plans/{id}/progress", f -> "/plans/" + f.published() + "/progress", READERS));
    String round = "/plans/{id}/progress/{year}/{round}";
    m.add(get(round, Fixture::round, READERS));
    m.add(get(round + "/items/{item}", Fixture::progressItem, READERS));
    m.add(form(round + "/items/{item}", Fixture::progressItem, "status=IN_PROGRESS&done=x&spent=1,000", REPORTERS));
    for (var a : Map.of("submit", REPORTERS, "accept", PLANNER, "return", PLANNER).entrySet()) {
      m.add(form(round + "/items/{item}/review", f -> f.progressItem() + "/review", "action=" + a.getKey() + "&comment=x", a.getValue()));
    }
    m.add(form(round + "/items/{item}/evidence", f -> f.progressItem() + "/evidence", "", REPORTERS));
    m.add(get("/evidence/{evidenceId}", f -> "/evidence/" + f.evidence(), READERS));
    m.add(form(round + "/acknowledge", f -> f.round() + "/acknowledge", "note=x", EXECUTIVE));
    m.add(form(round + "/goals", f -> f.round() + "/goals", "goal=x&actual=1", PLANNER));
    m.add(get(round + "/charts/{chart}.png", f -> f.round() + "/charts/status.png", READERS));
    m.add(get(round + "/report.{format}", f -> f.round() + "/report.docx", READERS));
    m.add(get("/organizations/{id}/monitoring", f -> "/organizations/" + f.org() + "/monitoring", PLANNER));
    m.add(form("/organizations/{id}/monitoring", f -> "/organizations/" + f.org() + "/monitoring",
        "halfMonth=4&halfDay=15&fullMonth=10&fullDay=15", PLANNER));
    // monitoring API
    String api = "/api/plans/{id}/progress/{year}/{round}";
    m.add(get(api, f -> "/api" + f.round(), READERS));
    m.add(get(api + "/items/{item}", f -> "/api" + f.progressItem(), READERS));
    m.add(json(HttpMethod.PUT, api + "/items/{item}", f -> "/api" + f.progressItem(),
        "{\"record\":{\"status\":\"IN_PROGRESS\",\"spent\":\"500\"},\"submit\":false}", REPORTERS));
    m.add(json(HttpMethod.POST, api + "/items/{item}/submit", f -> "/api" + f.progressItem() + "/submit", "", REPORTERS));
    m.add(json(HttpMethod.POST, api + "/items/{item}/accept", f -> "/api" + f.progressItem() + "/accept", "", PLANNER));
    m.add(json(HttpMethod.POST, api + "/items/{item}/return", f -> "/api" + f.progressItem() + "/return", "{\"comment\":\"x\"}", PLANNER));
    m.add(new Endpoint(HttpMethod.POST, api + "/items/{item}/evidence", f -> "/api" + f.progressItem() + "/evidence", null, REPORTERS));
    m.add(json(HttpMethod.POST, api + "/acknowledge", f -> "/api" + f.round() + "/acknowledge", "{\"comment\":\"x\"}", EXECUTIVE));
    m.add(json(HttpMethod.PUT, api + "/goals", f -> "/api" + f.round() + "/goals", "{\"actuals\":{\"x\":\"1\"}}", PLANNER));
    // the chain is one for the installation: any organization's auditor may check it is whole
    m.add(get("/api/audit/verify", f -> "/api/audit/verify", AUDIT_READERS).global());
    // documents: rendered only for those who may read the plan; a job is visible to its owner alone (404 to others)
    m.add(get("/plans/{id}/versions/{version}/documents/{format}", f -> "/plans/" + f.plan() + "/versions/1/documents/xlsx", READERS));
    m.add(get("/api/plans/{id}/versions/{version}/documents/{format}", f -> v(f) + "/documents/eplan-xlsx", READERS));
    m.add(form("/plans/{id}/versions/{version}/documents/{format}", f -> "/plans/" + f.plan() + "/versions/1/documents/xlsx", "", READERS));
    m.add(get("/organizations/{id}/import", f -> "/organizations/" + f.org() + "/import", PLANNER));
    m.add(new Endpoint(HttpMethod.POST, "/organizations/{id}/import", f -> "/organizations/" + f.org() + "/import", FILE, PLANNER));
    m.add(get("/imports/{importId}", f -> "/imports/" + java.util.UUID.randomUUID(), ANYONE));
    m.add(form("/imports/{importId}", f -> "/imports/" + java.util.UUID.randomUUID(), "action=save", ANYONE));
    m.add(get("/documents/jobs/{job}", f -> "/documents/jobs/" + java.util.UUID.randomUUID(), ANYONE));
    m.add(get("/documents/jobs/{job}/file", f -> "/documents/jobs/" + java.util.UUID.randomUUID() + "/file", ANYONE));
    // plan authoring in the browser: readers see read-only pages, only planners change drafts; the library is the system's
    m.add(get("/organizations/{org}/plans/new", f -> "/organizations/" + f.org() + "/plans/new", PLANNER));
    m.add(get("/organizations/{org}/plans/new/entries", f -> "/organizations/" + f.org() + "/plans/new/entries?frameworkCode=NACC_2566", PLANNER));
    m.add(form("/organizations/{org}/plans/new", f -> "/organizations/" + f.org() + "/plans/new",
        "title=แผน&frameworkCode=NACC_2566&firstYear=2566&lastYear=2570&start=EMPTY", PLANNER));
    for (String read : List.of("/part1", "/part1/view", "/part2", "/part3", "/checklist", "/print/part2", "/print/sheets", "/revision")) {
      m.add(get("/plans/{id}/versions/{version}" + read, f -> p(f) + read, READERS));
    }
    m.add(get("/plans/{id}/versions/{version}/part2/items/{item}/view", f -> p(f) + "/part2/items/" + f.item() + "/view", READERS));
    m.add(get("/plans/{id}/versions/{version}/part3/{item}", f -> p(f) + "/part3/" + f.item(), READERS));
    m.add(get("/plans/{id}/versions/{version}/part3/{item}/view", f -> p(f) + "/part3/" + f.item() + "/view", READERS));
    m.add(get("/plans/{id}/compare", f -> "/plans/" + f.plan() + "/compare", READERS));
    m.add(form("/plans/{id}/versions/{version}/part1/form", f -> p(f) + "/part1/form", "op=add:objectives", PLANNER));
    m.add(new Endpoint(HttpMethod.PUT, "/plans/{id}/versions/{version}/part1", f -> p(f) + "/part1?revision=" + f.revision(),
        "rationale=x", PLANNER));
    m.add(form("/plans/{id}/versions/{version}/part2/items", f -> p(f) + "/part2/items?revision=" + f.revision(),
        "missionCode=1.2&name=โครงการ", PLANNER));
    m.add(form("/plans/{id}/versions/{version}/part2/standard-items", f -> p(f) + "/part2/standard-items?revision=" + f.revision(),
        "entries=" + java.util.UUID.randomUUID(), PLANNER));
    m.add(get("/plans/{id}/versions/{version}/part2/items/{item}/more", f -> p(f) + "/part2/items/" + f.item() + "/more", PLANNER));
    m.add(new Endpoint(HttpMethod.PUT, "/plans/{id}/versions/{version}/part2/items/{item}",
        f -> p(f) + "/part2/items/" + f.item() + "?revision=" + f.revision(), "name=โครงการใหม่", PLANNER));
    m.add(new Endpoint(HttpMethod.PUT, "/plans/{id}/versions/{version}/part2/items/{item}/budget/{year}",
        f -> p(f) + "/part2/items/" + f.item() + "/budget/2566?revision=" + f.revision(), "amount=๑,๐๐๐", PLANNER));
    m.add(form("/plans/{id}/versions/{version}/part2/items/{item}/move",
        f -> p(f) + "/part2/items/" + f.item() + "/move?revision=" + f.revision(), "missionCode=2.1&position=0", PLANNER));
    m.add(new Endpoint(HttpMethod.DELETE, "/plans/{id}/versions/{version}/part2/items/{item}",
        f -> p(f) + "/part2/items/" + f.item() + "?revision=" + f.revision(), null, PLANNER));
    m.add(form("/plans/{id}/versions/{version}/part3/{item}/form", f -> p(f) + "/part3/" + f.item() + "/form", "op=add:method", PLANNER));
    m.add(new Endpoint(HttpMethod.PUT, "/plans/{id}/versions/{version}/part3/{item}",
        f -> p(f) + "/part3/" + f.item() + "?revision=" + f.revision(), "principle=หลักการ", PLANNER));
    // the public site: anyone, signed in or not, reads published plans and acknowledged reports (the round is acknowledged)
    String o = "/o/{code}";
    m.add(publicPage("/o", f -> "/o?q=ส่วน&province=ขอนแก่น"));
    m.add(publicPage("/o/", f -> "/o/"));
    m.add(publicPage(o, f -> "/o/" + f.code()));
    m.add(publicPage(o + "/{year:\\d{4}}", f -> "/o/" + f.code() + "/2567"));
    m.add(publicPage(o + "/{year:\\d{4}}/plan", f -> "/o/" + f.code() + "/2567/plan"));
    m.add(publicPage(o + "/plans/{period}/{version:\\d{1,4}}", f -> "/o/" + f.code() + "/plans/2566-2570/1"));
    m.add(publicPage(o + "/plans/{period}/{version:\\d{1,4}}/part3", f -> "/o/" + f.code() + "/plans/2566-2570/1/part3"));
    m.add(publicPage(o + "/plans/{period}/{version:\\d{1,4}}/documents/{format}", f -> "/o/" + f.code() + "/plans/2566-2570/1/documents/xlsx"));
    m.add(publicPage(o + "/{year:\\d{4}}/reports/{round}", f -> "/o/" + f.code() + "/2566/reports/half-year"));
    m.add(publicPage(o + "/{year:\\d{4}}/reports/{round}/report.{format}", f -> "/o/" + f.code() + "/2566/reports/half-year/report.docx"));
    m.add(publicPage(o + "/{year:\\d{4}}/reports/{round}/charts/{chart}.png", f -> "/o/" + f.code() + "/2566/reports/half-year/charts/status.png"));
    m.add(publicPage(o + "/{year:\\d{4}}/ita", f -> "/o/" + f.code() + "/2568/ita"));
    m.add(publicPage(o + "/{year:\\d{4}}/ita/{item}", f -> "/o/" + f.code() + "/2568/ita/O25"));
    // the plan officer's list of links for ITAS: the organization's readers, signed in
    m.add(get("/organizations/{id}/ita", f -> "/organizations/" + f.org() + "/ita", READERS));
    m.add(get("/organizations/{id}/ita/{year:\\d{4}}", f -> "/organizations/" + f.org() + "/ita/2568", READERS));
    m.add(get("/admin/library", f -> "/admin/library", SYSTEM));
    m.add(get("/admin/library/new", f -> "/admin/library/new", SYSTEM));
    m.add(get("/admin/library/{id}", f -> "/admin/library/" + java.util.UUID.randomUUID(), SYSTEM));
    m.add(form("/admin/library", f -> "/admin/library", "name=มาตรการ&kind=MEASURE&position=1&missions[NACC_2566]=2.2", SYSTEM));
    m.add(form("/admin/library/{id}/delete", f -> "/admin/library/" + java.util.UUID.randomUUID() + "/delete", "", SYSTEM));
    return m;
  }

  private static String p(Fixture f) {
    return "/plans/" + f.plan() + "/versions/" + f.version();
  }

  @BeforeAll
  void tenants() {
    owner = data.tenant("own", "ขอนแก่น");
    other = data.tenant("oth", "ขอนแก่น");
    systemAdmin = data.account("sys" + System.nanoTime(), Role.SYSTEM_ADMIN, null);
    oversightInProvince = data.account("ovk" + System.nanoTime(), Role.OVERSIGHT, "ขอนแก่น");
    oversightElsewhere = data.account("ovc" + System.nanoTime(), Role.OVERSIGHT, "เชียงใหม่");
    Plan p = new org.sujarit.monitoring.PublishedPlans(plans, organizations).publish(owner, 1);
    published = p.id().toString();
    publishedItem = p.items().get(0).id().toString();
    // an acknowledged round of an earlier year, for the public report pages (the 2567 round stays open for the monitoring endpoints)
    var acknowledged = org.sujarit.monitoring.ReportingRound.of(2566, org.sujarit.monitoring.RoundKind.HALF_YEAR);
    progress.save(owner.member(Role.PLANNER), p.id(), acknowledged, p.items().get(0).id(), new org.sujarit.monitoring.ProgressForm("DONE",
        "อบรมแล้ว", null, null, "1,000", List.of(), null, null, null, null).toEntry(), null, true);
    progress.accept(owner.member(Role.PLANNER), p.id(), acknowledged, p.items().get(0).id());
    progress.acknowledge(owner.member(Role.EXECUTIVE), p.id(), acknowledged, null);
    evidence = progress.addEvidence(owner.member(Role.PLANNER), p.id(), org.sujarit.monitoring.ReportingRound.of(2567,
        org.sujarit.monitoring.RoundKind.HALF_YEAR), p.items().get(0).id(), "หลักฐาน.pdf",
        new java.io.ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))).id().toString();
  }

  @Test
  void everyEndpointIsInTheMatrix() {
    Set<String> covered = new TreeSet<>();
    matrix().forEach(e -> covered.add(e.method() + " " + e.pattern()));
    Set<String> missing = new TreeSet<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      for (String pattern : info.getPatternValues()) {
        if (PUBLIC.contains(pattern) || pattern.startsWith("/v3/api-docs")) continue;
        Set<String> methods = new TreeSet<>();
        info.getMethodsCondition().getMethods().forEach(mm -> methods.add(mm.name()));
        if (methods.isEmpty()) methods.add("GET");
        methods.forEach(mm -> {
          if (!covered.contains(mm + " " + pattern)) missing.add(mm + " " + pattern);
        });
      }
    }
    assertThat(missing).as("endpoints without an authorization expectation").isEmpty();
  }

  @Test
  void eachEndpointRefusesExactlyTheUsersItMust() throws Exception {
    Map<String, List<String>> wrong = new LinkedHashMap<>();
    for (Endpoint e : matrix()) {
      for (Role role : Role.organizationalRoles()) {
        check(e, owner.member(role), e.allowed().contains(role), wrong);
        check(e, other.member(role), !e.scoped() && e.allowed().contains(role), wrong);
      }
      check(e, systemAdmin, e.allowed().contains(Role.SYSTEM_ADMIN), wrong);
      check(e, oversightInProvince, e.allowed().contains(Role.OVERSIGHT), wrong);
      check(e, oversightElsewhere, !e.scoped() && e.allowed().contains(Role.OVERSIGHT), wrong);
      int anonymous = perform(e, null, fixture()).getResponse().getStatus();
      int redirectOrUnauthorized = e.pattern().startsWith("/api/") ? 401 : 302;
      int expected = e.anonymous() ? 200 : redirectOrUnauthorized;
      if (anonymous != expected) wrong.computeIfAbsent(label(e), k -> new ArrayList<>()).add("anonymous got " + anonymous);
    }
    assertThat(wrong).as("endpoint → users treated wrongly").isEmpty();
  }

  private void check(Endpoint e, CurrentUser user, boolean allowed, Map<String, List<String>> wrong) throws Exception {
    int status = perform(e, user, fixture()).getResponse().getStatus();
    boolean refused = status == 403 || status == 401;
    if (allowed == refused || status >= 500) {
      wrong.computeIfAbsent(label(e), k -> new ArrayList<>())
          .add(user.username() + " " + user.roles() + (user.organizationId() == null ? "" : user.organizationId().equals(owner.organization().id().value()) ? " (own)" : " (other)")
              + " got " + status);
    }
  }

  private org.springframework.test.web.servlet.MvcResult perform(Endpoint e, CurrentUser user, Fixture f) throws Exception {
    AbstractMockHttpServletRequestBuilder<?> req;
    if (FILE.equals(e.body())) {
      req = MockMvcRequestBuilders.multipart(e.path().apply(f)).file(new org.springframework.mock.web.MockMultipartFile("file",
          "plan.txt", "text/plain", "ส่วนที่ 2".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } else {
      req = MockMvcRequestBuilders.request(e.method(), e.path().apply(f));
      if (e.body() != null && e.pattern().startsWith("/api/")) req.contentType(MediaType.APPLICATION_JSON).content(e.body());
      else if (e.body() != null) req.contentType(MediaType.APPLICATION_FORM_URLENCODED).content(e.body());
    }
    if (e.method() != HttpMethod.GET) req.with(csrf());
    if (user != null) {
      CurrentUsers.CurrentUserHolder principal = () -> user;
      req.with(authentication(new UsernamePasswordAuthenticationToken(principal, null,
          user.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList())));
    }
    return mvc.perform(req).andReturn();
  }

  private Fixture fixture() {
    Plan plan = data.draftPlan(owner);
    PlanItem item = plans.addItem(owner.member(Role.PLANNER), plan.id(), 1, plan.revision(),
        new org.sujarit.plan.ItemDraft(null, "1.1", null, "โครงการทดสอบ", null, null, null, null));
    return new Fixture(owner.organization().id().toString(), owner.unit().id().toString(),
        owner.member(Role.VIEWER).userId().toString(), plan.id().toString(), 1, plan.revision() + 1, item.id().toString(), published,
        // the code endpoint above gives the owner new codes: the public pages are asked under the current one
        publishedItem, evidence, organizations.find(owner.organization().id()).orElseThrow().code());
  }

  private static String v(Fixture f) {
    return "/api/plans/" + f.plan() + "/versions/" + f.version();
  }

  private static String label(Endpoint e) {
    return e.method() + " " + e.pattern() + (e.body() != null && e.body().startsWith("action=") ? " " + e.body().split("&")[0] : "");
  }

  private static Endpoint get(String pattern, Function<Fixture, String> path, Set<Role> allowed) {
    return new Endpoint(HttpMethod.GET, pattern, path, null, allowed);
  }

  private static Endpoint publicPage(String pattern, Function<Fixture, String> path) {
    return new Endpoint(HttpMethod.GET, pattern, path, null, ANYONE, false, true);
  }

  private static Endpoint form(String pattern, Function<Fixture, String> path, String body, Set<Role> allowed) {
    return new Endpoint(HttpMethod.POST, pattern, path, body, allowed);
  }

  private static Endpoint json(HttpMethod method, String pattern, Function<Fixture, String> path, String body, Set<Role> allowed) {
    return new Endpoint(method, pattern, path, body, allowed);
  }

  private static Set<Role> union(Set<Role> a, Set<Role> b) {
    Set<Role> s = EnumSet.copyOf(a);
    s.addAll(b);
    return s;
  }
}
