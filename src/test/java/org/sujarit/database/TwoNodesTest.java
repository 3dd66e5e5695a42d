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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.sujarit.Sujarit;

/**
 * Two application nodes on one PostgreSQL behave as one: a user signed in on node A is signed in on
 * node B (sessions in the database), and a scheduled run claimed by both nodes at once runs on one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTest {
  static final String PASSWORD = "two-nodes-pw-2569";

  EmbeddedPostgres postgres;
  ConfigurableApplicationContext a;
  ConfigurableApplicationContext b;
  final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeAll
  void start() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    a = node();
    b = node(); // one after the other: the first migrates the schema
  }

  @AfterAll
  void stop() throws Exception {
    if (b != null) b.close();
    if (a != null) a.close();
    if (postgres != null) postgres.close();
  }

  private ConfigurableApplicationContext node() {
    return new SpringApplicationBuilder(Sujarit.class).run("--server.port=0", "--sujarit.db.url=" + postgres.getJdbcUrl("postgres", "postgres"),
        "--sujarit.db.user=postgres", "--sujarit.db.password=postgres", "--sujarit.sessions=jdbc", "--sujarit.demo.enabled=false",
        "--sujarit.admin.initial-password=" + PASSWORD, "--sujarit.security.bcrypt-strength=4", "--logging.level.root=WARN");
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
