package org.sujarit.complaint.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.sujarit.SignedIn.as;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.IntegrationTest;
import org.sujarit.TestData;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.internal.Complaints;
import org.sujarit.complaint.internal.Views.ChannelSetup;

/**
 * 1,000 scripted submissions to one organization, by the page form and the JSON API, first from one address and
 * then from 500: exactly the configured limits get through, everything else is a Thai 429, and the officers' case
 * list keeps answering with the accepted cases throughout. (Speed is measured by bench/complaint-flood.sh.)
 */
@IntegrationTest
@Import(TestData.class)
class SubmissionFloodTest {
  static final String THAI_LIMIT = "มากเกินไป";
  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired Complaints complaints;
  @Autowired JdbcTemplate jdbc;
  @Value("${sujarit.complaint.limit.per-organization:10}") int perOrganization;
  @Value("${sujarit.complaint.limit.per-address:5}") int perAddress;

  @Test
  void aThousandScriptedSubmissionsGetOnlyTheLimitsThroughWhileTheOfficersListAnswers() throws Exception {
    TestData.Tenant tenant = data.tenant("flood", "ขอนแก่น");
    for (Channel c : Channel.values()) {
      complaints.configure(tenant.member(Role.ORG_ADMIN), tenant.organization().id(),
          new ChannelSetup(c, true, 15, List.of(tenant.member(Role.COMPLAINT_OFFICER).userId())));
    }
    CurrentUser officer = tenant.member(Role.COMPLAINT_OFFICER);
    String org = tenant.organization().id().toString();

    int[] oneAddress = flood(tenant, 0, 500, i -> "198.18.0.1");
    int fromOne = Math.min(perAddress, perOrganization);
    assertThat(oneAddress[0]).as("accepted from one address").isEqualTo(fromOne);
    assertThat(oneAddress[1]).as("refused from one address").isEqualTo(500 - fromOne);

    int[] manyAddresses = flood(tenant, 500, 1000, i -> "198.18." + (1 + i / 250) + "." + (i % 250));
    assertThat(manyAddresses[0]).as("accepted from many addresses").isEqualTo(perOrganization - fromOne);
    assertThat(manyAddresses[1]).as("refused from many addresses").isEqualTo(500 - (perOrganization - fromOne));

    assertThat(jdbc.queryForObject("select count(*) from complaint_case where organization_id = ?::uuid", Integer.class, org))
        .isEqualTo(perOrganization);
    String list = mvc.perform(get("/api/complaints").param("organization", org).with(as(officer))).andReturn().getResponse()
        .getContentAsString();
    assertThat(list).contains("\"total\":" + perOrganization);
  }

  /** Sends submissions {@code from} to {@code to}, even ones by the page form and odd ones by the API; answers {accepted, refused}. */
  private int[] flood(TestData.Tenant tenant, int from, int to, java.util.function.IntFunction<String> address) throws Exception {
    String org = tenant.organization().id().toString();
    String code = tenant.organization().code();
    CurrentUser officer = tenant.member(Role.COMPLAINT_OFFICER);
    int accepted = 0;
    int refused = 0;
    for (int i = from; i < to; i++) {
      String a = address.apply(i);
      MockHttpServletResponse r;
      if (i % 2 == 0) {
        r = mvc.perform(post("/o/" + code + "/complaints/new").with(csrf()).with(req -> { req.setRemoteAddr(a); return req; })
            .param("anonymous", "true").param("subject", "ถนนเป็นหลุม " + i).param("details", "<b>สคริปต์</b> ส่งซ้ำ").param("category", "ROADS")
            .param("consent", "true")).andReturn().getResponse();
      } else {
        r = mvc.perform(post("/api/public/organizations/" + org + "/complaints").with(req -> { req.setRemoteAddr(a); return req; })
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"channel\":\"GENERAL\",\"anonymous\":true,\"subject\":\"ท่อแตก " + i + "\",\"details\":\"สคริปต์ส่งซ้ำ\"}"))
            .andReturn().getResponse();
      }
      String body = r.getContentAsString(StandardCharsets.UTF_8);
      int ok = i % 2 == 0 ? 200 : 201;
      if (r.getStatus() == ok) {
        accepted++;
        assertThat(body).as("answer %d", i).containsPattern(i % 2 == 0 ? PublicComplaintPagesTest.RECEIPT.pattern() : "\"receipt\":\"\\d{20}\"");
      } else {
        assertThat(r.getStatus()).as("answer %d: %s", i, body).isEqualTo(429);
        assertThat(body).contains(THAI_LIMIT);
        if (i % 2 == 1) assertThat(body).contains("\"code\":\"complaint.limit\"");
        refused++;
      }
      if (i % 100 == 50) {
        assertThat(mvc.perform(get("/organizations/" + org + "/complaints").with(as(officer))).andReturn().getResponse().getStatus())
            .isEqualTo(200);
        MockHttpServletResponse list = mvc.perform(get("/api/complaints").param("organization", org).with(as(officer))).andReturn().getResponse();
        assertThat(list.getStatus()).isEqualTo(200);
        Integer stored = jdbc.queryForObject("select count(*) from complaint_case where organization_id = ?::uuid", Integer.class, org);
        assertThat(list.getContentAsString()).contains("\"total\":" + stored);
      }
    }
    return new int[] {accepted, refused};
  }
}
