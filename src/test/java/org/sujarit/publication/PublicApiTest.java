package org.sujarit.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.IntegrationTest;
import org.sujarit.TestData;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;
import org.sujarit.monitoring.Progress;
import org.sujarit.monitoring.web.ProgressForm;
import org.sujarit.monitoring.PublishedPlans;
import org.sujarit.monitoring.ReportingRound;
import org.sujarit.monitoring.RoundKind;
import org.sujarit.organization.Organizations;
import org.sujarit.plan.Plan;
import org.sujarit.plan.Plans;

/** The public JSON API and the sitemap, anonymously: only organizations that publish, only published versions and acknowledged rounds. */
@IntegrationTest
@Import(TestData.class)
class PublicApiTest {
  static final ReportingRound HALF = ReportingRound.of(2567, RoundKind.HALF_YEAR);

  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired Plans plans;
  @Autowired Organizations organizations;
  @Autowired Progress progress;

  @Test
  void listsPublishingOrganizationsWithTheirVersionsAndAcknowledgedReports() throws Exception {
    TestData.Tenant t = data.tenant("apipub", "ยโสธร");
    CurrentUser planner = t.member(Role.PLANNER);
    Plan p = new PublishedPlans(plans, organizations).publish(t, 1);
    var item = p.items().get(0);
    progress.save(planner, p.id(), HALF, item.id(), new ProgressForm("DONE", "อบรมแล้ว", null, null, "1,000", List.of(), null, null, null,
        null).toEntry(), null, true);
    progress.accept(planner, p.id(), HALF, item.id());
    progress.acknowledge(t.member(Role.EXECUTIVE), p.id(), HALF, null);
    TestData.Tenant drafting = data.tenant("apidraft", "ยโสธร");
    plans.create(drafting.member(Role.PLANNER), drafting.organization().id(), "NACC_2566", org.sujarit.common.FiscalPeriod.of(2566, 2570),
        "แผนที่ยังเป็นร่าง");
    String code = t.organization().code();

    String list = mvc.perform(get("/api/public/organizations").param("province", "ยโสธร"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].code").value(code))
        .andExpect(jsonPath("$[0].name").value(t.organization().name()))
        .andExpect(jsonPath("$[0].kind").value(t.organization().kind().name()))
        .andExpect(jsonPath("$[0].province").value("ยโสธร"))
        .andExpect(jsonPath("$[0].links.home").value("http://localhost/o/" + code))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(list).doesNotContain(drafting.organization().code());

    mvc.perform(get("/api/public/organizations/" + code))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.versions.length()").value(1))
        .andExpect(jsonPath("$.versions[0].period").value("2566-2570"))
        .andExpect(jsonPath("$.versions[0].link").value("http://localhost/o/" + code + "/plans/2566-2570/1"))
        .andExpect(jsonPath("$.years.length()").value(5))
        .andExpect(jsonPath("$.years[?(@.fiscalYear == 2567)].reports['half-year']").value("http://localhost/o/" + code + "/2567/reports/half-year"))
        .andExpect(jsonPath("$.years[?(@.fiscalYear == 2568)].reports['half-year']").isEmpty());

    // the contents of the version and of the acknowledged round, as the pages show them
    String api = "/api/public/organizations/" + code;
    var totals = plans.totals(p);
    mvc.perform(get(api + "/plans/2566-2570/1")).andExpect(status().isOk())
        .andExpect(jsonPath("$.organization").value(code))
        .andExpect(jsonPath("$.items.length()").value(p.items().size()))
        .andExpect(jsonPath("$.items[0].name").value(item.name()))
        .andExpect(jsonPath("$.items[0].total").value(item.budget().total().amount().doubleValue()))
        .andExpect(jsonPath("$.totals.total").value(totals.grand().total().amount().doubleValue()))
        .andExpect(jsonPath("$.totals.perYear['2567']").value(totals.grand().in(org.sujarit.common.FiscalYear.of(2567)).amount().doubleValue()))
        .andExpect(jsonPath("$.links.csv").value("http://localhost/o/" + code + "/plans/2566-2570/1/data.csv"));
    mvc.perform(get(api)).andExpect(jsonPath("$.versions[0].api").value("http://localhost" + api + "/plans/2566-2570/1"))
        .andExpect(jsonPath("$.years[?(@.fiscalYear == 2567)].reportsApi['half-year']").value("http://localhost" + api + "/2567/reports/half-year"));
    String report = mvc.perform(get(api + "/2567/reports/half-year")).andExpect(status().isOk())
        .andExpect(jsonPath("$.fiscalYear").value(2567))
        .andExpect(jsonPath("$.acknowledged.name").value(t.member(Role.EXECUTIVE).displayName()))
        .andExpect(jsonPath("$.figures.items").value(p.items().size()))
        .andExpect(jsonPath("$.figures.byStatus.DONE").value(1))
        .andExpect(jsonPath("$.figures.spent").value(1000))
        .andExpect(jsonPath("$.items[0].status").value("DONE"))
        .andExpect(jsonPath("$.plan.api").value("http://localhost" + api + "/plans/2566-2570/1"))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(report).doesNotContain(planner.username());
    for (String missing : List.of("/plans/2566-2570/2", "/plans/2570-2566/1", "/2567/reports/full-year", "/2568/reports/half-year",
        "/2567/reports/quarter", "/9999/reports/half-year")) {
      mvc.perform(get(api + missing)).andExpect(status().isNotFound());
    }

    // an organization with only a draft answers as its public home page does: nothing published
    String draftOnly = mvc.perform(get("/api/public/organizations/" + drafting.organization().code())).andExpect(status().isOk())
        .andExpect(jsonPath("$.versions").isEmpty()).andExpect(jsonPath("$.years").isEmpty())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(draftOnly).doesNotContain("แผนที่ยังเป็นร่าง");
    // bad input: a clear answer, never a server error
    mvc.perform(get("/api/public/organizations/NOPE123")).andExpect(status().isNotFound());
    mvc.perform(get("/api/public/organizations").param("kind", "CASTLE")).andExpect(status().isUnprocessableContent());
    mvc.perform(get("/api/public/organizations").param("q", "ก".repeat(101))).andExpect(status().isUnprocessableContent());

    var started = mvc.perform(get("/sitemap.xml")).andReturn();
    String sitemap = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    assertThat(sitemap).startsWith("<?xml").contains("<loc>http://localhost/o/" + code + "</loc>",
        "<loc>http://localhost/o/" + code + "/plans/2566-2570/1</loc>", "<loc>http://localhost/o/" + code + "/2567/reports/half-year</loc>",
        "<loc>http://localhost/o/" + code + "/2567/ita</loc>")
        .doesNotContain("/o/" + drafting.organization().code() + "<", "/o/" + code + "/2568/reports/");
    javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(sitemap.getBytes(StandardCharsets.UTF_8)));
  }
  @Test
  void openDataOfAVersionParsesAndItsTotalsAreThePlans() throws Exception {
    TestData.Tenant t = data.tenant("apidata", "อำนาจเจริญ");
    CurrentUser planner = t.member(Role.PLANNER);
    Plan p = new PublishedPlans(plans, organizations).publish(t, 2);
    var item = p.items().get(0);
    progress.save(planner, p.id(), HALF, item.id(), new ProgressForm("DONE", "อบรมแล้ว", null, null, "1,250.50", List.of(), null, null, null,
        null).toEntry(), null, true);
    progress.accept(planner, p.id(), HALF, item.id());
    progress.save(planner, p.id(), HALF, p.items().get(1).id(), new ProgressForm("IN_PROGRESS", "กำลังทำ", null, null, "10", List.of(), null,
        null, null, null).toEntry(), null, true);
    progress.accept(planner, p.id(), HALF, p.items().get(1).id());
    progress.acknowledge(t.member(Role.EXECUTIVE), p.id(), HALF, null);
    String code = t.organization().code();
    String base = "/o/" + code + "/plans/2566-2570/1/data";

    var response = mvc.perform(get(base + ".csv")).andExpect(status().isOk()).andReturn().getResponse();
    assertThat(response.getContentType()).startsWith("text/csv");
    assertThat(response.getHeader("Content-Disposition")).startsWith("attachment");
    String csv = response.getContentAsString(StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFF" + String.join(",", org.sujarit.publication.site.OpenData.COLUMNS) + "\r\n");
    List<List<String>> rows = parse(csv.substring(1));
    List<String> header = rows.remove(0);
    assertThat(rows).hasSize(p.items().size() * p.period().years().size());
    int year = header.indexOf("fiscal_year"), planned = header.indexOf("planned_budget"), spent = header.indexOf("spent"),
        statusColumn = header.indexOf("status"), itemColumn = header.indexOf("item");
    for (var y : p.period().years()) {
      java.math.BigDecimal expected = p.items().stream().map(i -> i.budget().in(y).map(org.sujarit.common.Baht::amount)
          .orElse(java.math.BigDecimal.ZERO)).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
      java.math.BigDecimal total = rows.stream().filter(r -> r.get(year).equals(String.valueOf(y.value())) && !r.get(planned).isEmpty())
          .map(r -> new java.math.BigDecimal(r.get(planned))).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
      assertThat(total).as("planned budget of " + y).isEqualByComparingTo(expected);
    }
    // the acknowledged 6-month round of 2567 gives that year's spent and status; other years are not reported
    List<String> reported = rows.stream().filter(r -> r.get(year).equals("2567") && r.get(itemColumn).equals(item.name())).findFirst().orElseThrow();
    assertThat(reported.get(spent)).isEqualTo("1250.50");
    assertThat(reported.get(statusColumn)).isEqualTo("DONE");
    assertThat(rows.stream().filter(r -> !r.get(year).equals("2567")).allMatch(r -> r.get(spent).isEmpty() && r.get(statusColumn).isEmpty()))
        .isTrue();

    mvc.perform(get(base + ".json")).andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(rows.size()))
        .andExpect(jsonPath("$[0].organization_code").value(code));
    mvc.perform(get(base + ".xml")).andExpect(status().isNotFound());
    mvc.perform(get("/o/" + code + "/plans/2566-2570/9/data.csv")).andExpect(status().isNotFound());

    var started = mvc.perform(get("/open-data/plans.csv")).andReturn();
    String national = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    List<List<String>> all = parse(national.substring(1));
    assertThat(all.get(0)).isEqualTo(header);
    assertThat(all.stream().filter(r -> r.get(0).equals(code)).toList()).isEqualTo(rows);
  }

