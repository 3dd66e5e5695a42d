package org.sujarit.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.sujarit.IntegrationTest;
import org.sujarit.TestData;
import org.sujarit.access.AccessRefusedException;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.CurrentUsers;
import org.sujarit.access.Role;
import org.sujarit.monitoring.ProgressFigures;
import org.sujarit.monitoring.ProgressStatus;
import org.sujarit.monitoring.Progress;
import org.sujarit.monitoring.PublishedPlans;
import org.sujarit.monitoring.ReportingRound;
import org.sujarit.monitoring.RoundKind;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationKind;
import org.sujarit.organization.Organizations;
import org.sujarit.oversight.generate.NationalGenerator;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanId;
import org.sujarit.plan.Plans;

/**
 * A small generated country (200 organizations): the read model's figures equal those the monitoring
 * module computes from the records, events keep it current, a province officer sees only their
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
  @Autowired TestData data;
  @Autowired MockMvc mvc;

  NationalGenerator.Result country;
  CurrentUser admin;
  CurrentUser khonKaen;

  @BeforeAll
  void generate() {
    country = new NationalGenerator(12, LocalDate.of(2026, 10, 31), 200).generate(dataSource);
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
    for (int i = 0; i < 100; i++) {
      try {
        OrganizationRow row = oversight.organization(admin, CYCLE, 2567, org);
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
