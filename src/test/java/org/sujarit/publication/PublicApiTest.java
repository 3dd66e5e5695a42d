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
import org.sujarit.monitoring.ProgressForm;
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
}
