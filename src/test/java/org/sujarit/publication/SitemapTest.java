package org.sujarit.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.IntegrationTest;
import org.sujarit.TestData;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;
import org.sujarit.common.FiscalPeriod;
import org.sujarit.monitoring.Progress;
import org.sujarit.monitoring.web.ProgressForm;
import org.sujarit.monitoring.PublishedPlans;
import org.sujarit.monitoring.ReportingRound;
import org.sujarit.monitoring.RoundKind;
import org.sujarit.organization.Organizations;
import org.sujarit.plan.Plan;
import org.sujarit.plan.Plans;

/**
 * The sitemap lists, of every publishing organization, exactly the pages its published records give (as
 * computed here from the tables, not through the public site), and reads them in a constant number of
 * statements however many organizations publish.
 */
@IntegrationTest
@Import(TestData.class)
class SitemapTest {
  private static final Pattern LOC = Pattern.compile("<loc>http://localhost(/o/[^<]*)</loc>");

  @Autowired MockMvc mvc;
  @Autowired TestData data;
  @Autowired Plans plans;
  @Autowired Organizations organizations;
  @Autowired Progress progress;
  @Autowired JdbcTemplate jdbc;
  @Autowired EventPublicationRegistry events;

  @Test
  void listsWhatThePublishedRecordsGiveInAConstantNumberOfStatements() throws Exception {
    PublishedPlans published = new PublishedPlans(plans, organizations);
    // an amended plan (two published versions), a later plan overlapping it (in force in 2568–2570), an acknowledged round
    TestData.Tenant amended = data.tenant("smapamend", "ตราด");
    CurrentUser planner = amended.member(Role.PLANNER);
    CurrentUser executive = amended.member(Role.EXECUTIVE);
    Plan first = published.publish(amended, 2);
    acknowledge(amended, first, ReportingRound.of(2567, RoundKind.HALF_YEAR));
    Plan v2 = plans.amend(planner, first.id(), "ปรับปรุงแผน");
    v2 = plans.submit(planner, v2.id(), 2, v2.revision());
    v2 = plans.approve(executive, v2.id(), 2, v2.revision());
    plans.publish(planner, v2.id(), 2, v2.revision());
    Plan later = plans.copy(planner, first.id(), 1, FiscalPeriod.of(2568, 2572), "NACC_2566", "แผนฉบับใหม่ 2568–2572");
    later = plans.submit(planner, later.id(), 1, later.revision());
    later = plans.approve(executive, later.id(), 1, later.revision());
    plans.publish(planner, later.id(), 1, later.revision());
    TestData.Tenant plain = data.tenant("smapplain", "ตราด");
    published.publish(plain, 1);
    TestData.Tenant drafting = data.tenant("smapdraft", "ตราด");
    data.draftPlan(drafting);

    Map<String, Set<String>> listed = byOrganization(sitemap());
    for (TestData.Tenant t : List.of(amended, plain)) {
      assertThat(listed.get(t.organization().code())).as(t.organization().code()).isEqualTo(expected(t.organization().id().value()));
    }
    assertThat(listed).doesNotContainKey(drafting.organization().code());
    assertThat(listed.get(amended.organization().code())).contains(
        "/o/" + amended.organization().code() + "/plans/2566-2570/1", "/o/" + amended.organization().code() + "/plans/2566-2570/2",
        "/o/" + amended.organization().code() + "/2567/reports/half-year", "/o/" + amended.organization().code() + "/2572");

    int before = statementsOfASitemap();
    for (int i = 0; i < 3; i++) published.publish(data.tenant("smapmore" + i, "ตราด"), 1);
    int after = statementsOfASitemap();
    System.out.printf("sitemap: %d statements with %d publishing organizations, %d with %d%n", before, listed.size(), after,
        byOrganization(sitemap()).size());
    assertThat(after).as("statements with three more publishing organizations").isEqualTo(before);
    assertThat(after).isLessThanOrEqualTo(6);
  }

