package org.sujarit.complaint.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.IntegrationTest;
import org.sujarit.TestData;
import org.sujarit.access.Role;
import org.sujarit.common.FiscalYear;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.internal.Complaints;
import org.sujarit.complaint.internal.Views.ChannelSetup;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationId;
import org.sujarit.publication.EvidenceStatus;
import org.sujarit.publication.site.ItaEvidence;
import org.sujarit.publication.site.OitList;

/** The complaint channel as OIT evidence: missing while the corruption channel is closed, then a permanent link per item and year. */
@IntegrationTest
@Import(TestData.class)
class ComplaintEvidenceTest {
  static final FiscalYear YEAR = FiscalYear.of(2568);
  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired Complaints complaints;
  @Autowired ItaEvidence ita;
  @Autowired ComplaintEvidence evidence;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theChannelTheGuidelineAndTheStatisticsBecomeEvidenceWhenTheChannelOpens() throws Exception {
    TestData.Tenant t = data.tenant("evcomplaint", "สกลนคร");
    Organization org = t.organization();
    String code = org.code();
    for (String item : List.of("O17", "O18", "O19")) {
      EvidenceStatus e = evidence(org, item);
      assertThat(e.state()).isEqualTo(EvidenceStatus.State.MISSING);
      assertThat(e.reasonKey()).isEqualTo("ita.reason.complaint.channel-closed");
      assertThat(e.fixPath()).isEqualTo("/organizations/" + org.id() + "/complaints/settings");
    }
    complaints.configure(t.member(Role.ORG_ADMIN), org.id(), new ChannelSetup(Channel.CORRUPTION, true, 20, List.of(t.member(Role.COMPLAINT_OFFICER).userId())));

    assertThat(evidence(org, "O17").publicPath()).isEqualTo("/o/" + code + "/2568/complaints/guideline");
    assertThat(evidence(org, "O18").publicPath()).isEqualTo("/o/" + code + "/report-corruption");
    assertThat(evidence(org, "O19").publicPath()).isEqualTo("/o/" + code + "/2568/complaints");

    MockHttpServletResponse stats = mvc.perform(get("/o/" + code + "/2568/complaints")).andExpect(status().isOk()).andReturn().getResponse();
    assertThat(stats.getHeader("Cache-Control")).contains("public");
    assertThat(stats.getContentAsString(StandardCharsets.UTF_8)).contains("ไม่มีเรื่องร้องเรียน", "2568", "/o/" + code + "/2568/complaints/guideline");
    String guideline = mvc.perform(get("/o/" + code + "/2568/complaints/guideline")).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    assertThat(guideline).contains("แนวปฏิบัติการจัดการเรื่องร้องเรียน", "ภายใน 20 วัน", "ส่วนงานที่รับผิดชอบ", "สำนักงาน ป.ป.ช.", "/o/" + code + "/report-corruption");
    for (String missing : List.of("/o/" + code + "/9999/complaints", "/o/" + code + "/0001/complaints/guideline", "/o/X0000000/2568/complaints")) {
      mvc.perform(get(missing)).andExpect(status().isNotFound());
    }
  }

  @Test
  void manyOrganizationsAtOnceAreReadyAsOneByOne() {
    TestData.Tenant staffed = open(data.tenant("evmstaffed", "สกลนคร"), true);
    TestData.Tenant closed = open(data.tenant("evmclosed", "สกลนคร"), false);
    TestData.Tenant disabled = open(data.tenant("evmdisabled", "สกลนคร"), true);
    TestData.Tenant demoted = open(data.tenant("evmdemoted", "สกลนคร"), true);
    TestData.Tenant never = data.tenant("evmnever", "สกลนคร");
    jdbc.update("update app_user set enabled = false where id = ?", disabled.member(Role.COMPLAINT_OFFICER).userId());
    jdbc.update("delete from user_role where user_id = ? and role = 'COMPLAINT_OFFICER'", demoted.member(Role.COMPLAINT_OFFICER).userId());
    List<Organization> orgs = List.of(staffed, closed, disabled, demoted, never).stream().map(TestData.Tenant::organization).toList();

    Map<String, Set<OrganizationId>> ready = evidence.ready(evidence.kinds(), orgs, YEAR);
    assertThat(ready.keySet()).isEqualTo(evidence.kinds());
    for (String kind : evidence.kinds()) {
      assertThat(ready.get(kind)).as(kind).containsExactly(staffed.organization().id())
          .isEqualTo(orgs.stream().filter(o -> evidence.find(kind, o, YEAR).ready()).map(Organization::id).collect(Collectors.toSet()));
    }
    OitList list = ita.list(YEAR).orElseThrow();
    Map<OrganizationId, Integer> counts = ita.readyCounts(orgs, list);
    for (Organization o : orgs) {
      assertThat(counts.get(o.id())).as(o.name()).isEqualTo((int) ita.statuses(o, list).stream().filter(s -> s.evidence().ready()).count());
    }
  }

  private TestData.Tenant open(TestData.Tenant t, boolean open) {
    complaints.configure(t.member(Role.ORG_ADMIN), t.organization().id(),
        new ChannelSetup(Channel.CORRUPTION, open, 20, List.of(t.member(Role.COMPLAINT_OFFICER).userId())));
    return t;
  }

  private EvidenceStatus evidence(Organization org, String code) {
    return ita.status(org, YEAR, ita.list(YEAR).orElseThrow().item(code).orElseThrow()).evidence();
  }
}
