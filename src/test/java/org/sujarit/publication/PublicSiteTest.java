package org.sujarit.publication;

import org.sujarit.plan.PlanFixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.SignedIn;
import org.sujarit.IntegrationTest;
import org.sujarit.TestData;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;
import org.sujarit.monitoring.EvidenceFiles;
import org.sujarit.monitoring.Progress;
import org.sujarit.monitoring.web.ProgressForm;
import org.sujarit.monitoring.PublishedPlans;
import org.sujarit.monitoring.ReportingRound;
import org.sujarit.monitoring.RoundKind;
import org.sujarit.organization.Organization;
import org.sujarit.organization.Organizations;
import org.sujarit.plan.internal.ItemDraft;
import org.sujarit.plan.Plan;
import org.sujarit.plan.Plans;

/**
 * The public site on a real PostgreSQL, as an anonymous visitor: only published plan versions and
 * acknowledged rounds with accepted records appear; links stay valid after a new version; a former
 * organization code redirects for good.
 */
@IntegrationTest
@Import(TestData.class)
class PublicSiteTest {
  static final ReportingRound HALF = ReportingRound.of(2567, RoundKind.HALF_YEAR);
  static final ReportingRound FULL = ReportingRound.of(2567, RoundKind.FULL_YEAR);

  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired Plans plans;
  @Autowired Organizations organizations;
  @Autowired Progress progress;
  @Autowired EvidenceFiles evidenceFiles;
  @Autowired org.sujarit.publication.site.PublicSite site;

