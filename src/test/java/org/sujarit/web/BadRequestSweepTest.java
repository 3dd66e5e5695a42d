package org.sujarit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.sujarit.IntegrationTest;
import org.sujarit.SignedIn;
import org.sujarit.TestData;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Permission;
import org.sujarit.access.Requires;
import org.sujarit.access.Role;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every endpoint of the OpenAPI document, sent what a careless client or an attacker sends: a body
 * of the wrong media type, malformed JSON, no parameters at all, an Accept the server cannot give.
 * None may answer 500; each kind has its proper status.
 */
@IntegrationTest
@Import(TestData.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadRequestSweepTest {
  private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
  TestData.Tenant tenant;
  List<String[]> operations = new ArrayList<>();
  CurrentUser planner;
  CurrentUser executive;

  @BeforeAll
  void readTheApi() throws Exception {
    TestData.Tenant t = data.tenant("sweep", "ขอนแก่น");
    tenant = t;
    planner = t.member(Role.PLANNER);
    executive = t.member(Role.EXECUTIVE);
    String json = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
    JsonNode paths = JsonMapper.builder().build().readTree(json).get("paths");
    for (Map.Entry<String, JsonNode> path : paths.properties()) {
      for (Iterator<String> m = path.getValue().propertyNames().iterator(); m.hasNext(); ) {
        String method = m.next();
        if (List.of("get", "post", "put", "patch", "delete").contains(method)) operations.add(new String[] {method, path.getKey()});
      }
    }
    assertThat(operations).hasSizeGreaterThan(30);
  }

  @Test
  void noBadRequestToAnyEndpointAnswers500() throws Exception {
    List<String> failures = new ArrayList<>();
    for (String[] op : operations) {
      String uri = concrete(op[1]);
      HttpMethod method = HttpMethod.valueOf(op[0].toUpperCase());
      for (CurrentUser user : List.of(planner, executive)) {
        check(failures, "xml", mvc.perform(request(method, uri).with(SignedIn.as(user)).with(csrf())
            .contentType(MediaType.TEXT_XML).content("<plan/>")).andReturn());
        check(failures, "malformed", mvc.perform(request(method, uri).with(SignedIn.as(user)).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content("{\"name\": [unclosed")).andReturn());
        check(failures, "nothing", mvc.perform(request(method, uri).with(SignedIn.as(user)).with(csrf())).andReturn());
        check(failures, "accept", mvc.perform(request(method, uri).with(SignedIn.as(user)).with(csrf())
            .accept(MediaType.TEXT_XML)).andReturn());
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void eachKindOfBadRequestHasItsStatusAndAThaiProblem() throws Exception {
    UUID org = planner.organizationId();
    MvcResult xml = mvc.perform(request(HttpMethod.POST, "/api/organizations/" + org + "/plans").with(SignedIn.as(planner)).with(csrf())
        .contentType(MediaType.TEXT_XML).content("<plan/>")).andReturn();
    assertThat(xml.getResponse().getStatus()).isEqualTo(415);
    assertThat(xml.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("JSON");

    MvcResult malformed = mvc.perform(request(HttpMethod.POST, "/api/organizations/" + org + "/plans").with(SignedIn.as(planner))
        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"title\": [")).andReturn();
    assertThat(malformed.getResponse().getStatus()).isEqualTo(400);

    MvcResult notAcceptable = mvc.perform(get("/api/organizations/" + org).with(SignedIn.as(planner)).accept(MediaType.TEXT_XML)).andReturn();
    assertThat(notAcceptable.getResponse().getStatus()).isEqualTo(406);
    assertThat(notAcceptable.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("JSON");
  }

  @Test
  void aRoleWithoutTheRightIsRefusedBeforeItsBodyIsJudgedAndToldWhy() throws Exception {
    MvcResult r = mvc.perform(request(HttpMethod.POST, "/api/organizations/" + executive.organizationId() + "/plans")
        .with(SignedIn.as(executive)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"title\": [")).andReturn();
    assertThat(r.getResponse().getStatus()).isEqualTo(403);
    String body = r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(body).contains("จัดทำและแก้ไขแผน").contains("เจ้าหน้าที่จัดทำแผน").doesNotContain("องค์กรอื่น");
  }

  /**
   * Every endpoint that declares its right ({@link Requires}), sent a malformed body by a role without
   * that right: 403, never the 400 the body would earn.
   */
  @Test
  void everyEndpointWithARequiredRightRefusesAWrongRoleBeforeItsBody() throws Exception {
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
      Requires requires = e.getValue().getMethodAnnotation(Requires.class);
      if (requires == null) continue;
      CurrentUser without = lacking(requires.value());
      for (RequestMethod m : e.getKey().getMethodsCondition().getMethods()) {
        for (String pattern : e.getKey().getPatternValues()) {
          checked++;
          MvcResult r = mvc.perform(request(HttpMethod.valueOf(m.name()), concrete(pattern.replaceAll("\\{(\\w+):[^/]*}", "{$1}"))).with(SignedIn.as(without)).with(csrf())
              .contentType(MediaType.APPLICATION_JSON).content("{\"name\": [unclosed")).andReturn();
          if (r.getResponse().getStatus() != 403) {
            failures.add(m + " " + pattern + " as " + without.roles() + " -> " + r.getResponse().getStatus());
          }
        }
      }
    }
    assertThat(checked).as("endpoints with @Requires (plan, monitoring, organization, risk, complaint APIs)").isGreaterThanOrEqualTo(10);
    assertThat(failures).isEmpty();
  }

  /** A member of the sweep's organization whose roles lack {@code p}, or a user of no organization when every member has it. */
  private CurrentUser lacking(Permission p) {
    for (Role role : Role.organizationalRoles()) {
      if (!p.grantedTo(role)) return tenant.member(role);
    }
    Role outside = Role.OVERSIGHT;
    assertThat(p.grantedTo(outside)).isFalse();
    return new CurrentUser(UUID.randomUUID(), "sweep.oversight", "ผู้กำกับ", null, null, java.util.Set.of(outside), null);
  }

  @Test
  void anotherOrganizationsDataIsRefusedAsSuch() throws Exception {
    TestData.Tenant other = data.tenant("sweep-other", "ขอนแก่น");
    MvcResult r = mvc.perform(request(HttpMethod.POST, "/api/organizations/" + other.organization().id().value() + "/plans")
        .with(SignedIn.as(planner)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
        .content("{\"title\":\"แผน\",\"frameworkCode\":\"NACC_2566\",\"firstYear\":2566,\"lastYear\":2570}")).andReturn();
    assertThat(r.getResponse().getStatus()).isEqualTo(403);
    assertThat(r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("องค์กรอื่น");
  }

  @Test
  void anIllegalStepNamesTheStatesInThaiWords() throws Exception {
    var plan = data.draftPlan(data.tenant("sweep-state", "ขอนแก่น"));
    CurrentUser boss = data.tenant("sweep-state2", "ขอนแก่น").member(Role.EXECUTIVE);
    MvcResult r = mvc.perform(request(HttpMethod.POST, "/api/plans/" + plan.id().value() + "/versions/1/approve")
        .param("revision", Long.toString(plan.revision())).with(SignedIn.as(executiveOf(plan, boss))).with(csrf())).andReturn();
    String body = r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(r.getResponse().getStatus()).as(body).isEqualTo(422);
    assertThat(body).contains("จาก ร่าง เป็น อนุมัติแล้ว").doesNotContain("DRAFT");
  }

  private CurrentUser executiveOf(org.sujarit.plan.Plan plan, CurrentUser template) {
    return new CurrentUser(template.userId(), template.username(), template.displayName(), plan.organizationId().value(),
        null, java.util.Set.of(Role.EXECUTIVE), null);
  }

  private static void check(List<String> failures, String kind, MvcResult r) {
    if (r.getResponse().getStatus() >= 500) {
      failures.add(kind + " " + r.getRequest().getMethod() + " " + r.getRequest().getRequestURI() + " -> " + r.getResponse().getStatus());
    }
  }

  private String concrete(String template) {
    Matcher m = VARIABLE.matcher(template);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String name = m.group(1).toLowerCase();
      String value = name.contains("year") ? "2569" : name.contains("version") || name.contains("round") ? "1"
          : name.equals("id") && template.startsWith("/api/organizations") ? planner.organizationId().toString() : UUID.randomUUID().toString();
      m.appendReplacement(sb, value);
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
