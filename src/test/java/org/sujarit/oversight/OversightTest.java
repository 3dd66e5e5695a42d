package org.sujarit.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.sujarit.IntegrationTest;
import org.sujarit.TestData;
import org.sujarit.access.AccessRefusedException;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.CurrentUsers;
import org.sujarit.access.Role;
import org.sujarit.account.Accounts;
import org.sujarit.account.NewAccount;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.ThaiDates;
import org.sujarit.complaint.CaseSeal;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.Status;
import org.sujarit.complaint.Submission;
import org.sujarit.complaint.internal.CaseFilter;
import org.sujarit.complaint.internal.Complaints;
import org.sujarit.complaint.internal.Views.CaseView;
import org.sujarit.complaint.internal.Views.ChannelSetup;
import org.sujarit.complaint.statistics.ComplaintFigures;
import org.sujarit.monitoring.ProgressFigures;
import org.sujarit.monitoring.ProgressStatus;
import org.sujarit.monitoring.Progress;
import org.sujarit.monitoring.PublishedPlans;
import org.sujarit.monitoring.ReportingRound;
import org.sujarit.monitoring.RoundKind;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.OrganizationKind;
import org.sujarit.organization.Organizations;
import org.sujarit.organization.lookup.OrganizationLookup;
import org.sujarit.oversight.figures.Figures;
import org.sujarit.oversight.figures.IntegrityFigures;
import org.sujarit.oversight.figures.OrganizationRow;
import org.sujarit.oversight.figures.Province;
import org.sujarit.oversight.figures.Provinces;
import org.sujarit.oversight.figures.RoundFigures;
import org.sujarit.oversight.figures.Summary;
import org.sujarit.oversight.generate.NationalGenerator;
import org.sujarit.oversight.readmodel.Oversight;
import org.sujarit.oversight.readmodel.OversightReadModel;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanId;
import org.sujarit.plan.Plans;
import org.sujarit.publication.ItaReadiness;
import org.sujarit.risk.RiskAssessmentApproved;
import org.sujarit.risk.RiskSummaries;
import org.sujarit.risk.nogift.NoGift;
import org.sujarit.risk.nogift.NoGiftPolicy;

/**
 * A small generated country (200 organizations): the read model's figures equal those the monitoring,
 * complaint, risk and publication modules compute from the records, events keep it current, a province officer sees only their
 * province, and the tables export as CSV and XLSX without formulas.
 */