  @Test
  void nothingUnpublishedEverAppearsOnAPublicPage() throws Exception {
    TestData.Tenant t = data.tenant("pub", "ลำปาง");
    CurrentUser planner = t.member(Role.PLANNER), executive = t.member(Role.EXECUTIVE);
    Plan p = new PublishedPlans(plans, organizations).publish(t, 2);
    String code = t.organization().code();
    // the 6-month round: both records accepted, then acknowledged
    for (var item : p.items()) {
      progress.save(planner, p.id(), HALF, item.id(), form("อบรมบุคลากรแล้วเสร็จ").toEntry(), null, true);
      progress.accept(planner, p.id(), HALF, item.id());
    }
    progress.acknowledge(executive, p.id(), HALF, "ทราบ ให้เผยแพร่");
    // the annual round: one record handed in but not accepted, another returned, and not acknowledged
    progress.save(planner, p.id(), FULL, p.items().get(0).id(), form("ผลที่ยังไม่ตรวจรับ").toEntry(), null, true);
    progress.save(planner, p.id(), FULL, p.items().get(1).id(), form("ผลที่ถูกส่งกลับ").toEntry(), null, true);
    progress.returnRecord(planner, p.id(), FULL, p.items().get(1).id(), "แก้ไขตัวเลข");
    // a second plan only drafted, a third submitted and returned, and a draft amendment of the published one
    Plan draft = plans.create(planner, t.organization().id(), "NACC_2566", org.sujarit.common.FiscalPeriod.of(2566, 2570), "แผนร่างที่ยังไม่เผยแพร่");
    PlanFixtures.addItem(plans, planner, draft.id(), 1, draft.revision(), new ItemDraft(null, "1.1", null, "โครงการในแผนร่าง", null, null, null, null));
    Plan returned = plans.create(planner, t.organization().id(), "NACC_2566", org.sujarit.common.FiscalPeriod.of(2566, 2570), "แผนที่ถูกส่งกลับ");
    PlanFixtures.addItem(plans, planner, returned.id(), 1, returned.revision(), new ItemDraft(null, "1.1", null, "โครงการในแผนที่ส่งกลับ", null, null, null, null));
    returned = plans.submit(planner, returned.id(), 1, plans.get(planner, returned.id(), 1).revision());
    plans.returnForChanges(executive, returned.id(), 1, returned.revision(), "แก้ไข");
    Plan v2 = plans.amend(planner, p.id(), "ปรับปรุง");
    PlanFixtures.addItem(plans, planner, p.id(), 2, v2.revision(), new ItemDraft(null, "2.1", null, "โครงการในฉบับปรับปรุงที่ยังไม่เผยแพร่", null, null, null, null));

    List<String> secrets = List.of("แผนร่างที่ยังไม่เผยแพร่", "โครงการในแผนร่าง", "แผนที่ถูกส่งกลับ", "โครงการในแผนที่ส่งกลับ",
        "โครงการในฉบับปรับปรุงที่ยังไม่เผยแพร่", "ผลที่ยังไม่ตรวจรับ", "ผลที่ถูกส่งกลับ", "แก้ไขตัวเลข",
        // staff beyond the signers: the executive who acknowledged is named, the planner is not
        planner.username(), planner.displayName());
    List<String> pages = List.of("/o", "/o/" + code, "/o/" + code + "/2567", "/o/" + code + "/2567/plan",
        "/o/" + code + "/plans/2566-2570/1", "/o/" + code + "/plans/2566-2570/1/part3", "/o/" + code + "/2567/reports/half-year",
        "/o/" + code + "/2567/ita", "/o/" + code + "/2566/ita", "/o/" + code + "/2568/ita", "/o/" + code + "/2568/ita/O25",
        "/o/" + code + "/2568/ita/O26");
    for (String page : pages) {
      String html = page(page);
      assertThat(secrets).as(page).allSatisfy(s -> assertThat(html).as(page).doesNotContain(s));
    }
    assertThat(page("/o/" + code + "/2567/reports/half-year")).contains("อบรมบุคลากรแล้วเสร็จ").contains("ทราบ ให้เผยแพร่")
        .contains(executive.displayName());
    assertThat(page("/o?q=" + t.organization().name().substring(20))).contains(t.organization().name());
    // what is not published or acknowledged is not found at all
    for (String missing : List.of("/o/" + code + "/plans/2566-2570/2", "/o/" + code + "/2567/reports/full-year",
        "/o/" + code + "/2567/reports/full-year/report.pdf", "/o/" + code + "/2567/reports/full-year/charts/status.png",
        "/o/" + code + "/plans/2566-2570/2/documents/pdf", "/o/S9999999", "/o/" + code + "/2599", "/o/" + code + "/9999/ita",
        "/o/" + code + "/2568/ita/O99", "/o/" + code + "/2567/reports/quarter", "/o/" + code + "/plans/2570-2566/1")) {
      mvc.perform(get(missing)).andExpect(status().isNotFound());
    }
    // the draft organization's plan is not a publishing organization's: an organization without a published plan is not listed
    Organization silent = data.tenant("sil", "ลำปาง").organization();
    assertThat(page("/o?province=ลำปาง")).contains(t.organization().name()).doesNotContain(silent.name());
  }

  @Test
  void theIndexComesInPagesInThaiOrderAndBadPageNumbersAnswerTheNearestPage() throws Exception {
    var published = new PublishedPlans(plans, organizations);
    TestData.Tenant a = data.tenant("idxa", "สตูล"), b = data.tenant("idxb", "สตูล");
    published.publish(a, 1);
    published.publish(b, 1);
    var one = site.directory("", null, "สตูล", 1, 1);
    assertThat(one.total()).isEqualTo(2);
    assertThat(one.pages()).isEqualTo(2);
    assertThat(one.organizations()).containsExactly(a.organization());
    assertThat(site.directory("", null, "สตูล", 9, 1).organizations()).containsExactly(b.organization());
    assertThat(site.directory("", null, "สตูล", 0, 1).page()).isEqualTo(1);
    assertThat(one.provinces()).contains("สตูล").doesNotHaveDuplicates();
    for (String page : List.of("abc", "-1", "99999999999", "")) {
      assertThat(page("/o?province=สตูล&page=" + page)).contains(a.organization().name()).contains("พบ 2 องค์กร");
    }
  }

