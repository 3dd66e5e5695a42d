package org.sujarit.importer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.sujarit.IntegrationTest;
import org.sujarit.TestData;
import org.sujarit.access.Role;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanId;
import org.sujarit.plan.Plans;

/**
 * The import review with the sessions in the database (several nodes): what was read is written to
 * {@code spring_session_attributes} and read back from there by every later request, through the
 * upload, the review, a correction and the creation of the draft.
 */
@IntegrationTest
@TestPropertySource(properties = "sujarit.sessions=jdbc")
@Import(TestData.class)
class ImportJdbcSessionTest {
  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired Plans plans;
  @Autowired JdbcClient jdbc;
  @Autowired JdbcIndexedSessionRepository sessions;

  /** The SESSION cookie of the database session, carried from response to request like a browser. */
  Cookie cookie;

  private MvcResult send(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
    if (cookie != null) request.cookie(cookie);
    MvcResult result = mvc.perform(request).andReturn();
    Cookie set = result.getResponse().getCookie("SESSION");
    if (set != null) cookie = set;
    return result;
  }

  @Test
  void theReviewFlowRunsWithTheSessionInTheDatabase() throws Exception {
    TestData.Tenant tenant = data.tenant("ijs" + System.nanoTime() % 100000, "ขอนแก่น");
    String planner = tenant.member(Role.PLANNER).username();
    send(post("/login").param("username", planner).param("password", TestData.PASSWORD).with(csrf()));
    assertThat(cookie).as("signed in with a database session").isNotNull();

    byte[] file = Files.readAllBytes(Path.of("src/test/resources/importer/clean-plan.txt"));
    String review = send(multipart("/organizations/" + tenant.organization().id() + "/import")
        .file(new MockMultipartFile("file", "old-plan.txt", "text/plain", file)).with(csrf())).getResponse().getRedirectedUrl();
    assertThat(review).startsWith("/imports/");
    assertThat(jdbc.sql("select count(*) from spring_session_attributes where attribute_name = ?")
        .param(ImportController.class.getName()).query(Long.class).single()).as("the pending import is in the database").isEqualTo(1);

    // nothing kept in memory between requests: every request loads the session from the table
    org.springframework.session.Session stored = sessions.findById(cookieSessionId());
    assertThat(stored.<Object>getAttribute(ImportController.class.getName())).isNotNull();
    String page = send(get(review)).getResponse().getContentAsString();
    assertThat(page).contains("โครงการอบรมคุณธรรมจริยธรรมบุคลากร", "(เอกสาร 10,000)");

    var save = post(review).with(csrf()).param("action", "save");
    ImportWebTest.fill(save, "2,500");
    assertThat(send(save).getResponse().getRedirectedUrl()).isEqualTo(review);
    assertThat(send(get(review)).getResponse().getContentAsString()).as("the correction was saved in the database session")
        .contains("ชื่อที่แก้แล้ว", "2,500");

    var create = post(review).with(csrf()).param("action", "create");
    ImportWebTest.fill(create, "2,500");
    String planUrl = send(create).getResponse().getRedirectedUrl();
    assertThat(planUrl).startsWith("/plans/");
    Plan plan = plans.get(tenant.member(Role.PLANNER), PlanId.of(planUrl.substring("/plans/".length())));
    assertThat(plan.items().get(0).name()).isEqualTo("ชื่อที่แก้แล้ว");
    mvc.perform(get(review).cookie(cookie)).andExpect(status().isNotFound());
  }

  private String cookieSessionId() {
    return new String(java.util.Base64.getDecoder().decode(cookie.getValue()), java.nio.charset.StandardCharsets.UTF_8);
  }
}