  private void acknowledge(TestData.Tenant t, Plan plan, ReportingRound round) {
    CurrentUser planner = t.member(Role.PLANNER);
    var item = plan.items().get(0);
    progress.save(planner, plan.id(), round, item.id(), new ProgressForm("DONE", "อบรมแล้ว", null, null, "1,000", List.of(), null, null, null,
        null).toEntry(), null, true);
    progress.accept(planner, plan.id(), round, item.id());
    progress.acknowledge(t.member(Role.EXECUTIVE), plan.id(), round, null);
  }

  /** The pages of an organization from its rows: every published version; every year one covers, with the rounds acknowledged of the plan in force. */
  private Set<String> expected(UUID org) {
    String code = jdbc.queryForObject("select code from organization where id = ?", String.class, org);
    record Version(UUID plan, int version, int first, int last, Instant published) {}
    List<Version> versions = jdbc.query("""
        select v.plan_id, v.version, v.first_year, v.last_year, v.published_at from plan_version v join plan p on p.id = v.plan_id
        where p.organization_id = ? and v.status = 'PUBLISHED'""",
        (rs, n) -> new Version(rs.getObject(1, UUID.class), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getTimestamp(5).toInstant()), org);
    Set<String> pages = new TreeSet<>();
    pages.add("/o/" + code);
    TreeSet<Integer> years = new TreeSet<>();
    for (Version v : versions) {
      pages.add("/o/" + code + "/plans/" + v.first() + "-" + v.last() + "/" + v.version());
      for (int y = v.first(); y <= v.last(); y++) years.add(y);
    }
    for (int y : years) {
      int year = y;
      Version inForce = versions.stream().filter(v -> v.first() <= year && v.last() >= year).max(Comparator.comparing(Version::published)).orElseThrow();
      pages.addAll(List.of("/o/" + code + "/" + y, "/o/" + code + "/" + y + "/plan", "/o/" + code + "/" + y + "/ita"));
      for (String round : jdbc.queryForList("select round from progress_round where plan_id = ? and fiscal_year = ?", String.class, inForce.plan(), y)) {
        pages.add("/o/" + code + "/" + y + "/reports/" + (round.equals("HALF_YEAR") ? "half-year" : "full-year"));
      }
    }
    return pages;
  }

  private String sitemap() throws Exception {
    var started = mvc.perform(get("/sitemap.xml")).andReturn();
    return mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  /** The listed pages by organization code; a page listed twice fails. */
  private static Map<String, Set<String>> byOrganization(String sitemap) {
    Map<String, Set<String>> out = new java.util.HashMap<>();
    Matcher m = LOC.matcher(sitemap);
    while (m.find()) {
      String page = m.group(1);
      String code = page.split("/")[2];
      assertThat(out.computeIfAbsent(code, k -> new LinkedHashSet<>()).add(page)).as("listed once: " + page).isTrue();
    }
    out.replaceAll((k, v) -> new TreeSet<>(v));
    return out;
  }

  /**
   * The statements one sitemap runs, on any thread (the XML is written on another), counted from
   * JdbcTemplate's log once the listeners of the publications above are done; the directory is read first.
   */
  private int statementsOfASitemap() throws Exception {
    Instant until = Instant.now().plus(Duration.ofSeconds(30));
    while (events.findIncompletePublications().stream().anyMatch(p -> p.getStatus() != EventPublication.Status.FAILED)
        && Instant.now().isBefore(until)) {
      Thread.sleep(50);
    }
    sitemap();
    Logger logger = (Logger) LoggerFactory.getLogger("org.springframework.jdbc.core.JdbcTemplate");
    Level level = logger.getLevel();
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    log.start();
    logger.addAppender(log);
    logger.setLevel(Level.DEBUG);
    try {
      sitemap();
    } finally {
      logger.setLevel(level);
      logger.detachAppender(log);
    }
    List<String> statements = new ArrayList<>();
    for (ILoggingEvent e : log.list) {
      String message = e.getFormattedMessage();
      boolean statement = message.startsWith("Executing prepared SQL statement") || message.startsWith("Executing SQL statement")
          || message.startsWith("Executing SQL query") || message.startsWith("Executing SQL update");
      // the nodes' background work (job heartbeats, shared counts, the event registry) is not the sitemap's
      if (statement && !message.matches("(?s).*(document_job|shared_count|event_publication|scheduled_run).*")) statements.add(message);
    }
    return statements.size();
  }
}