  @Test
  void permalinksOfAVersionStayAfterTheNextIsPublishedAndAFormerCodeRedirects() throws Exception {
    TestData.Tenant t = data.tenant("prm", "น่าน");
    CurrentUser planner = t.member(Role.PLANNER), executive = t.member(Role.EXECUTIVE);
    Plan p = new PublishedPlans(plans, organizations).publish(t, 1);
    String code = t.organization().code();
    String v1 = "/o/" + code + "/plans/2566-2570/1";
    assertThat(page(v1)).contains(p.items().get(0).name());
    Plan v2 = plans.amend(planner, p.id(), "เพิ่มโครงการ");
    PlanFixtures.addItem(plans, planner, p.id(), 2, v2.revision(), new ItemDraft(null, "2.1", null, "โครงการเปิดเผยข้อมูลฉบับที่สอง", null, null, null, null));
    v2 = plans.submit(planner, p.id(), 2, plans.get(planner, p.id(), 2).revision());
    v2 = plans.approve(executive, p.id(), 2, v2.revision());
    plans.publish(planner, p.id(), 2, v2.revision());

    assertThat(page(v1)).doesNotContain("โครงการเปิดเผยข้อมูลฉบับที่สอง").contains("ฉบับที่ 2");
    // the kept page answers with the date its plan was last published and its ETag, and 304 when unchanged
    var kept = mvc.perform(get(v1)).andExpect(status().isOk()).andExpect(header().exists("Last-Modified"))
        .andExpect(header().string("Cache-Control", "max-age=300, public")).andReturn().getResponse();
    assertThat(kept.getDateHeader("Last-Modified")).isEqualTo(plans.get(planner, p.id(), 2).published().orElseThrow().at().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toEpochMilli());
    mvc.perform(get(v1).header("If-None-Match", kept.getHeader("ETag"))).andExpect(status().isNotModified());
    assertThat(page("/o/" + code + "/plans/2566-2570/2")).contains("โครงการเปิดเผยข้อมูลฉบับที่สอง");
    assertThat(page("/o/" + code + "/2567/plan")).contains("โครงการเปิดเผยข้อมูลฉบับที่สอง");
    assertThat(page("/o/" + code + "/2568/ita/O25")).contains("/o/" + code + "/2568/plan");
    byte[] pdf = mvc.perform(get(v1 + "/documents/pdf")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

    String dla = String.valueOf(6_000_000 + (System.nanoTime() % 1_000_000));
    organizations.assignDlaCode(t.member(Role.ORG_ADMIN), t.organization().id(), dla);
    mvc.perform(get("/o/" + code + "/plans/2566-2570/1?lang=en")).andExpect(status().isMovedPermanently())
        .andExpect(header().string("Location", "/o/" + dla + "/plans/2566-2570/1?lang=en"));
    mvc.perform(get("/o/" + code)).andExpect(status().isMovedPermanently()).andExpect(header().string("Location", "/o/" + dla));
    assertThat(page("/o/" + dla + "/plans/2566-2570/1")).contains(p.items().get(0).name());
  }

  @Test
  void eachYearsItaIndexListsExactlyThatYearsItemsAndTheOfficerGetsTheirLinks() throws Exception {
    TestData.Tenant t = data.tenant("ita", "แพร่");
    new PublishedPlans(plans, organizations).publish(t, 1);
    String code = t.organization().code();
    assertThat(codes(page("/o/" + code + "/2566/ita"))).containsExactly("O27", "O28", "O29", "O31", "O32", "O33", "O34", "O35", "O36", "O37", "O38");
    assertThat(codes(page("/o/" + code + "/2568/ita"))).containsExactly("O17", "O18", "O19", "O21", "O22", "O23", "O24", "O25", "O26");
    assertThat(codes(page("/o/" + code + "/2569/ita"))).containsExactly("O17", "O18", "O19", "O20", "O21", "O22", "O23", "O24");
    assertThat(codes(page("/o/" + code + "/2567/ita"))).isEmpty();

    String officer = mvc.perform(get("/organizations/" + t.organization().id() + "/ita/2568").with(SignedIn.as(t.member(Role.PLANNER))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(officer).contains("http://localhost/o/" + code + "/2568/ita/O25").contains("state-ready")
        .contains("ผู้บริหารยังไม่รับทราบรายงานรอบ 6 เดือน").contains("state-missing").doesNotContain("state-not_covered");
    // ITA 2569's participation item (O19) is evidence no module of Sujarit holds
    assertThat(mvc.perform(get("/organizations/" + t.organization().id() + "/ita/2569").with(SignedIn.as(t.member(Role.PLANNER))))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("state-not_covered");
    mvc.perform(get("/organizations/" + t.organization().id() + "/ita/2568")).andExpect(status().isFound());
  }

  @Test
  void anEvidenceFileIsShownOnlyWhenMarkedPublicInAnAcknowledgedRound() throws Exception {
    TestData.Tenant t = data.tenant("pubevidence", "ลำพูน");
    CurrentUser planner = t.member(Role.PLANNER);
    Plan p = new PublishedPlans(plans, organizations).publish(t, 2);
    String report = "/o/" + t.organization().code() + "/2567/reports/half-year";
    var accepted = p.items().get(0);
    progress.save(planner, p.id(), HALF, accepted.id(), form("อบรมแล้ว").toEntry(), null, true);
    progress.accept(planner, p.id(), HALF, accepted.id());
    var shown = evidenceFiles.add(planner, p.id(), HALF, accepted.id(), "ภาพการอบรม.pdf", pdf());
    var kept = evidenceFiles.add(planner, p.id(), HALF, accepted.id(), "รายชื่อผู้เข้าอบรม.pdf", pdf());
    evidenceFiles.markPublic(planner, shown.id(), true);
    // only the reviewer marks a file public
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> evidenceFiles.markPublic(t.member(Role.UNIT_OFFICER), kept.id(), true))
        .isInstanceOf(org.sujarit.access.AccessRefusedException.class);
    // the round is not acknowledged yet: no report, no file
    mvc.perform(get(report + "/evidence/" + shown.id())).andExpect(status().isNotFound());

    progress.acknowledge(t.member(Role.EXECUTIVE), p.id(), HALF, null);
    String html = page(report);
    assertThat(html).contains("ภาพการอบรม.pdf", report + "/evidence/" + shown.id())
        .doesNotContain("รายชื่อผู้เข้าอบรม.pdf");
    var file = mvc.perform(get(report + "/evidence/" + shown.id())).andExpect(status().isOk()).andReturn().getResponse();
    assertThat(file.getHeader("Content-Disposition")).startsWith("attachment");
    assertThat(file.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    for (var hidden : List.of(kept.id().toString(), "not-a-uuid")) {
      mvc.perform(get(report + "/evidence/" + hidden)).andExpect(status().isNotFound());
    }
    // made private again: gone from the page and the link
    evidenceFiles.markPublic(planner, shown.id(), false);
    assertThat(page(report)).doesNotContain("ภาพการอบรม.pdf");
    mvc.perform(get(report + "/evidence/" + shown.id())).andExpect(status().isNotFound());
  }

  private static java.io.InputStream pdf() {
    return new java.io.ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void publicPagesAreCachedWithAnEtagAndEscapeWhatTheyShow() throws Exception {
    TestData.Tenant t = data.tenant("etg", "ตาก");
    new PublishedPlans(plans, organizations).publish(t, 1);
    String path = "/o/" + t.organization().code();
    var first = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
    assertThat(first.getHeader("Cache-Control")).contains("public").contains("max-age=300");
    assertThat(first.getHeader("ETag")).isNotBlank();
    assertThat(page("/o?q=<script>alert(1)</script>")).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
    mvc.perform(get(path).header("If-None-Match", first.getHeader("ETag"))).andExpect(status().isNotModified());
  }

  private String page(String path) throws Exception {
    return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  private static List<String> codes(String html) {
    Matcher m = Pattern.compile("class=\"oit-code\"[^>]*>(O\\d+)<").matcher(html);
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) out.add(m.group(1));
    return out;
  }

  private static ProgressForm form(String done) {
    return new ProgressForm("DONE", done, "2023-11-01", "2023-11-02", "8,000", List.of("90"), null, null, null, null);
  }
}
