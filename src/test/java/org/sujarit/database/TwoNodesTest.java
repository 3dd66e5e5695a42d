package org.sujarit.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.mockito.Mockito;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.sujarit.Sujarit;
import org.sujarit.TestData;
import org.sujarit.access.Role;
import org.sujarit.account.Accounts;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.ThaiDates;
import org.sujarit.complaint.protection.SubmissionLimits;
import org.sujarit.monitoring.EvidenceStores;
import org.sujarit.monitoring.Progress;
import org.sujarit.monitoring.PublishedPlans;
import org.sujarit.monitoring.ReminderRuns;
import org.sujarit.monitoring.ReportingRound;
import org.sujarit.monitoring.RoundDeadlines;
import org.sujarit.monitoring.RoundKind;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.Organizations;
import org.sujarit.organization.lookup.OrganizationLookup;
import org.sujarit.access.CurrentUser;
import org.sujarit.oversight.readmodel.Oversight;
import org.sujarit.oversight.readmodel.OversightReadModel;
import org.sujarit.plan.Plans;
import org.sujarit.publication.site.PublicSite;

/**
 * Two application nodes on one PostgreSQL behave as one: a user signed in on node A is signed in on
 * node B (sessions in the database), what node B keeps in memory follows a change made on node A
 * (LISTEN/NOTIFY), the daily reminder job run on both nodes at once mails once, files stored on one node are
 * read on the other (a shared files directory), node B reads oversight and public pages from its replica, and
 * the rate limits (failed sign-ins, complaint submissions) count on both nodes together.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTest {
  static final String PASSWORD = "two-nodes-pw-2569";
  static final String REPLICA_SCHEMA = "replica_probe";

  EmbeddedPostgres postgres;
  ConfigurableApplicationContext a;
  ConfigurableApplicationContext b;
  final JavaMailSender mailA = Mockito.mock(JavaMailSender.class);
  final JavaMailSender mailB = Mockito.mock(JavaMailSender.class);
  /** The round the reminder job mails for today, given the days before a deadline the nodes are set to remind. */
  ReportingRound reminded;
  /** Each node's own data directory, and the files directory they share. */
  Path dirs;
  final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeAll
  void start() throws Exception {
    LocalDate today = LocalDate.now(ThaiDates.BANGKOK);
    FiscalYear year = FiscalYear.containing(today);
    for (ReportingRound r : List.of(new ReportingRound(year.plus(-1), RoundKind.FULL_YEAR), new ReportingRound(year, RoundKind.HALF_YEAR),
        new ReportingRound(year, RoundKind.FULL_YEAR))) {
      if (reminded == null && r.dueDate(RoundDeadlines.DEFAULT).isAfter(today)) reminded = r;
    }
    long days = ChronoUnit.DAYS.between(today, reminded.dueDate(RoundDeadlines.DEFAULT));
    postgres = EmbeddedPostgres.builder().start();
    dirs = Files.createTempDirectory("two-nodes");
    Files.createDirectories(dirs.resolve("b"));
    a = node("a", mailA, days);
    // node B reads from a "replica": the same server under another URL, whose search path starts with a schema of its own
    b = node("b", mailB, days, "--sujarit.db.replica-url=" + postgres.getJdbcUrl("postgres", "postgres") + "&currentSchema=" + REPLICA_SCHEMA
        + ",public");
  }

  @AfterAll
  void stop() throws Exception {
    if (b != null) b.close();
    if (a != null) a.close();
    if (postgres != null) postgres.close();
    if (dirs != null) org.springframework.util.FileSystemUtils.deleteRecursively(dirs);
  }

  private ConfigurableApplicationContext node(String name, JavaMailSender mail, long reminderDays, String... more) {
    List<String> args = new ArrayList<>(List.of("--server.port=0", "--sujarit.monitoring.reminder-days=" + reminderDays, "--sujarit.db.data-dir=" + dirs.resolve(name),
            "--sujarit.files.dir=" + dirs.resolve("shared"), "--sujarit.db.url=" + postgres.getJdbcUrl("postgres", "postgres"),
        "--sujarit.db.user=postgres", "--sujarit.db.password=postgres", "--sujarit.sessions=jdbc", "--sujarit.demo.enabled=false",
        "--sujarit.admin.initial-password=" + PASSWORD, "--sujarit.security.bcrypt-strength=4", "--logging.level.root=WARN"));
    args.addAll(List.of(more));
    return new SpringApplicationBuilder(Sujarit.class)
        .initializers(context -> context.getBeanFactory().registerSingleton("testMailSender", mail))
        .run(args.toArray(String[]::new));
  }

  @Test
  void aSessionStartedOnOneNodeIsValidOnTheOther() throws Exception {
    HttpResponse<String> login = http.send(HttpRequest.newBuilder(url(a, "/login")).build(), HttpResponse.BodyHandlers.ofString());
    String cookie = cookies(login, "");
    Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login.body());
    assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
    String form = "username=admin&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(url(a, "/login")).header("Cookie", cookie)
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
    cookie = cookies(signedIn, cookie);

    HttpResponse<String> onB = http.send(HttpRequest.newBuilder(url(b, "/oversight?fiscalYear=2569")).header("Cookie", cookie).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(onB.statusCode()).as("node B knows the session made on node A").isEqualTo(200);
    assertThat(onB.body()).contains("ภาพรวมทั้งประเทศ");
    HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(url(b, "/oversight")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isEqualTo(302);
  }

  @Test
  void failedSignInsOnBothNodesAddUpToOneDelay() throws Exception {
    // three failures are free, the fourth makes the next attempt wait: two on each node are four
    for (ConfigurableApplicationContext node : List.of(a, b, a, b)) {
      assertThat(signIn(node, "two-nodes-guess", "wrong-password").headers().firstValue("Location").orElse("")).endsWith("/login?error");
    }
    assertThat(signIn(a, "two-nodes-guess", "wrong-password").headers().firstValue("Location").orElse("")).endsWith("/login?wait=1");
    assertThat(signIn(b, "two-nodes-guess", "wrong-password").headers().firstValue("Location").orElse("")).as("the wait holds on node B too")
        .endsWith("/login?wait=1");
  }

  @Test
  void complaintSubmissionsAreLimitedAcrossTheNodes() {
    SubmissionLimits onA = a.getBean(SubmissionLimits.class);
    SubmissionLimits onB = b.getBean(SubmissionLimits.class);
    String org = java.util.UUID.randomUUID().toString();
    // 5 per address and 10 per organization an hour, for the installation, not per node
    for (int i = 0; i < 5; i++) assertThat((i % 2 == 0 ? onA : onB).tryAcquire(org, "198.51.100.20")).isTrue();
    assertThat(onA.tryAcquire(org, "198.51.100.20")).isFalse();
    assertThat(onB.tryAcquire(org, "198.51.100.20")).isFalse();
    for (int i = 0; i < 5; i++) assertThat((i % 2 == 0 ? onB : onA).tryAcquire(org, "198.51.100.2" + (i + 1))).isTrue();
    assertThat(onA.wouldAllow(org, "198.51.100.30")).isFalse();
    assertThat(onB.tryAcquire(org, "198.51.100.30")).as("the organization's ten are used").isFalse();
  }

  @Test
  void aScheduledRunHappensOnceAcrossTheNodes() throws Exception {
    ScheduledRuns onA = a.getBean(ScheduledRuns.class);
    ScheduledRuns onB = b.getBean(ScheduledRuns.class);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int day = 1; day <= 20; day++) {
        String slot = "2569-01-" + day;
        List<Callable<Boolean>> claims = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          claims.add(() -> onA.claim("reminders", slot));
          claims.add(() -> onB.claim("reminders", slot));
        }
        int runs = 0;
        for (Future<Boolean> f : pool.invokeAll(claims)) if (f.get()) runs++;
        assertThat(runs).as("runs of " + slot).isEqualTo(1);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void whatNodeBKeepsFollowsAChangeOnNodeA() throws Exception {
    TestData data = data(a);
    TestData.Tenant t = data.tenant("twocache", "ขอนแก่น");
    OrganizationId id = t.organization().id();
    Organizations onA = a.getBean(Organizations.class);
    OrganizationLookup onB = b.getBean(OrganizationLookup.class);
    assertThat(onB.find(id).orElseThrow().code()).isEqualTo(t.organization().code()); // now kept in node B's memory
    String code = String.valueOf(1_000_000 + new java.util.Random().nextInt(9_000_000));
    onA.assignDlaCode(data.account("twoadmin" + System.nanoTime(), Role.SYSTEM_ADMIN, null), id, code);
    await("node B's organization " + id + " has the new code", () -> onB.find(id).orElseThrow().code().equals(code));

    // node B keeps its public index for minutes; a plan published on node A is there as soon as it commits
    assertThat(get(b, "/o/").body()).doesNotContain("/o/" + code); // now kept by node B
    new PublishedPlans(a.getBean(Plans.class), onA).publish(t, 2);
    await("node B's public index lists the organization", () -> get(b, "/o/").body().contains("/o/" + code + "\""));
  }

  @Test
  void nodeBReadsOversightAndPublicPagesFromItsReplica() {
    TestData data = data(a);
    TestData.Tenant t = data.tenant("tworeplica", "ขอนแก่น");
    new PublishedPlans(a.getBean(Plans.class), a.getBean(Organizations.class)).publish(t, 2);
    a.getBean(OversightReadModel.class).rebuild();
    CurrentUser admin = data.account("tworo" + System.nanoTime(), Role.SYSTEM_ADMIN, null);
    JdbcTemplate primary = new JdbcTemplate(a.getBean(javax.sql.DataSource.class));
    // the "replica" is behind: its connections find these empty tables first on their search path
    primary.execute("create schema " + REPLICA_SCHEMA);
    try {
      primary.execute("create table " + REPLICA_SCHEMA + ".oversight_organization (like public.oversight_organization)");
      primary.execute("create table " + REPLICA_SCHEMA + ".plan_version (like public.plan_version)");
      assertThat(a.getBean(Oversight.class).summary(admin, "NACC_2566", 2569, null).total().organizations()).isPositive();
      assertThat(b.getBean(Oversight.class).summary(admin, "NACC_2566", 2569, null).total().organizations()).isZero();
      assertThat(a.getBean(PublicSite.class).versions(t.organization())).hasSize(1);
      assertThat(b.getBean(PublicSite.class).versions(t.organization())).isEmpty();
      // writes stay on the primary: an organization node B registers is there for node A
      TestData.Tenant onB = data(b).tenant("twowrite", "ขอนแก่น");
      assertThat(a.getBean(OrganizationLookup.class).find(onB.organization().id())).isPresent();
    } finally {
      primary.execute("drop schema " + REPLICA_SCHEMA + " cascade");
    }
  }

  @Test
  void evidenceUploadedOnOneNodeIsThereOnTheOther() throws Exception {
    byte[] pdf = ("%PDF-1.4\nหลักฐานการประชุม " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
    String sha = EvidenceStores.store(a, pdf);
    assertThat(EvidenceStores.read(b, sha)).isEqualTo(pdf);
    try (var inOwnDir = Files.walk(dirs.resolve("b"))) {
      assertThat(inOwnDir.filter(p -> p.getFileName().toString().equals(sha))).isEmpty();
    }
  }

  @Test
  void aNodeWhoseListeningConnectionWasCutDropsWhatItKept() throws Exception {
    TestData.Tenant t = data(a).tenant("twocut", "ขอนแก่น");
    OrganizationId id = t.organization().id();
    OrganizationLookup onB = b.getBean(OrganizationLookup.class);
    assertThat(onB.find(id)).isPresent(); // kept by node B
    JdbcTemplate jdbc = new JdbcTemplate(a.getBean(javax.sql.DataSource.class));
    // a change node B cannot hear of: made while its connection is down, without a broadcast
    assertThat(jdbc.queryForList("select pg_terminate_backend(pid) from pg_stat_activity where application_name = ?", Boolean.class,
        ChangeNotifications.APPLICATION_NAME)).hasSize(2).containsOnly(true);
    String code = String.valueOf(1_000_000 + new java.util.Random().nextInt(9_000_000));
    jdbc.update("update organization set code = ? where id = ?", code, id.value());
    await("node B listens again and reads the organization again", () -> onB.find(id).orElseThrow().code().equals(code));
  }

  @Test
  void theDailyReminderJobRunOnBothNodesMailsOnce() throws Exception {
    Assumptions.assumeTrue(reminded.year().value() <= 2570, "the NACC 2566–2570 cycle has ended; the test plan cannot cover " + reminded);
    TestData data = data(a);
    TestData.Tenant t = data.tenant("tworem", "ขอนแก่น");
    new PublishedPlans(a.getBean(Plans.class), a.getBean(Organizations.class)).publish(t, 3, reminded.year());
    a.getBean(org.sujarit.monitoring.settings.ReportingSettings.class).setContact(t.member(Role.PLANNER), t.organization().id(), t.unit().id(), "finance@example.org");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (Future<?> f : pool.invokeAll(List.<Callable<Object>>of(Executors.callable(() -> ReminderRuns.daily(a)),
          Executors.callable(() -> ReminderRuns.daily(b))))) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(sent(mailA) + sent(mailB)).as("mails for " + reminded + " from both nodes").isEqualTo(1);
    ReminderRuns.daily(b); // later the same day: already done
    assertThat(sent(mailA) + sent(mailB)).isEqualTo(1);
  }

  /** Posts the sign-in form to {@code node} (a fresh session: its CSRF token first) and returns the answer, a redirect. */
  private HttpResponse<String> signIn(ConfigurableApplicationContext node, String username, String password) throws Exception {
    HttpResponse<String> login = http.send(HttpRequest.newBuilder(url(node, "/login")).build(), HttpResponse.BodyHandlers.ofString());
    Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login.body());
    assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
    String form = "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(url(node, "/login")).header("Cookie", cookies(login, ""))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(302);
    return answer;
  }

  private static long sent(JavaMailSender mail) {
    return Mockito.mockingDetails(mail).getInvocations().stream().filter(i -> i.getMethod().getName().equals("send")).count();
  }

  private static TestData data(ConfigurableApplicationContext node) {
    return new TestData(node.getBean(Organizations.class), node.getBean(Accounts.class), node.getBean(Plans.class));
  }

  private HttpResponse<String> get(ConfigurableApplicationContext node, String path) {
    try {
      return http.send(HttpRequest.newBuilder(url(node, path)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void await(String what, java.util.function.BooleanSupplier done) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      if (done.getAsBoolean()) return;
      Thread.sleep(50);
    }
    throw new AssertionError("not within 5 s: " + what);
  }

  private static URI url(ConfigurableApplicationContext node, String path) {
    Environment env = node.getEnvironment();
    return URI.create("http://localhost:" + env.getProperty("local.server.port") + path);
  }

  /** The cookies a response sets, replacing those of the same name in {@code before}. */
  private static String cookies(HttpResponse<?> response, String before) {
    java.util.Map<String, String> jar = new java.util.LinkedHashMap<>();
    for (String c : before.split("; ")) if (c.contains("=")) jar.put(c.substring(0, c.indexOf('=')), c);
    for (String set : response.headers().allValues("Set-Cookie")) {
      String c = set.split(";", 2)[0];
      jar.put(c.substring(0, c.indexOf('=')), c);
    }
    return String.join("; ", jar.values());
  }
}
