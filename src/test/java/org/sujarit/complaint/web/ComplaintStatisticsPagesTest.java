package org.sujarit.complaint.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.IntegrationTest;
import org.sujarit.SignedIn;
import org.sujarit.TestData;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.ThaiDates;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.IntakeChannel;
import org.sujarit.complaint.Submission;
import org.sujarit.complaint.internal.Complaints;
import org.sujarit.complaint.internal.Views.ChannelSetup;
import org.sujarit.complaint.internal.Views;

/** The officers' statistics page and CSV break the figures down by category and satisfaction per channel; the public page does not. */
@IntegrationTest
@Import(TestData.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplaintStatisticsPagesTest {
  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired Complaints complaints;
  TestData.Tenant tenant;
  CurrentUser officer;
  int year;

  @BeforeAll
  void setUp() {
    tenant = data.tenant("cstats", "ขอนแก่น");
    officer = tenant.member(Role.COMPLAINT_OFFICER);
    for (Channel c : Channel.values()) {
      complaints.configure(tenant.member(Role.ORG_ADMIN), tenant.organization().id(), new ChannelSetup(c, true, 15, List.of(officer.userId())));
    }
    LocalDate today = LocalDate.now(ThaiDates.BANGKOK);
    year = FiscalYear.containing(today).value();
    register(Channel.GENERAL, IntakeChannel.TELEPHONE, "ROADS", today);
    register(Channel.GENERAL, IntakeChannel.LINE, "ROADS", today);
    Views.Receipt bribery = register(Channel.CORRUPTION, IntakeChannel.IN_PERSON, "BRIBERY", today);
    var id = complaints.list(officer, tenant.organization().id(), org.sujarit.complaint.internal.CaseFilter.ALL, 1).cases().stream().filter(c -> c.category().equals("BRIBERY"))
        .findFirst().orElseThrow().id();
    for (Complaints.Action.Kind k : List.of(Complaints.Action.Kind.ACCEPT, Complaints.Action.Kind.INVESTIGATE, Complaints.Action.Kind.RESULT,
        Complaints.Action.Kind.CLOSE)) {
      complaints.act(officer, id, new Complaints.Action(k, null, "ลงโทษทางวินัยแล้ว", null, null, null));
    }
    complaints.rate(tenant.organization().id(), bribery.display(), 5, "", "198.51.100.40");
  }

  private Views.Receipt register(Channel channel, IntakeChannel intake, String category, LocalDate on) {
    return complaints.register(officer, tenant.organization().id(),
        new Submission(channel, true, null, null, false, "เรื่อง " + category, "รายละเอียด", "", "", "", "", category, true), intake, on, List.of());
  }

  @Test
  void theOfficersPageShowsEachCategoryOfEachChannelAndSatisfactionPerChannel() throws Exception {
    String html = mvc.perform(get("/organizations/" + tenant.organization().id() + "/complaints/statistics").param("year", "" + year)
        .with(SignedIn.as(tenant.member(Role.PLANNER)))).andReturn().getResponse().getContentAsString();
    assertThat(html).contains("id=\"by-category\"", "id=\"satisfaction-by-channel\"", "ถนน ทางเท้า สะพาน", "เรียกรับสินบน", "100.0 %", "5.00");

    String open = mvc.perform(get("/o/" + tenant.organization().code() + "/complaints/statistics").param("year", "" + year))
        .andReturn().getResponse().getContentAsString();
    assertThat(open).contains("id=\"fig-received\"").doesNotContain("by-category", "satisfaction-by-channel", "เรียกรับสินบน");
  }

  @Test
  void theCsvHasARowPerPeriodChannelIntakeAndCategory() throws Exception {
    byte[] body = mvc.perform(get("/organizations/" + tenant.organization().id() + "/complaints/statistics.csv").param("year", "" + year)
        .with(SignedIn.as(officer))).andReturn().getResponse().getContentAsByteArray();
    List<String> lines = new String(body, StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(0)).startsWith("\uFEFFช่วงเวลา,").contains("ช่องทาง", "รับเรื่องทาง", "ประเภทเรื่อง", "ร้อยละที่พึงพอใจ");
    List<String> wholeYear = lines.stream().filter(l -> l.startsWith("ทั้งปี,")).toList();
    assertThat(wholeYear).hasSize(3);
    assertThat(wholeYear).anyMatch(l -> l.contains(",เรื่องร้องเรียน/ร้องทุกข์ทั่วไป,โทรศัพท์,ถนน ทางเท้า สะพาน,1,0,1,0,0,0,0,0,"));
    assertThat(wholeYear).anyMatch(l -> l.endsWith(",แจ้งเบาะแสการทุจริตและประพฤติมิชอบ,ด้วยตนเอง,เรียกรับสินบน,1,1,0,0,1,1,1,1,100.0"));
    // each case is in the year, one half, one quarter and one month: 4 rows per combination
    assertThat(lines).hasSize(1 + 3 * 4);
  }
}