@IntegrationTest
@Import(TestData.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OversightTest {
  static final String CYCLE = "NACC_2566";

  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;
  @Autowired OversightReadModel model;
  @Autowired Oversight oversight;
  @Autowired Progress progress;
  @Autowired Plans plans;
  @Autowired Organizations organizations;
  @Autowired OrganizationLookup lookup;
  @Autowired TestData data;
  @Autowired MockMvc mvc;
  @Autowired Complaints complaints;
  @Autowired RiskSummaries riskSummaries;
  @Autowired ItaReadiness itaReadiness;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transactions;
  @Autowired CaseSeal caseSeal;
  @Autowired Accounts accounts;
  @Autowired NoGift noGift;
  @Autowired PasswordEncoder passwords;

  String plannerHash;
  NationalGenerator.Result country;
  NationalGenerator.Result rehearsal;
  String rehearsalFingerprint;
  String countryFingerprint;
  CurrentUser admin;
  CurrentUser khonKaen;

  @BeforeAll
  void generate() throws Exception {
    plannerHash = passwords.encode(TestData.PASSWORD);
    // the same seed once in a transaction rolled back, then for good: the two must not differ
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      rehearsal = generator().generate(c);
      rehearsalFingerprint = fingerprint(c);
      c.rollback();
    }
    country = generator().generate(dataSource);
    try (Connection c = dataSource.getConnection()) {
      countryFingerprint = fingerprint(c);
    }
    model.rebuild();
    admin = data.account("ovadmin" + System.nanoTime(), Role.SYSTEM_ADMIN, null);
    khonKaen = data.account("ovkk" + System.nanoTime(), Role.OVERSIGHT, "ขอนแก่น");
  }

  @Test
  void theCountryHasEveryKindAndProvince() {
    assertThat(country.organizations()).isEqualTo(200);
    assertThat(jdbc.queryForObject("select count(distinct province) from organization where kind = 'PAO'", Integer.class)).isEqualTo(76);
    assertThat(jdbc.queryForObject("select count(*) from organization where kind in ('BANGKOK', 'PATTAYA')", Integer.class)).isEqualTo(2);
    assertThat(jdbc.queryForList("select distinct kind from organization", String.class))
        .contains("SAO", "SUBDISTRICT_MUNICIPALITY", "TOWN_MUNICIPALITY", "CITY_MUNICIPALITY");
    assertThat(country.items()).isBetween(30L * country.plans(), 60L * country.plans());
    Summary s = oversight.summary(admin, CYCLE, 2569, null);
    assertThat(s.provinces()).hasSize(77);
    Figures t = s.total();
    assertThat(t.noPlan() + t.draft() + t.approved() + t.published()).isEqualTo(t.organizations());
    assertThat(t.fullYear().reported()).isPositive();
  }

  private NationalGenerator generator() {
    return new NationalGenerator(12, LocalDate.of(2026, 10, 31), 200, caseSeal, plannerHash);
  }

  /** Counts and digests of what the generator writes, on {@code c}; sealed bytes differ from run to run (fresh keys), facts may not. */
  private static String fingerprint(Connection c) throws java.sql.SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
        select concat_ws(' | ', (select count(*) from organization), (select count(*) from plan_item), (select count(*) from progress_record),
          (select count(*) || ' ' || md5(string_agg(concat(id, status, answered_on, satisfaction, anonymous), ',' order by id))
            from complaint_case),
          (select count(*) || ' ' || md5(string_agg(concat(action, on_date), ',' order by action, on_date)) from complaint_event),
          (select count(*) from risk_assessment),
          (select count(*) || ' ' || md5(string_agg(concat(risk_id, round, status, review), ',' order by risk_id, round)) from risk_surveillance),
          (select count(*) || ' ' || md5(string_agg(concat(organization_id, fiscal_year, status, announced_on, activity_items), ','
            order by organization_id, fiscal_year)) from nogift_policy),
          (select count(*) || ' ' || sum(value) || ' ' || md5(string_agg(concat(id, given_on, decision), ',' order by id)) from gift_record))""")) {
      rs.next();
      return rs.getString(1);
    }
  }

  @Test
  void theSameSeedGivesTheSameCountry() throws Exception {
    assertThat(rehearsal).usingRecursiveComparison().ignoringFields("millis").isEqualTo(country);
    assertThat(countryFingerprint).isEqualTo(rehearsalFingerprint);
    assertThat(country.complaints()).isPositive();
    assertThat(country.surveillanceReports()).isPositive();
    assertThat(country.gifts()).isPositive();
    // most organizations announce the policy each year, most of them signed; some register gifts
    long orgYears = 4L * country.organizations();
    assertThat(country.noGiftPolicies()).isBetween(orgYears * 8 / 10, orgYears * 95 / 100);
    assertThat(country.noGiftSigned()).isBetween(orgYears * 7 / 10, country.noGiftPolicies());
    assertThat(jdbc.queryForObject("select count(distinct (organization_id, fiscal_year)) from gift_record", Long.class))
        .isBetween(orgYears / 5, orgYears / 2);
  }

  @Test
  void theGeneratedNoGiftYearsReadThroughTheRiskModule() {
    FiscalYear fy = FiscalYear.of(2569);
    Map<OrganizationId, NoGiftPolicy> published = noGift.publishedPolicies(fy);
    assertThat(published).hasSize(jdbc.queryForObject("select count(*) from nogift_policy where fiscal_year = 2569 and signed_on <= current_date",
        Integer.class));
    UUID withGifts = jdbc.queryForObject("select organization_id from gift_record where fiscal_year = 2569 group by 1 order by count(*) desc limit 1",
        UUID.class);
    Organization o = lookup.find(new OrganizationId(withGifts)).orElseThrow();
    NoGift.Year year = noGift.forReport(admin, o.id(), fy);
    assertThat(year.gifts()).hasSize(jdbc.queryForObject("select count(*) from gift_record where organization_id = ? and fiscal_year = 2569",
        Integer.class, withGifts));
    assertThat(year.policy().activities()).allSatisfy(id -> assertThat(year.planItems()).containsKey(id));
  }

  @Test
  void aGeneratedComplaintOpensForItsOfficerWithItsText() throws Exception {
    Map<String, Object> found = jdbc.queryForMap("select id, organization_id, channel from complaint_case where status = 'CLOSED'"
        + " and sealed_identity is not null and key_id <> 'synthetic' limit 1");
    UUID caseId = (UUID) found.get("id");
    UUID org = (UUID) found.get("organization_id");
    Channel channel = Channel.valueOf((String) found.get("channel"));
    long n = System.nanoTime();
    CurrentUser orgAdmin = accounts.createBySystem(new NewAccount("ovcadm" + n, "ผู้ดูแล", TestData.PASSWORD, org, null, Set.of(Role.ORG_ADMIN), null))
        .asCurrentUser();
    CurrentUser officer = accounts.createBySystem(new NewAccount("ovcoff" + n, "เจ้าหน้าที่", TestData.PASSWORD, org, null,
        Set.of(Role.COMPLAINT_OFFICER), null)).asCurrentUser();
    complaints.configure(orgAdmin, new OrganizationId(org), new ChannelSetup(channel, true, 15, List.of(officer.userId())));
    CaseView view = complaints.view(officer, caseId);
    assertThat(view.status()).isEqualTo(Status.CLOSED);
    assertThat(view.content().details()).contains("ข้อความสมมุติ");
    assertThat(view.result().isEmpty() && view.reason().isEmpty()).isFalse();
    assertThat(view.history()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(complaints.reveal(officer, caseId).name()).startsWith("ผู้ร้องเรียนสมมุติ");
    MvcResult page = get("/complaints/" + caseId, officer);
    assertThat(page.getResponse().getStatus()).isEqualTo(200);
    assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(view.content().subject(), "ข้อความสมมุติ");
  }

  @Test
  void everyOrganizationHasAPlannerWhoSignsInWithTheGivenPassword() throws Exception {
    assertThat(jdbc.queryForObject("select count(distinct u.organization_id) from app_user u join user_role r on r.user_id = u.id"
        + " where u.username ~ '^planner[0-9]+$' and r.role = 'PLANNER'", Integer.class)).isEqualTo(200);
    UUID org = jdbc.queryForObject("select organization_id from app_user where username = ?", UUID.class, NationalGenerator.plannerName(200));
    MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", NationalGenerator.plannerName(200))
        .param("password", TestData.PASSWORD).with(csrf())).andReturn().getRequest().getSession();
    MvcResult page = mvc.perform(MockMvcRequestBuilders.get("/organizations/" + org).session(session)).andReturn();
    assertThat(page.getResponse().getStatus()).isEqualTo(200); // signed in, no password change asked
  }

  @Test
  void readModelFiguresEqualThoseComputedFromTheRecords() {
    List<Map<String, Object>> inForce = jdbc.queryForList(
        "select organization_id, plan_id from oversight_plan where status in ('APPROVED', 'PUBLISHED')"
            + " and plan_id in (select plan_id from plan_version where created_by = 'generator')");
    assertThat(inForce).hasSizeGreaterThan(100);
    for (Map<String, Object> p : inForce) {
      UUID org = (UUID) p.get("organization_id");
      PlanId plan = new PlanId((UUID) p.get("plan_id"));
      for (int year : new int[] {2567, 2569}) {
        OrganizationRow row = oversight.organization(admin, CYCLE, year, org);
        for (RoundKind kind : RoundKind.values()) {
          Progress.Board board = progress.board(admin, plan, ReportingRound.of(year, kind));
          ProgressFigures f = board.figures();
          RoundFigures r = kind == RoundKind.HALF_YEAR ? row.figures().halfYear() : row.figures().fullYear();
          String where = row.name() + " " + year + " " + kind;
          assertThat(r.items()).as(where).isEqualTo(f.total());
          assertThat(r.reported() > 0).as(where).isEqualTo(f.reported() > 0);
          assertThat(r.done()).as(where).isEqualTo(f.count(ProgressStatus.DONE));
          assertThat(r.planned()).as(where).isEqualByComparingTo(f.budget().planned().amount());
          assertThat(r.spent()).as(where).isEqualByComparingTo(f.budget().spent().amount());
          assertThat(r.acknowledged() == 1).as(where).isEqualTo(board.state().closed());
          assertThat(r.overdue() == 1).as(where).isEqualTo(!board.state().closed());
        }
        assertThat(row.figures().items()).isEqualTo(plans.get(admin, plan).items().size());
      }
    }
  }

  @Test
  void complaintRiskAndItaFiguresEqualThoseTheOwningModulesCompute() {
    LocalDate today = LocalDate.now(ThaiDates.BANGKOK);
    IntegrityFigures country = IntegrityFigures.EMPTY;
    List<Organization> all = jdbc.queryForList("select organization_id from oversight_organization", UUID.class).stream()
        .map(id -> lookup.find(new OrganizationId(id)).orElseThrow()).toList();
    // the rebuild's batch readiness (one question per evidence kind) is the per-organization one, for every organization
    for (int year : itaReadiness.years()) {
      FiscalYear fy = FiscalYear.of(year);
      Map<OrganizationId, ItaReadiness.Readiness> batch = itaReadiness.of(all, fy);
      for (Organization o : all) assertThat(Optional.ofNullable(batch.get(o.id()))).as(o.name() + " " + year).isEqualTo(itaReadiness.of(o, fy));
      if (year == 2569) assertThat(batch.values().stream().mapToInt(ItaReadiness.Readiness::ready).sum()).isPositive();
    }
    Map<Integer, Map<OrganizationId, NoGiftPolicy>> announced = Map.of(2569, noGift.publishedPolicies(FiscalYear.of(2569)),
        2570, noGift.publishedPolicies(FiscalYear.of(2570)));
    for (Organization o : all) {
      UUID org = o.id().value();
      for (int year : new int[] {2569, 2570}) {
        FiscalYear fy = FiscalYear.of(year);
        IntegrityFigures g = oversight.organization(admin, CYCLE, year, org).figures().integrity();
        String where = o.name() + " " + year;
        ComplaintFigures c = complaints.statistics(o.id(), fy).get(0).total();
        assertThat(g.complaintsReceived()).as(where).isEqualTo(c.received());
        assertThat(g.complaintsFinished()).as(where).isEqualTo(c.finished());
        assertThat(g.complaintsClosed()).as(where).isEqualTo(jdbc.queryForObject("select count(*) from complaint_case where organization_id = ?"
            + " and received_on between ? and ? and status = 'CLOSED'", Integer.class, org, fy.firstDay(), fy.lastDay()));
        assertThat(g.complaintsOverdue()).as(where).isEqualTo(jdbc.queryForObject("select count(*) from complaint_case where organization_id = ?"
            + " and received_on between ? and ? and answered_on is null and due_on < ?", Integer.class, org, fy.firstDay(), fy.lastDay(), today));
        Optional<RiskSummaries.RiskSummary> risk = riskSummaries.published(o.id(), fy);
        assertThat(g.riskApproved()).as(where).isEqualTo(risk.isPresent() ? 1 : 0);
        assertThat(g.risks()).as(where).isEqualTo(risk.map(RiskSummaries.RiskSummary::risks).orElse(0));
        assertThat(g.untreatedRisks()).as(where).isEqualTo(risk.map(RiskSummaries.RiskSummary::untreated).orElse(0));
        assertThat(g.riskAcknowledged()).as(where).isEqualTo(risk.map(r -> r.acknowledgedAt() != null ? 1 : 0).orElse(0));
        assertThat(g.riskDraft()).as(where).isEqualTo(jdbc.queryForObject("select count(*) from risk_assessment where organization_id = ?"
            + " and fiscal_year = ? and status = 'DRAFT'", Integer.class, org, year));
        Optional<ItaReadiness.Readiness> ita = itaReadiness.of(o, fy);
        assertThat(g.itaItems()).as(where).isEqualTo(ita.map(ItaReadiness.Readiness::items).orElse(0).longValue());
        assertThat(g.itaReady()).as(where).isEqualTo(ita.map(ItaReadiness.Readiness::ready).orElse(0).longValue());
        assertThat(g.noGiftAnnounced()).as(where).isEqualTo(announced.get(year).containsKey(o.id()) ? 1 : 0);
        if (year == 2569) country = country.plus(g);
      }
    }
    assertThat(oversight.summary(admin, CYCLE, 2569, null).total().integrity()).isEqualTo(country);
    // the generated country has something to count in every figure
    assertThat(country.complaintsReceived()).isGreaterThan(country.complaintsFinished()).isPositive();
    assertThat(country.complaintsClosed()).isPositive();
    assertThat(country.riskApproved()).isPositive();
    assertThat(country.riskDraft()).isPositive();
    assertThat(country.untreatedRisks()).isPositive();
    assertThat(country.itaItems()).isPositive();
    assertThat(country.noGiftAnnounced()).isPositive().isLessThan(all.size());
  }

  @Test
  void theRebuildsBatchReadOfUntreatedRisksIsThePerAssessmentOne() {
    int untreated = 0;
    for (int year : jdbc.queryForList("select distinct fiscal_year from risk_assessment", Integer.class)) {
      FiscalYear fy = FiscalYear.of(year);
      Map<OrganizationId, Integer> batch = riskSummaries.untreated(fy);
      List<OrganizationId> assessed = jdbc.queryForList("select organization_id from risk_assessment where fiscal_year = ?", UUID.class, year)
          .stream().map(OrganizationId::new).toList();
      assertThat(assessed).containsAll(batch.keySet());
      for (OrganizationId o : assessed) {
        assertThat(Optional.ofNullable(batch.get(o))).as(o + " " + year).isEqualTo(riskSummaries.published(o, fy).map(RiskSummaries.RiskSummary::untreated));
      }
      untreated += batch.values().stream().mapToInt(Integer::intValue).sum();
    }
    assertThat(untreated).isPositive();
  }

  @Test
  void complaintAndRiskEventsKeepTheReadModelCurrent() throws Exception {
    TestData.Tenant t = data.tenant("ovcp", "ขอนแก่น");
    OrganizationId org = t.organization().id();
    CurrentUser officer = t.member(Role.COMPLAINT_OFFICER);
    complaints.configure(t.member(Role.ORG_ADMIN), org, new ChannelSetup(Channel.CORRUPTION, true, 15, List.of(officer.userId())));
    LocalDate today = LocalDate.now(ThaiDates.BANGKOK);
    int year = FiscalYear.containing(today).value();
    complaints.submit(org, new Submission(Channel.CORRUPTION, true, null, null, false, "เรียกรับสินบน", "เรียกเงินค่าอนุญาต",
        "", "", "", "", "BRIBERY", true), List.of(), "203.0.113.9");
    assertThat(await(org.value(), year, r -> r.figures().integrity().complaintsReceived() == 1).figures().integrity().complaintsFinished())
        .isZero();
    UUID caseId = complaints.list(officer, org, CaseFilter.ALL, 1).cases().get(0).id();
    complaints.act(officer, caseId, new Complaints.Action(Complaints.Action.Kind.NOT_IN_SCOPE, today, "ไม่อยู่ในอำนาจหน้าที่", null, null, null));
    complaints.act(officer, caseId, new Complaints.Action(Complaints.Action.Kind.CLOSE, today, null, null, null, null));
    IntegrityFigures g = await(org.value(), year, r -> r.figures().integrity().complaintsClosed() == 1).figures().integrity();
    assertThat(g.complaintsFinished()).isEqualTo(1);
    assertThat(g.complaintsOverdue()).isZero();

    // a generated draft approved behind the read model's back, then the event: the assessment counts as approved
    Map<String, Object> draft = jdbc.queryForMap("select organization_id, fiscal_year from risk_assessment where status = 'DRAFT'"
        + " and jsonb_array_length(risks) > 0 limit 1");
    UUID drafted = (UUID) draft.get("organization_id");
    int draftYear = (Integer) draft.get("fiscal_year");
    assertThat(oversight.organization(admin, CYCLE, draftYear, drafted).figures().integrity().riskDraft()).isEqualTo(1);
    transactions.executeWithoutResult(tx -> {
      jdbc.update("update risk_assessment set status = 'APPROVED', approved_by = 'test', approved_at = now() where organization_id = ?"
          + " and fiscal_year = ?", drafted, draftYear);
      events.publishEvent(new RiskAssessmentApproved(new OrganizationId(drafted), draftYear, 1, Instant.now()));
    });
    IntegrityFigures r = await(drafted, draftYear, row -> row.figures().integrity().riskApproved() == 1).figures().integrity();
    assertThat(r.riskDraft()).isZero();
    assertThat(r.untreatedRisks()).isEqualTo(riskSummaries.published(new OrganizationId(drafted), FiscalYear.of(draftYear))
        .orElseThrow().untreated());
  }

  @Test
  void theCountryPageDrawsTheMapOfThe77ProvincesWithATable() throws Exception {
    String html = get("/oversight?fiscalYear=2569&figure=ITA_READY", admin).getResponse().getContentAsString(StandardCharsets.UTF_8);
    String svg = html.substring(html.indexOf("<svg id=\"ov-map\""), html.indexOf("</svg>", html.indexOf("<svg id=\"ov-map\"")) + 6);
    org.w3c.dom.Document doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    org.w3c.dom.NodeList links = doc.getElementsByTagName("a");
    java.util.Set<String> codes = new java.util.TreeSet<>();
    for (int i = 0; i < links.getLength(); i++) {
      org.w3c.dom.Element a = (org.w3c.dom.Element) links.item(i);
      String code = a.getAttribute("data-province");
      codes.add(code);
      assertThat(a.getAttribute("href")).startsWith("/oversight/provinces/" + code + "?");
      assertThat(a.getElementsByTagName("path").getLength()).isEqualTo(1);
      assertThat(((org.w3c.dom.Element) a.getElementsByTagName("path").item(0)).getAttribute("d")).startsWith("M");
      assertThat(a.getElementsByTagName("title").item(0).getTextContent()).isNotBlank(); // its accessible name
    }
    assertThat(links.getLength()).isEqualTo(77);
    assertThat(codes).containsExactlyInAnyOrderElementsOf(Provinces.get().all().stream().map(Province::code).toList());
    assertThat(html).contains("id=\"ov-provinces\"", "CC BY 4.0", "href=\"#ov-provinces\"");
  }

  @Test
  void thePagesApiAndTablesShowTheComplaintRiskAndItaFigures() throws Exception {
    String country = get("/oversight?fiscalYear=2569", admin).getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(country).contains("เรื่องร้องเรียนที่รับ", "ความเสี่ยงระดับที่ต้องจัดการแต่ไม่มีมาตรการ", "หลักฐาน ITA พร้อม (ร้อยละ)",
        "อปท. ที่ประกาศนโยบาย No Gift ของปีแล้ว");
    String province = get("/oversight/provinces/40?fiscalYear=2569&sort=untreated&dir=desc", khonKaen).getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    assertThat(province).contains("เรื่องร้องเรียนเกินกำหนดที่ยังไม่ตอบ", "อนุมัติแล้ว", "sort=NOGIFT_ANNOUNCED", "ประกาศแล้ว");
    String json = get("/api/oversight/summary?cycle=NACC_2566&fiscalYear=2569&province=40", khonKaen).getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    assertThat(json).contains("\"integrity\"", "\"complaintsReceived\"", "\"untreatedRisks\"", "\"itaReady\"", "\"noGiftAnnounced\"");
    assertThat(get("/api/oversight/summary?cycle=NACC_2566&fiscalYear=2569&province=50", khonKaen).getResponse().getStatus()).isEqualTo(403);
    String csv = get("/oversight/provinces.csv?fiscalYear=2569", admin).getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(csv.lines().findFirst().orElseThrow()).contains("เรื่องร้องเรียนที่รับ", "หลักฐาน ITA พร้อม (ร้อยละ)",
        "อปท. ที่ประกาศนโยบาย No Gift ของปีแล้ว");
    String orgs = get("/oversight/provinces/40/organizations.csv?fiscalYear=2569", khonKaen).getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(orgs.lines().findFirst().orElseThrow()).contains("อปท. ที่ผลการประเมินได้รับอนุมัติ");
  }

  @Test
  void eventsKeepTheReadModelCurrent() throws InterruptedException {
    TestData.Tenant t = data.tenant("ovev", "ขอนแก่น");
    UUID org = t.organization().id().value();
    assertThat(await(org, r -> true).planStatus()).isNull(); // registered: a row without a plan
    Plan published = new PublishedPlans(plans, organizations).publish(t, 3);
    OrganizationRow row = await(org, r -> "PUBLISHED".equals(r.planStatus()));
    assertThat(row.planStatus()).isEqualTo("PUBLISHED");
    assertThat(row.planId()).isEqualTo(published.id().value());
    assertThat(row.figures().items()).isEqualTo(3);
  }

  @Test
  void aProvinceOfficerSeesOnlyTheirProvince() throws Exception {
    assertThat(oversight.summary(khonKaen, CYCLE, 2569, null).province().name()).isEqualTo("ขอนแก่น");
    assertThat(oversight.summary(khonKaen, CYCLE, 2569, null).provinces()).hasSize(1);
    assertThatThrownBy(() -> oversight.summary(khonKaen, CYCLE, 2569, "เชียงใหม่")).isInstanceOf(AccessRefusedException.class);
    UUID chiangMai = jdbc.queryForObject("select id from organization where province = 'เชียงใหม่' limit 1", UUID.class);
    assertThatThrownBy(() -> oversight.organization(khonKaen, CYCLE, 2569, chiangMai)).isInstanceOf(AccessRefusedException.class);
    assertThat(get("/api/oversight/summary?cycle=NACC_2566&fiscalYear=2569&province=50", khonKaen).getResponse().getStatus()).isEqualTo(403);
    assertThat(get("/oversight/provinces/50", khonKaen).getResponse().getStatus()).isEqualTo(403);
    assertThat(get("/oversight/provinces/50/organizations.csv", khonKaen).getResponse().getStatus()).isEqualTo(403);
    assertThat(get("/api/oversight/organizations/" + chiangMai, khonKaen).getResponse().getStatus()).isEqualTo(403);
    assertThat(get("/oversight/provinces/40", khonKaen).getResponse().getStatus()).isEqualTo(200);
    assertThat(get("/oversight", khonKaen).getResponse().getRedirectedUrl()).startsWith("/oversight/provinces/40");
    String json = get("/api/oversight/summary?cycle=NACC_2566&fiscalYear=2569", khonKaen).getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(json).contains("ขอนแก่น").doesNotContain("เชียงใหม่");
    CurrentUser planner = data.tenant("ovpl", "ขอนแก่น").member(Role.PLANNER);
    assertThat(get("/api/oversight/summary", planner).getResponse().getStatus()).isEqualTo(403);
  }

  @Test
  void theCountryApiHasAFigureSetPerProvince() throws Exception {
    MvcResult r = get("/api/oversight/summary?cycle=NACC_2566&fiscalYear=2569", admin);
    assertThat(r.getResponse().getStatus()).isEqualTo(200);
    String json = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(json).contains("\"provinces\"", "\"halfYear\"", "\"fullYear\"", "นราธิวาส", "แม่ฮ่องสอน");
    MvcResult page = get("/oversight?fiscalYear=2569&figure=ITEMS_DONE", admin);
    assertThat(page.getResponse().getStatus()).isEqualTo(200);
    assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("<svg", "นราธิวาส", "ภาพรวมทั้งประเทศ");
  }

  @Test
  void tablesExportAsCsvAndXlsxWithoutFormulas() throws Exception {
    Organization evil = organizations.createBySystem("=HYPERLINK(\"http://x\",\"y\")", OrganizationKind.SAO, "ขอนแก่น", null);
    model.refresh(evil.id().value());
    MvcResult csv = get("/oversight/provinces/40/organizations.csv?fiscalYear=2569", khonKaen);
    assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
    String text = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(text).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"").doesNotContain(",=HYPERLINK").contains("องค์การบริหารส่วนจังหวัดขอนแก่น");
    MvcResult xlsx = get("/oversight/provinces/40/organizations.xlsx?fiscalYear=2569", khonKaen);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
      boolean found = false;
      for (Row row : wb.getSheetAt(0)) {
        for (Cell c : row) {
          assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
          if (c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith("'=HYPERLINK")) found = true; // stays text when copied
        }
      }
      assertThat(found).isTrue();
      assertThat(wb.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(1 + oversight.organizations(khonKaen, CYCLE, 2569, "40").size());
    }
    MvcResult countryCsv = get("/oversight/provinces.csv?fiscalYear=2569", admin);
    assertThat(countryCsv.getResponse().getContentAsString(StandardCharsets.UTF_8).lines().count()).isEqualTo(78);
  }

  @Test
  void aStaleReadModelIsRebuiltOnceAndTheFiguresSayHowCurrentTheyAre() throws Exception {
    UUID someone = jdbc.queryForObject("select organization_id from oversight_organization limit 1", UUID.class);
    jdbc.update("delete from oversight_organization where organization_id = ?", someone); // an organization the model missed
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      // two nodes starting at once: one rebuilds, the other finds the lock taken or the model current
      List<Future<Optional<Integer>>> runs = pool.invokeAll(List.<Callable<Optional<Integer>>>of(model::rebuildIfStale, model::rebuildIfStale));
      int rebuilt = 0;
      for (Future<Optional<Integer>> run : runs) if (run.get().isPresent()) rebuilt++;
      assertThat(rebuilt).isEqualTo(1);
    } finally {
      pool.shutdown();
    }
    assertThat(jdbc.queryForObject("select count(*) from oversight_organization where organization_id = ?", Integer.class, someone)).isEqualTo(1);
    assertThat(model.rebuildIfStale()).as("current now").isEmpty();
    jdbc.update("update oversight_state set model_version = model_version - 1"); // the statements changed since
    assertThat(model.rebuildIfStale()).isPresent();

    Summary.Freshness fresh = oversight.summary(admin, CYCLE, 2569, null).freshness();
    assertThat(fresh.rebuiltAt()).isNotNull();
    assertThat(fresh.pending()).isZero();
    assertThat(fresh.asOf()).isAfterOrEqualTo(fresh.rebuiltAt());
    // a change the read model has not handled yet: the figures are as old as it
    Instant waiting = Instant.parse("2026-12-01T03:00:00Z");
    UUID publication = UUID.randomUUID();
    jdbc.update("insert into event_publication (id, listener_id, event_type, serialized_event, publication_date) values (?, ?, 'test', '{}', ?)",
        publication, "org.sujarit.oversight.OversightListeners.on(org.sujarit.plan.PlanApproved)", java.sql.Timestamp.from(waiting));
    try {
      fresh = oversight.summary(admin, CYCLE, 2569, null).freshness();
    } finally {
      jdbc.update("delete from event_publication where id = ?", publication);
    }
    assertThat(fresh.pending()).isEqualTo(1);
    assertThat(fresh.asOf()).isEqualTo(waiting);

    MvcResult page = get("/oversight?fiscalYear=2569", admin);
    assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("action=\"/oversight/rebuild\"");
    assertThat(get("/oversight?fiscalYear=2569", data.account("ovno" + System.nanoTime(), Role.OVERSIGHT, null)).getResponse()
        .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("/oversight/rebuild");
  }

  /** The organization's row once the asynchronous listeners have brought it to {@code ready}. */
  private OrganizationRow await(UUID org, java.util.function.Predicate<OrganizationRow> ready) throws InterruptedException {
    return await(org, 2567, ready);
  }

  private OrganizationRow await(UUID org, int year, java.util.function.Predicate<OrganizationRow> ready) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      try {
        OrganizationRow row = oversight.organization(admin, CYCLE, year, org);
        if (ready.test(row)) return row;
      } catch (org.sujarit.common.NotFoundException e) {
        // not there yet
      }
      Thread.sleep(100);
    }
    throw new AssertionError("read model not updated within 10 s");
  }

  private MvcResult get(String path, CurrentUser user) throws Exception {
    CurrentUsers.CurrentUserHolder principal = () -> user;
    return mvc.perform(MockMvcRequestBuilders.get(path).with(authentication(new UsernamePasswordAuthenticationToken(principal, null,
        user.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList())))).andReturn();
  }
}