  @Test
  void formulaLookingNamesStayTextInBothOpenDataFiles() throws Exception {
    TestData.Tenant t = data.tenant("apiformula", "อำนาจเจริญ");
    String evil = "=HYPERLINK(\"http://x\",\"y\")";
    new PublishedPlans(plans, organizations).publish(t, 2, evil);
    String quoted = "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"";
    String csv = mvc.perform(get("/o/" + t.organization().code() + "/plans/2566-2570/1/data.csv")).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(csv).contains("," + quoted + ",").doesNotContain(",=HYPERLINK", ",\"=HYPERLINK");
    assertThat(parse(csv.substring(1)).stream().filter(r -> r.contains("'" + evil)).count()).isEqualTo(5); // one row per year

    var started = mvc.perform(get("/open-data/plans.csv")).andReturn();
    String national = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    assertThat(national).contains("," + quoted + ",").doesNotContain(",=HYPERLINK", ",\"=HYPERLINK");
  }

  /** RFC 4180, as a spreadsheet reads it: quoted fields may hold commas, quotes and line breaks. */
  private static List<List<String>> parse(String csv) {
    List<List<String>> rows = new java.util.ArrayList<>();
    List<String> row = new java.util.ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') { field.append('"'); i++; }
        else if (c == '"') quoted = false;
        else field.append(c);
      } else if (c == '"') quoted = true;
      else if (c == ',') { row.add(field.toString()); field.setLength(0); }
      else if (c == '\r') continue;
      else if (c == '\n') { row.add(field.toString()); field.setLength(0); rows.add(row); row = new java.util.ArrayList<>(); }
      else field.append(c);
    }
    return rows;
  }
}
