package org.sujarit.security;

import org.sujarit.plan.PlanFixtures;
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
  /** Complaint officers assigned to the channel: nobody else reads a complaint, not the administrators. */
  static final Set<Role> HANDLERS = EnumSet.of(Role.COMPLAINT_OFFICER);
  static final Set<Role> ORG_ADMIN = EnumSet.of(Role.ORG_ADMIN);
  static final Set<Role> OVERSEERS = EnumSet.of(Role.SYSTEM_ADMIN, Role.OVERSIGHT);
  /** Signed-in users of any kind: the endpoint itself shows each only their own data. */
  static final Set<Role> ANYONE = EnumSet.allOf(Role.class);
  /** Paths every visitor may open, and the error page. */
  static final Set<String> PUBLIC = Set.of("/login", "/login/forgot", "/login/reset", "/login/code", "/error", "/health", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config",
      "/api-docs", "/swagger-ui.html");

  /** The citizens' complaint pages and API: open to everyone, signed in or not. */
  static final Set<String> OPEN = Set.of("/o/{code}/complaints/new", "/o/{code}/report-corruption", "/o/{code}/complaints/receipt",
      "/o/{code}/complaints/track", "/o/{code}/complaints/track/reply", "/o/{code}/complaints/track/rate",
      "/o/{code}/complaints/statistics", "/api/public/organizations/{orgId}/complaints", "/api/public/complaints/track",
      "/api/public/organizations/{orgId}/complaint-statistics");
  static final Set<Role> RISK_DRAFTERS = EnumSet.of(Role.PLANNER, Role.AUDITOR);
  static final Set<Role> RISK_REPORTERS = EnumSet.of(Role.UNIT_OFFICER, Role.PLANNER, Role.AUDITOR);

  /** Marks an endpoint that receives an uploaded file. */
  static final String FILE = "<file>";

  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired Plans plans;
  @Autowired org.sujarit.organization.Organizations organizations;
  @Autowired org.sujarit.organization.lookup.OrganizationLookup lookup;
  @Autowired org.sujarit.monitoring.Progress progress;
  @Autowired org.sujarit.monitoring.EvidenceFiles evidenceFiles;
  @Autowired org.sujarit.complaint.internal.Complaints complaints;
  @Autowired org.sujarit.risk.RiskAssessments risks;
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
  /** An evidence file of the acknowledged 2566 round, marked public. */
  String publicEvidence;
  /** A corruption case of the owner with a photo; the owner's complaint officer is assigned to both channels. */
  String complaint;
  String complaintFile;

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
      String publishedItem, String evidence, String publicEvidence, String orgCode, String complaint, String complaintFile, RiskFixture risk) {
    /** The monitoring pages of the 2567 6-month round of the published plan. */
    String round() {
      return "/plans/" + published + "/progress/2567/HALF_YEAR";
    }

    String progressItem() {
      return round() + "/items/" + publishedItem;
    }

    /** The owner's 2567 risk assessment. */
    String riskYear() {
      return "/organizations/" + org + "/risk/2567";
    }

    String riskItem() {
      return riskYear() + "/risks/" + risk.risk();
    }
  }

  /** The current revision of the owner's 2567 assessment, a risk of the owner's unit in it and one of its measures (or a random id). */
  record RiskFixture(long revision, String risk, String measure) {}

  static List<Endpoint> matrix() {
    List<Endpoint> m = new ArrayList<>();
    // pages
    m.add(get("/", f -> "/", ANYONE));
    m.add(get("/organizations", f -> "/organizations", ANYONE));
    m.add(get("/organizations/{id}", f -> "/organizations/" + f.org(), READERS));
    m.add(form("/organizations/{id}/first-run/dismiss", f -> "/organizations/" + f.org() + "/first-run/dismiss", "", READERS));
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
    m.add(form("/members/{accountId}/email", f -> "/members/" + f.account() + "/email", "email=member@example.org", MANAGERS));
    m.add(form("/members/{accountId}/enabled", f -> "/members/" + f.account() + "/enabled", "enabled=true", MANAGERS));
    m.add(get("/help", f -> "/help", ANYONE));
    m.add(get("/account/password", f -> "/account/password", ANYONE));
    m.add(form("/account/password", f -> "/account/password", "currentPassword=wrong&newPassword=x&confirmPassword=x", ANYONE));
    m.add(form("/account/email", f -> "/account/email", "currentPassword=wrong&email=me@example.org", ANYONE));
    // one's own second factor: every signed-in user may open the page; only some roles are offered it (a rule, not a refusal)
    m.add(get("/account/two-factor", f -> "/account/two-factor", ANYONE));
    m.add(form("/account/two-factor/start", f -> "/account/two-factor/start", "", ANYONE));
    m.add(form("/account/two-factor/confirm", f -> "/account/two-factor/confirm", "code=000000", ANYONE));
    m.add(form("/account/two-factor/disable", f -> "/account/two-factor/disable", "code=000000", ANYONE));
    m.add(form("/members/{accountId}/reset-two-factor", f -> "/members/" + f.account() + "/reset-two-factor", "", MANAGERS));
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
    m.add(form(round + "/items/{item}/evidence/offered", f -> f.progressItem() + "/evidence/offered", "kind=complaint.statistics", REPORTERS));
    m.add(get("/evidence/{evidenceId}", f -> "/evidence/" + f.evidence(), READERS));
    m.add(form("/evidence/{evidenceId}/public", f -> "/evidence/" + f.evidence() + "/public", "public=true", PLANNER));
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
    m.add(form("/audit/anchor", f -> "/audit/anchor", "", AUDIT_READERS).global());
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
    m.add(form("/plans/{id}/versions/{version}/part1/risk-year", f -> p(f) + "/part1/risk-year?revision=" + f.revision(), "year=2566", PLANNER));
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
    m.add(publicPage(o, f -> "/o/" + f.orgCode()));
    m.add(publicPage(o + "/{year:\\d{4}}", f -> "/o/" + f.orgCode() + "/2567"));
    m.add(publicPage(o + "/{year:\\d{4}}/plan", f -> "/o/" + f.orgCode() + "/2567/plan"));
    m.add(publicPage(o + "/plans/{period}/{version:\\d{1,4}}", f -> "/o/" + f.orgCode() + "/plans/2566-2570/1"));
    m.add(publicPage(o + "/plans/{period}/{version:\\d{1,4}}/part3", f -> "/o/" + f.orgCode() + "/plans/2566-2570/1/part3"));
    m.add(publicPage(o + "/plans/{period}/{version:\\d{1,4}}/documents/{format}", f -> "/o/" + f.orgCode() + "/plans/2566-2570/1/documents/xlsx"));
    m.add(publicPage(o + "/{year:\\d{4}}/reports/{round}", f -> "/o/" + f.orgCode() + "/2566/reports/half-year"));
    m.add(publicPage(o + "/{year:\\d{4}}/reports/{round}/report.{format}", f -> "/o/" + f.orgCode() + "/2566/reports/half-year/report.docx"));
    m.add(publicPage(o + "/{year:\\d{4}}/reports/{round}/evidence/{id}", f -> "/o/" + f.orgCode() + "/2566/reports/half-year/evidence/" + f.publicEvidence()));
    m.add(publicPage(o + "/{year:\\d{4}}/reports/{round}/charts/{chart}.png", f -> "/o/" + f.orgCode() + "/2566/reports/half-year/charts/status.png"));
    m.add(publicPage(o + "/{year:\\d{4}}/ita", f -> "/o/" + f.orgCode() + "/2568/ita"));
    m.add(publicPage(o + "/{year:\\d{4}}/ita/{item}", f -> "/o/" + f.orgCode() + "/2568/ita/O25"));
    m.add(publicPage("/sitemap.xml", f -> "/sitemap.xml"));
    m.add(publicPage("/audit/anchors", f -> "/audit/anchors"));
    m.add(publicPage("/audit/anchors.json", f -> "/audit/anchors.json"));
    m.add(publicPage("/audit/anchors/latest.json", f -> "/audit/anchors/latest.json"));
    m.add(publicPage("/audit/anchors/key.pem", f -> "/audit/anchors/key.pem"));
    m.add(publicPage("/open-data/plans.csv", f -> "/open-data/plans.csv"));
    m.add(publicPage(o + "/plans/{period}/{version:\\d{1,4}}/data.{format}", f -> "/o/" + f.orgCode() + "/plans/2566-2570/1/data.csv"));
    m.add(publicPage("/api/public/organizations", f -> "/api/public/organizations?province=ขอนแก่น"));
    m.add(publicPage("/api/public/organizations/{code}", f -> "/api/public/organizations/" + f.orgCode()));
    m.add(publicPage("/api/public/organizations/{code}/plans/{period}/{version}", f -> "/api/public/organizations/" + f.orgCode() + "/plans/2566-2570/1"));
    m.add(publicPage("/api/public/organizations/{code}/{year}/reports/{round}", f -> "/api/public/organizations/" + f.orgCode() + "/2566/reports/half-year"));
    // the plan officer's list of links for ITAS: the organization's readers, signed in
    m.add(get("/organizations/{id}/ita", f -> "/organizations/" + f.org() + "/ita", READERS));
    m.add(get("/organizations/{id}/ita/{year:\\d{4}}", f -> "/organizations/" + f.org() + "/ita/2568", READERS));
    m.add(form("/organizations/{id}/ita/{year:\\d{4}}/site", f -> "/organizations/" + f.org() + "/ita/2568/site",
        "site=www.matrix.go.th", PUBLISHERS));
    m.add(get("/admin/library", f -> "/admin/library", SYSTEM));
    m.add(get("/admin/library/new", f -> "/admin/library/new", SYSTEM));
    m.add(get("/admin/library/{id}", f -> "/admin/library/" + java.util.UUID.randomUUID(), SYSTEM));
    m.add(form("/admin/library", f -> "/admin/library", "name=มาตรการ&kind=MEASURE&position=1&missions[NACC_2566]=2.2", SYSTEM));
    // risk assessment and No Gift (risk module); approval last, so the draft endpoints meet a draft
    m.add(get("/organizations/{org}/risk", f -> "/organizations/" + f.org() + "/risk", READERS));
    m.add(form("/organizations/{org}/risk", f -> "/organizations/" + f.org() + "/risk", "year=2568&matrix=NACC-3x3", RISK_DRAFTERS));
    m.add(get("/organizations/{org}/risk/compare", f -> "/organizations/" + f.org() + "/risk/compare", READERS));
    String ry = "/organizations/{org}/risk/{year}";
    m.add(get(ry, Fixture::riskYear, READERS));
    m.add(form(ry + "/risks", f -> f.riskYear() + "/risks" + rev(f), "area=BRIBERY&description=ก&light=RED&likelihood=3&impact=3", RISK_DRAFTERS));
    m.add(get(ry + "/risks/{risk}", Fixture::riskItem, READERS));
    m.add(form(ry + "/risks/{risk}", f -> f.riskItem() + rev(f), "area=BUDGET&description=ข&light=ORANGE", RISK_DRAFTERS));
    m.add(form(ry + "/risks/{risk}/measures", f -> f.riskItem() + "/measures" + rev(f) + "&planItem=" + f.publishedItem(), "", RISK_DRAFTERS));
    m.add(form(ry + "/risks/{risk}/measures/{measure}/delete", f -> f.riskItem() + "/measures/" + f.risk().measure() + "/delete" + rev(f), "",
        RISK_DRAFTERS));
    m.add(form(ry + "/risks/{risk}/status", f -> f.riskItem() + "/status", "treatment=IN_PROGRESS&results=x", RISK_REPORTERS));
    m.add(form(ry + "/matrix", f -> f.riskYear() + "/matrix" + rev(f), "matrix=NACC-3x3", RISK_DRAFTERS));
    m.add(get(ry + "/surveillance/{round}", f -> f.riskYear() + "/surveillance/HALF_YEAR", READERS));
    m.add(form(ry + "/surveillance/{round}", f -> f.riskYear() + "/surveillance/HALF_YEAR?risk=" + f.risk().risk(), "status=GREEN", RISK_REPORTERS));
    m.add(form(ry + "/surveillance/{round}/review", f -> f.riskYear() + "/surveillance/HALF_YEAR/review?risk=" + f.risk().risk(), "decision=accept",
        RISK_DRAFTERS));
    m.add(get(ry + "/report.{format}", f -> f.riskYear() + "/report.docx", READERS));
    m.add(get(ry + "/yearly-report.{format}", f -> f.riskYear() + "/yearly-report.docx", READERS));
    m.add(form(ry + "/risks/{risk}/delete", f -> f.riskItem() + "/delete" + rev(f), "", RISK_DRAFTERS));
    m.add(form(ry + "/approve", f -> f.riskYear() + "/approve" + rev(f), "", EXECUTIVE));
    m.add(form(ry + "/acknowledge", f -> f.riskYear() + "/acknowledge", "note=x", EXECUTIVE));
    m.add(publicPage("/risk/matrices.css", f -> "/risk/matrices.css"));
    m.add(get("/organizations/{org}/no-gift", f -> "/organizations/" + f.org() + "/no-gift", ANYONE));
    String ng = "/organizations/{org}/no-gift/{year}";
    m.add(get(ng, f -> "/organizations/" + f.org() + "/no-gift/2568", READERS));
    m.add(form(ng + "/gifts", f -> "/organizations/" + f.org() + "/no-gift/2568/gifts",
        "direction=RECEIVED&person=ก&counterparty=ข&description=ค&occasion=ง&value=100&on=2024-12-01&decision=RETURNED", ALL_OWN));
    m.add(form(ng + "/policy", f -> "/organizations/" + f.org() + "/no-gift/2568/policy", "announcedOn=2024-10-01", PLANNER));
    m.add(form(ng + "/announcement/sign", f -> "/organizations/" + f.org() + "/no-gift/2568/announcement/sign", "", EXECUTIVE));
    m.add(form(ng + "/announcement/redraft", f -> "/organizations/" + f.org() + "/no-gift/2568/announcement/redraft", "", PLANNER));
    m.add(get(ng + "/{document}.{format}", f -> "/organizations/" + f.org() + "/no-gift/2568/announcement.docx", READERS));
    String ra = "/api/organizations/{orgId}/risk-assessments/{fiscalYear}";
    m.add(get(ra, f -> "/api/organizations/" + f.org() + "/risk-assessments/2567", READERS));
    m.add(json(HttpMethod.PUT, ra, f -> "/api/organizations/" + f.org() + "/risk-assessments/2569",
        "{\"revision\":0,\"risks\":[{\"area\":\"BRIBERY\",\"description\":\"รับสินบน\",\"light\":\"RED\",\"likelihood\":2,\"impact\":3}]}",
        RISK_DRAFTERS));
    m.add(get("/api/risk/matrices", f -> "/api/risk/matrices", ANYONE));
    m.add(get("/api/organizations/{orgId}/no-gift/{fiscalYear}", f -> "/api/organizations/" + f.org() + "/no-gift/2568", READERS));
    m.add(json(HttpMethod.PUT, "/api/organizations/{orgId}/no-gift/{fiscalYear}", f -> "/api/organizations/" + f.org() + "/no-gift/2568",
        "{\"announcedOn\":\"2024-10-01\"}", PLANNER));
    m.add(json(HttpMethod.POST, "/api/organizations/{orgId}/no-gift/{fiscalYear}/redraft",
        f -> "/api/organizations/" + f.org() + "/no-gift/2568/redraft", "", PLANNER));
    m.add(json(HttpMethod.POST, "/api/organizations/{orgId}/no-gift/{fiscalYear}/sign",
        f -> "/api/organizations/" + f.org() + "/no-gift/2568/sign", "", EXECUTIVE));
    // the public risk and No Gift pages: the 2566 assessment approved in the set-up, the No Gift year drafted and signed above
    m.add(publicPage(o + "/{year:\\d{4}}/risk", f -> "/o/" + f.orgCode() + "/2566/risk"));
    m.add(publicPage(o + "/{year:\\d{4}}/risk/report.{format}", f -> "/o/" + f.orgCode() + "/2566/risk/report.docx"));
    m.add(publicPage(o + "/{year:\\d{4}}/risk/yearly-report.{format}", f -> "/o/" + f.orgCode() + "/2566/risk/yearly-report.docx"));
    m.add(publicPage(o + "/{year:\\d{4}}/no-gift", f -> "/o/" + f.orgCode() + "/2568/no-gift"));
    m.add(publicPage(o + "/{year:\\d{4}}/no-gift/{document}.{format}", f -> "/o/" + f.orgCode() + "/2568/no-gift/report.docx"));
    m.add(publicPage(o + "/{year:\\d{4}}/complaints", f -> "/o/" + f.orgCode() + "/2568/complaints"));
    m.add(publicPage(o + "/{year:\\d{4}}/complaints/guideline", f -> "/o/" + f.orgCode() + "/2568/complaints/guideline"));
    m.add(json(HttpMethod.POST, "/api/organizations/{orgId}/gifts", f -> "/api/organizations/" + f.org() + "/gifts",
        "{\"direction\":\"RECEIVED\",\"person\":\"ก\",\"counterparty\":\"ข\",\"description\":\"ค\",\"occasion\":\"ง\",\"value\":\"100\",\"on\":\"2024-12-01\",\"decision\":\"RETURNED\"}",
        ALL_OWN));
    m.add(form("/admin/library/{id}/delete", f -> "/admin/library/" + java.util.UUID.randomUUID() + "/delete", "", SYSTEM));
    // complaints: the public channels are open to all; cases only to their assigned officers; statistics to every reader
    m.add(get("/o/{code}/complaints/new", f -> "/o/" + f.orgCode() + "/complaints/new", ANYONE).global());
    m.add(get("/o/{code}/report-corruption", f -> "/o/" + f.orgCode() + "/report-corruption", ANYONE).global());
    String report = "anonymous=true&subject=s&details=d&category=OTHER&consent=true";
    m.add(form("/o/{code}/complaints/new", f -> "/o/" + f.orgCode() + "/complaints/new", report, ANYONE).global());
    m.add(form("/o/{code}/report-corruption", f -> "/o/" + f.orgCode() + "/report-corruption", report, ANYONE).global());
    m.add(form("/o/{code}/complaints/receipt", f -> "/o/" + f.orgCode() + "/complaints/receipt",
        "receipt=12345678901234567890&channel=GENERAL&receivedOn=2026-01-05", ANYONE).global());
    m.add(get("/o/{code}/complaints/track", f -> "/o/" + f.orgCode() + "/complaints/track", ANYONE).global());
    m.add(form("/o/{code}/complaints/track", f -> "/o/" + f.orgCode() + "/complaints/track", "receipt=1", ANYONE).global());
    m.add(form("/o/{code}/complaints/track/reply", f -> "/o/" + f.orgCode() + "/complaints/track/reply", "receipt=1&text=x", ANYONE).global());
    m.add(form("/o/{code}/complaints/track/rate", f -> "/o/" + f.orgCode() + "/complaints/track/rate", "receipt=1&score=5", ANYONE).global());
    m.add(get("/o/{code}/complaints/statistics", f -> "/o/" + f.orgCode() + "/complaints/statistics", ANYONE).global());
    m.add(json(HttpMethod.POST, "/api/public/organizations/{orgId}/complaints", f -> "/api/public/organizations/" + f.org() + "/complaints",
        "{\"channel\":\"GENERAL\",\"anonymous\":true,\"subject\":\"s\",\"details\":\"d\"}", ANYONE).global());
    m.add(json(HttpMethod.POST, "/api/public/complaints/track", f -> "/api/public/complaints/track", "{\"receipt\":\"1\"}", ANYONE).global());
    m.add(get("/api/public/organizations/{orgId}/complaint-statistics", f -> "/api/public/organizations/" + f.org() + "/complaint-statistics",
        ANYONE).global());
    m.add(get("/organizations/{id}/complaints", f -> "/organizations/" + f.org() + "/complaints", HANDLERS));
    m.add(form("/organizations/{id}/complaints/mail", f -> "/organizations/" + f.org() + "/complaints/mail", "address=", HANDLERS));
    m.add(get("/organizations/{id}/complaints/register", f -> "/organizations/" + f.org() + "/complaints/register", HANDLERS));
    m.add(form("/organizations/{id}/complaints/register", f -> "/organizations/" + f.org() + "/complaints/register",
        "channel=CORRUPTION&intake=TELEPHONE&anonymous=true&subject=s&details=d&category=BRIBERY", HANDLERS));
    m.add(get("/complaints/{caseId}", f -> "/complaints/" + f.complaint(), HANDLERS));
    m.add(form("/complaints/{caseId}/workflow", f -> "/complaints/" + f.complaint() + "/workflow", "action=EXPLAIN_DELAY&text=x", HANDLERS));
    m.add(form("/complaints/{caseId}/messages", f -> "/complaints/" + f.complaint() + "/messages", "text=x", HANDLERS));
    m.add(form("/complaints/{caseId}/reveal", f -> "/complaints/" + f.complaint() + "/reveal", "", HANDLERS));
    m.add(get("/complaints/attachments/{attachmentId}", f -> "/complaints/attachments/" + f.complaintFile(), HANDLERS));
    m.add(get("/organizations/{id}/complaints/statistics", f -> "/organizations/" + f.org() + "/complaints/statistics", READERS));
    m.add(get("/organizations/{id}/complaints/statistics.csv", f -> "/organizations/" + f.org() + "/complaints/statistics.csv", READERS));
    m.add(get("/organizations/{id}/complaints/report.{format}", f -> "/organizations/" + f.org() + "/complaints/report.docx?half=1", READERS));
    m.add(get("/organizations/{id}/complaints/settings", f -> "/organizations/" + f.org() + "/complaints/settings", ORG_ADMIN));
    m.add(form("/organizations/{id}/complaints/settings", f -> "/organizations/" + f.org() + "/complaints/settings",
        "channel=GENERAL&open=true&deadlineDays=15", ORG_ADMIN)); // refused for want of an officer: nothing changes
    m.add(get("/api/complaints/statistics", f -> "/api/complaints/statistics?organization=" + f.org(), READERS));
    m.add(get("/api/complaints", f -> "/api/complaints?organization=" + f.org(), HANDLERS));
    m.add(get("/api/complaints/{caseId}", f -> "/api/complaints/" + f.complaint(), HANDLERS));
    m.add(json(HttpMethod.POST, "/api/complaints/{caseId}/actions", f -> "/api/complaints/" + f.complaint() + "/actions",
        "{\"action\":\"EXPLAIN_DELAY\",\"text\":\"x\"}", HANDLERS));
    m.add(json(HttpMethod.POST, "/api/complaints/{caseId}/messages", f -> "/api/complaints/" + f.complaint() + "/messages",
        "{\"text\":\"x\"}", HANDLERS));
    // oversight: the country views scope a province officer to their province (global); a province's views refuse other provinces
    m.add(get("/oversight", f -> "/oversight?fiscalYear=2567", OVERSEERS).global());
    m.add(form("/oversight/rebuild", f -> "/oversight/rebuild", "", SYSTEM));
    m.add(get("/oversight/provinces.{format}", f -> "/oversight/provinces.csv", OVERSEERS).global());
    m.add(get("/oversight/provinces/{province}", f -> "/oversight/provinces/40", OVERSEERS));
    m.add(get("/oversight/provinces/{province}/organizations.{format}", f -> "/oversight/provinces/40/organizations.xlsx", OVERSEERS));
    m.add(get("/api/oversight/summary", f -> "/api/oversight/summary?cycle=NACC_2566&fiscalYear=2569", OVERSEERS).global());
    m.add(get("/api/oversight/summary", f -> "/api/oversight/summary?cycle=NACC_2566&fiscalYear=2569&province=40", OVERSEERS));
    m.add(get("/api/oversight/organizations/{id}", f -> "/api/oversight/organizations/" + f.org() + "?fiscalYear=2567", OVERSEERS));
    return m;
  }

  private static String rev(Fixture f) {
    return "?revision=" + f.risk().revision();
  }

  private static String p(Fixture f) {
    return "/plans/" + f.plan() + "/versions/" + f.version();
  }

  @BeforeAll
  void tenants() throws java.io.IOException {
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
    progress.save(owner.member(Role.PLANNER), p.id(), acknowledged, p.items().get(0).id(), new org.sujarit.monitoring.web.ProgressForm("DONE",
        "อบรมแล้ว", null, null, "1,000", List.of(), null, null, null, null).toEntry(), null, true);
    progress.accept(owner.member(Role.PLANNER), p.id(), acknowledged, p.items().get(0).id());
    progress.acknowledge(owner.member(Role.EXECUTIVE), p.id(), acknowledged, null);
    var shown = evidenceFiles.add(owner.member(Role.PLANNER), p.id(), acknowledged, p.items().get(0).id(), "ภาพกิจกรรม.pdf",
        new java.io.ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    publicEvidence = evidenceFiles.markPublic(owner.member(Role.PLANNER), shown.id(), true).id().toString();
    // an approved assessment of 2566 for the public risk pages (the 2567 one stays a draft for the drafting endpoints)
    var y2566 = org.sujarit.common.FiscalYear.of(2566);
    var draft2566 = risks.start(owner.member(Role.PLANNER), owner.organization().id(), y2566, null, org.sujarit.risk.RiskAssessments.Start.EMPTY);
    draft2566 = risks.addRisk(owner.member(Role.PLANNER), owner.organization().id(), y2566, draft2566.revision(),
        org.sujarit.risk.Risk.identified(org.sujarit.risk.RiskArea.BRIBERY, "การออกใบอนุญาต", "เรียกรับเงิน",
            org.sujarit.risk.RiskFactor.KNOWN, owner.unit().id(), org.sujarit.risk.TrafficLight.GREEN));
    risks.approve(owner.member(Role.EXECUTIVE), owner.organization().id(), y2566, draft2566.revision());
    evidence = evidenceFiles.add(owner.member(Role.PLANNER), p.id(), org.sujarit.monitoring.ReportingRound.of(2567,
        org.sujarit.monitoring.RoundKind.HALF_YEAR), p.items().get(0).id(), "หลักฐาน.pdf",
        new java.io.ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))).id().toString();
    CurrentUser officer = owner.member(Role.COMPLAINT_OFFICER);
    for (org.sujarit.complaint.Channel c : org.sujarit.complaint.Channel.values()) {
      complaints.configure(owner.member(Role.ORG_ADMIN), owner.organization().id(),
          new org.sujarit.complaint.internal.Views.ChannelSetup(c, true, 15, List.of(officer.userId())));
    }
    complaints.register(officer, owner.organization().id(), new org.sujarit.complaint.Submission(org.sujarit.complaint.Channel.CORRUPTION,
            false, "ผู้แจ้ง", "0800000000", false, "เรื่อง", "รายละเอียด", "", "", "", "", "BRIBERY", true),
        org.sujarit.complaint.IntakeChannel.LETTER, java.time.LocalDate.now(org.sujarit.common.ThaiDates.BANGKOK),
        List.of(new org.sujarit.complaint.internal.Upload("p.jpg", org.sujarit.complaint.protection.MetadataStripperTest.jpegWithMetadata("x"))));
    var c = complaints.list(officer, owner.organization().id(), org.sujarit.complaint.internal.CaseFilter.ALL, 1).cases().get(0);
    complaint = c.id().toString();
    complaintFile = complaints.view(officer, c.id()).attachments().get(0).id().toString();
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
      if (OPEN.contains(e.pattern())) {
        if (anonymous == 401 || anonymous == 403 || anonymous == 302 || anonymous >= 500)
          wrong.computeIfAbsent(label(e), k -> new ArrayList<>()).add("anonymous got " + anonymous + " on a public page");
      } else {
        int expected = e.anonymous() ? 200 : redirectOrUnauthorized;
        if (anonymous != expected) wrong.computeIfAbsent(label(e), k -> new ArrayList<>()).add("anonymous got " + anonymous);
      }
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
    PlanItem item = PlanFixtures.addItem(plans, owner.member(Role.PLANNER), plan.id(), 1, plan.revision(),
        new org.sujarit.plan.internal.ItemDraft(null, "1.1", null, "โครงการทดสอบ", null, null, null, null));
    return new Fixture(owner.organization().id().toString(), owner.unit().id().toString(),
        owner.member(Role.VIEWER).userId().toString(), plan.id().toString(), 1, plan.revision() + 1, item.id().toString(), published,
        // the code endpoint gives the owner new codes: the public pages are asked under the current one
        publishedItem, evidence, publicEvidence, lookup.find(owner.organization().id()).orElseThrow().code(), complaint, complaintFile,
        riskFixture());
  }

  /** The owner's 2567 assessment, started on first use, always holding a risk of the owner's unit while it is a draft. */
  private RiskFixture riskFixture() {
    CurrentUser planner = owner.member(Role.PLANNER);
    var orgId = owner.organization().id();
    var year = org.sujarit.common.FiscalYear.of(2567);
    // the assessment alone: a view would load every plan of the owner, and each check adds a draft plan
    var a = risks.all(planner, orgId).stream().filter(x -> x.year().equals(year)).findFirst()
        .orElseGet(() -> risks.start(planner, orgId, year, null, org.sujarit.risk.RiskAssessments.Start.EMPTY));
    var mine = a.risks().stream().filter(r -> owner.unit().id().equals(r.ownerUnit())).findFirst();
    if (mine.isEmpty() && a.draft()) {
      var r = org.sujarit.risk.Risk.identified(org.sujarit.risk.RiskArea.BRIBERY, null, "เรียกรับสินบน", null, owner.unit().id(),
          org.sujarit.risk.TrafficLight.GREEN);
      a = risks.addMeasure(planner, orgId, year, risks.addRisk(planner, orgId, year, a.revision(), r).revision(), r.id(),
          org.sujarit.risk.Measure.own("ตรวจสอบ", null, null, null));
      mine = a.findRisk(r.id());
    }
    String risk = mine.map(r -> r.id().toString()).orElse(java.util.UUID.randomUUID().toString());
    String measure = mine.flatMap(r -> r.measures().stream().findFirst()).map(x -> x.id().toString())
        .orElse(java.util.UUID.randomUUID().toString());
    return new RiskFixture(a.revision(), risk, measure);
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
