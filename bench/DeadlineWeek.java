import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deadline-week load and faults (bench/deadline-week.sh runs it): virtual users signed in through the
 * real form login save budget cells, progress records and evidence files through the browser's endpoints
 * on two nodes, with a kill -9 of node B at a third of the run and of the PostgreSQL server at two
 * thirds; afterwards every write the server acknowledged is read back from the database. JDK only:
 * {@code java bench/DeadlineWeek.java key=value …} (see {@link #main}); psql is found through PGHOST,
 * PGPORT, PGUSER, PGPASSWORD and PGDATABASE.
 */
public class DeadlineWeek {
  static final int YEAR = 2570;
  static final String ROUND = "HALF_YEAR";
  static final String OUTAGE_TEXT = "ระบบฐานข้อมูลไม่พร้อมชั่วคราว";
  static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
  static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  static final Pattern REVISION = Pattern.compile("<input[^>]*id=\"plan-rev\"[^>]*value=\"(\\d+)\"");

  // ---- configuration -----------------------------------------------------------------------------
  final Map<String, String> conf;
  final List<String> nodes;
  final int users;
  final int organizations;
  final long durationMillis;
  final String password;
  final boolean faults;
  final Path filesDir;
  final Path report;
  final String runId = Long.toString(System.currentTimeMillis(), 36);

  // ---- state -------------------------------------------------------------------------------------
  final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2))
      .followRedirects(HttpClient.Redirect.NEVER).build();
  final boolean[] alive;
  final Map<String, Stats> stats = new ConcurrentHashMap<>();
  final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();
  final List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
  final Map<String, Cell> budget = new ConcurrentHashMap<>();
  final Map<String, Boolean> progress = new ConcurrentHashMap<>(); // done text → acknowledged (false: fate unknown)
  final Map<String, Upload> uploads = new ConcurrentHashMap<>();
  final List<String> timeline = Collections.synchronizedList(new ArrayList<>());
  final AtomicInteger sequence = new AtomicInteger();
  final AtomicInteger prepared = new AtomicInteger();
  static final java.util.concurrent.Semaphore SETUP_SLOTS = new java.util.concurrent.Semaphore(16);
  long start;
  volatile long nodeKilledAt = -1, nodeBackAt = -1, dbKilledAt = -1, dbBackAt = -1;
  final Map<Integer, Long> firstOkAfterNodeKill = new ConcurrentHashMap<>();
  final AtomicLong firstWriteAfterDbBack = new AtomicLong(-1);
  final AtomicLong lastOutageAnswer = new AtomicLong(-1);
  final AtomicLong firstOutageAnswer = new AtomicLong(-1);
  static final String OUTSIDE_OUTAGE = "outage answers outside the database outage";
  final AtomicLong firstOkOnBAfterRestart = new AtomicLong(-1);

  DeadlineWeek(Map<String, String> conf) {
    this.conf = conf;
    nodes = List.of(conf.get("nodes").split(","));
    users = Integer.parseInt(conf.getOrDefault("users", "200"));
    organizations = Integer.parseInt(conf.getOrDefault("organizations", "500"));
    durationMillis = Long.parseLong(conf.getOrDefault("duration", "600")) * 1000;
    password = conf.get("password");
    faults = !"false".equals(conf.get("faults"));
    filesDir = Path.of(conf.get("files-dir"));
    report = Path.of(conf.getOrDefault("report", "deadline-week-report.txt"));
    alive = new boolean[nodes.size()];
    Arrays.fill(alive, true);
  }

  /**
   * Keys: nodes=URL,URL users=200 organizations=500 duration=600 (s) password=… files-dir=DIR report=FILE
   * faults=true, and for the faults: b-pid-file=FILE start-b=SCRIPT pg-dir=DIR pg-bin=DIR pg-log=FILE.
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> conf = new HashMap<>();
    for (String a : args) {
      int eq = a.indexOf('=');
      if (eq < 0) throw new IllegalArgumentException("key=value expected: " + a);
      conf.put(a.substring(0, eq), a.substring(eq + 1));
    }
    System.exit(new DeadlineWeek(conf).run());
  }

  int run() throws Exception {
    List<Org> orgs = organizations();
    say("%d organizations with a plan in force and a planner account, %d virtual users, %d s, faults %s", orgs.size(), users,
        durationMillis / 1000, faults ? "on" : "off");
    List<List<Org>> perUser = new ArrayList<>();
    for (int u = 0; u < users; u++) perUser.add(new ArrayList<>());
    for (int i = 0; i < orgs.size(); i++) perUser.get(i % users).add(orgs.get(i));
    Thread health = daemon("health", this::watchNodes);
    health.start();
    // setup: every planner signs in once and opens (or starts) the amendment whose budget cells are edited
    long setupStart = System.currentTimeMillis();
    List<VirtualUser> vus = new ArrayList<>();
    for (int u = 0; u < users; u++) vus.add(new VirtualUser(u, perUser.get(u)));
    runAll(vus, VirtualUser::prepare);
    if (prepared.get() < users) {
      errorSamples.forEach(System.out::println);
      throw new IllegalStateException((users - prepared.get()) + " virtual users could not sign in and open their plans (PLANNER_PASSWORD?)");
    }
    say("setup (sign-in and amendment of %d plans) took %.1f s", orgs.size(), (System.currentTimeMillis() - setupStart) / 1000.0);
    stats.clear();
    counters.clear();
    errorSamples.clear();
    start = System.currentTimeMillis();
    Thread faultThread = daemon("faults", this::faults);
    if (faults) faultThread.start();
    runAll(vus, VirtualUser::work);
    if (faults) {
      faultThread.join();
      if (restartB.isAlive()) say("waiting for node B's start");
      if (restartB.getState() != Thread.State.NEW) restartB.join();
    }
    long elapsed = System.currentTimeMillis() - start;
    say("load finished after %.1f s; reading every acknowledged write back", elapsed / 1000.0);
    int lost = verify(orgs);
    return print(elapsed, lost);
  }

  // ---- organizations and their items (psql) ------------------------------------------------------------

  record Org(String id, String planner, String planId, List<String> items) {}

  List<Org> organizations() throws Exception {
    // organizations in a stable random order whose first version is in force, with the generated planner
    List<String[]> rows = psql("""
        select o.id, u.username, p.id from organization o join app_user u on u.organization_id = o.id
        join plan p on p.organization_id = o.id join plan_version v on v.plan_id = p.id and v.version = 1
        where u.username ~ '^planner[0-9]+$' and v.status in ('APPROVED', 'PUBLISHED')
          and not exists (select 1 from plan_version w where w.plan_id = p.id and (w.version > 2 or (w.version = 2 and w.status <> 'DRAFT')))
        order by md5(o.id::text) limit %d""".formatted(organizations));
    if (rows.size() < organizations) throw new IllegalStateException("only " + rows.size() + " organizations fit (generate with --planner-password)");
    Map<String, List<String>> items = new HashMap<>();
    String ids = String.join(",", rows.stream().map(r -> "'" + r[2] + "'").toList());
    for (String[] r : psql("select plan_id, id from plan_item where version = 1 and plan_id in (" + ids + ") order by plan_id, sequence")) {
      items.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[1]);
    }
    List<Org> out = new ArrayList<>();
    for (String[] r : rows) out.add(new Org(r[0], r[1], r[2], items.getOrDefault(r[2], List.of())));
    return out;
  }

  static List<String[]> psql(String sql) throws Exception {
    Process p = new ProcessBuilder("psql", "-X", "-q", "-At", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-c", sql).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) throw new IllegalStateException("psql failed: " + out);
    List<String[]> rows = new ArrayList<>();
    for (String line : out.split("\n")) if (!line.isEmpty()) rows.add(line.split("\t", -1));
    return rows;
  }

  // ---- virtual users ---------------------------------------------------------------------------

  enum Kind { OK, OUTAGE, INTERRUPTED, SIGNED_OUT, ERROR }

  record Answer(Kind kind, int status, String body, HttpResponse<String> response) {}

  /** One signed-in planner of one organization, as a browser holds it: cookies, the CSRF token, the draft's revision. */
  final class Session {
    final Org org;
    final Map<String, String> cookies = new LinkedHashMap<>();
    String csrf;
    long revision = -1;
    boolean reload = true;

    Session(Org org) {
      this.org = org;
    }

    String cookieHeader() {
      StringBuilder sb = new StringBuilder();
      cookies.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "; ").append(k).append('=').append(v));
      return sb.toString();
    }

    void keepCookies(HttpResponse<?> r) {
      for (String c : r.headers().allValues("set-cookie")) {
        String pair = c.split(";", 2)[0];
        int eq = pair.indexOf('=');
        if (eq > 0) cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
  }

  final class VirtualUser {
    final int index;
    final List<Session> sessions = new ArrayList<>();
    final Random random;
    int node;

    VirtualUser(int index, List<Org> orgs) {
      this.index = index;
      this.random = new Random(index);
      this.node = index % nodes.size();
      for (Org o : orgs) sessions.add(new Session(o));
    }

    int home() {
      return index % nodes.size();
    }

    /** The node for the next request: home when it lives, else the other (the session is shared). */
    int pick() {
      int home = home();
      int chosen = alive[home] ? home : (home + 1) % nodes.size();
      if (chosen != node) count(chosen == home ? "users moved back to their node" : "users moved to the other node");
      node = chosen;
      return chosen;
    }

    void prepare() throws Exception {
      for (Session s : sessions) {
        // planners arrive over the morning, not all in one second: starting 500 amendments at once only measures the pool's queue
        SETUP_SLOTS.acquire();
        try {
          for (int attempt = 0; ; attempt++) {
            if (signIn(s) && openDraft(s)) break;
            if (attempt > 5) throw new IllegalStateException("cannot prepare " + s.org.planner);
            Thread.sleep(1000);
          }
        } finally {
          SETUP_SLOTS.release();
        }
      }
      prepared.incrementAndGet();
    }

    void work() throws Exception {
      long end = start + durationMillis;
      while (System.currentTimeMillis() < end) {
        Thread.sleep(1000 + random.nextInt(2000));
        if (System.currentTimeMillis() >= end) break;
        Session s = sessions.get(random.nextInt(sessions.size()));
        if (s.reload && !openDraft(s)) continue;
        int x = random.nextInt(100);
        Answer a;
        String op;
        if (x < 40) {
          op = "budget cell";
          a = saveBudget(s);
        } else if (x < 80) {
          op = "progress record";
          a = saveProgress(s);
        } else {
          op = "evidence upload";
          a = upload(s);
        }
        if (a.kind == Kind.OK) noteRecovery(true);
        else if (a.kind == Kind.SIGNED_OUT) {
          count("signed in again");
          signIn(s);
          s.reload = true;
        } else {
          // also after an outage answer: the write may have committed with its answer lost, so the
          // revision in hand may be stale; the page is reloaded, as a user does after the outage message
          s.reload = true;
        }
      }
    }

    void noteRecovery(boolean write) {
      long now = System.currentTimeMillis();
      if (nodeKilledAt > 0 && home() == 1 && nodeBackAt < 0) firstOkAfterNodeKill.putIfAbsent(index, now);
      if (nodeBackAt > 0 && node == 1) firstOkOnBAfterRestart.compareAndSet(-1, now);
      if (write && dbBackAt > 0) firstWriteAfterDbBack.compareAndSet(-1, now);
    }

    boolean signIn(Session s) throws Exception {
      s.cookies.clear();
      Answer page = send(s, "sign-in page", HttpRequest.newBuilder().GET(), "/login", false);
      if (page.kind != Kind.OK) return false;
      Matcher m = CSRF_INPUT.matcher(page.body);
      if (!m.find()) return error("sign-in page", page, "no CSRF token");
      String form = "username=" + enc(s.org.planner) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
      Answer in = send(s, "sign-in", post(form), "/login", false);
      if (in.kind == Kind.SIGNED_OUT && !in.response.headers().firstValue("location").orElse("").contains("error")) return true;
      if (in.kind == Kind.SIGNED_OUT || in.kind == Kind.OK) {
        return error("sign-in", in, "refused, to " + in.response.headers().firstValue("location").orElse("?"));
      }
      return false;
    }

    /** The Part 2 grid of the amendment (started here on the first visit), as the browser loads it: the CSRF token and the revision. */
    boolean openDraft(Session s) throws Exception {
      String grid = "/plans/" + s.org.planId + "/versions/2/part2";
      Answer a = send(s, "grid page", HttpRequest.newBuilder().GET(), grid, false, true);
      if (a.kind == Kind.ERROR && a.status == 404) {
        Answer plan = send(s, "plan page", HttpRequest.newBuilder().GET(), "/plans/" + s.org.planId, false);
        if (plan.kind != Kind.OK) return false;
        s.csrf = token(plan.body);
        Answer amend = send(s, "amend", post("version=1&revision=0&action=amend&comment=" + enc("ปรับงบประมาณปี " + YEAR)), "/plans/" + s.org.planId + "/workflow", false);
        if (amend.status != 302) return error("amend", amend, "not redirected");
        a = send(s, "grid page", HttpRequest.newBuilder().GET(), grid, false);
      }
      if (a.kind == Kind.SIGNED_OUT) {
        count("signed in again");
        sample("grid page", "redirected to " + a.response.headers().firstValue("location").orElse("?"));
        if (!signIn(s)) return false;
        a = send(s, "grid page", HttpRequest.newBuilder().GET(), grid, false);
      }
      if (a.kind != Kind.OK) return false;
      Matcher m = REVISION.matcher(a.body);
      if (!m.find()) return error("grid page", a, "no revision (not the editor?)");
      s.revision = Long.parseLong(m.group(1));
      s.csrf = token(a.body);
      s.reload = false;
      return true;
    }

    Answer saveBudget(Session s) throws Exception {
      String item = s.org.items.get(random.nextInt(s.org.items.size()));
      int year = YEAR - random.nextInt(3);
      long amount = (1 + random.nextInt(3000)) * 100L;
      String key = s.org.planId + "/" + item + "/" + year;
      Cell cell = budget.computeIfAbsent(key, k -> new Cell());
      synchronized (cell) {
        cell.pending.add(amount);
      }
      Answer a = send(s, "budget cell", HttpRequest.newBuilder().PUT(form("revision=" + s.revision + "&amount=" + amount))
          .header("Content-Type", "application/x-www-form-urlencoded"),
          "/plans/" + s.org.planId + "/versions/2/part2/items/" + item + "/budget/" + year, true);
      if (a.kind == Kind.OK) {
        Matcher m = REVISION.matcher(a.body);
        if (!m.find()) return new Answer(Kind.ERROR, a.status, a.body, a.response);
        s.revision = Long.parseLong(m.group(1));
        synchronized (cell) {
          cell.acknowledged = amount;
          cell.pending.clear(); // what was sent before is overwritten by this acknowledged value
        }
      } else if (a.kind == Kind.ERROR) {
        synchronized (cell) {
          cell.pending.remove(amount); // refused: nothing written
        }
      }
      return a;
    }

    Answer saveProgress(Session s) throws Exception {
      String item = s.org.items.get(random.nextInt(s.org.items.size()));
      String done = "ดำเนินการแล้ว dw-" + runId + "-" + sequence.incrementAndGet();
      progress.put(done, false);
      String base = "/plans/" + s.org.planId + "/progress/" + YEAR + "/" + ROUND + "/items/" + item;
      String body = "status=IN_PROGRESS&done=" + enc(done) + "&spent=" + (1 + random.nextInt(5000)) * 10 + "&action=save&_csrf=" + enc(s.csrf);
      Answer a = send(s, "progress record", post(body), base, false);
      if (a.kind == Kind.SIGNED_OUT && a.response.headers().firstValue("location").orElse("").endsWith(base)) {
        progress.put(done, true);
        Answer page = send(s, "item page", HttpRequest.newBuilder().GET(), base, false); // the browser follows the redirect
        if (page.kind == Kind.OK) s.csrf = token(page.body);
        return new Answer(Kind.OK, a.status, a.body, a.response);
      }
      if (a.kind == Kind.SIGNED_OUT) return a;
      if (a.kind == Kind.OK) return new Answer(Kind.ERROR, a.status, a.body, a.response); // the form again: refused
      if (a.kind == Kind.ERROR) progress.remove(done);
      return a;
    }

    Answer upload(Session s) throws Exception {
      String item = s.org.items.get(random.nextInt(s.org.items.size()));
      int n = sequence.incrementAndGet();
      boolean pdf = n % 2 == 0;
      String name = "dw-" + runId + "-" + n + (pdf ? ".pdf" : ".jpg");
      byte[] content = pdf ? pdf(name, random) : jpeg(random);
      Upload u = new Upload(sha256(content), content.length);
      u.acknowledged = false;
      uploads.put(name, u);
      String boundary = "----dw" + n;
      byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\nContent-Type: "
          + (pdf ? "application/pdf" : "image/jpeg") + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
      byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
      byte[] body = new byte[head.length + content.length + tail.length];
      System.arraycopy(head, 0, body, 0, head.length);
      System.arraycopy(content, 0, body, head.length, content.length);
      System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
      Answer a = send(s, "evidence upload", HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.ofByteArray(body))
          .header("Content-Type", "multipart/form-data; boundary=" + boundary),
          "/plans/" + s.org.planId + "/progress/" + YEAR + "/" + ROUND + "/items/" + item + "/evidence", true);
      if (a.kind == Kind.OK) {
        if (!a.body.contains(name)) return new Answer(Kind.ERROR, a.status, a.body, a.response);
        u.acknowledged = true;
      } else if (a.kind == Kind.ERROR) uploads.remove(name);
      return a;
    }

    /** One request to the user's node, timed and classified; a dead node sends the user to the other. */
    Answer send(Session s, String op, HttpRequest.Builder b, String path, boolean htmx) throws Exception {
      return send(s, op, b, path, htmx, false);
    }

    /** @param probe a 404 is an answer (whether the amendment exists yet), not an error */
    Answer send(Session s, String op, HttpRequest.Builder b, String path, boolean htmx, boolean probe) throws Exception {
      int n = pick();
      b.uri(URI.create(nodes.get(n) + path)).timeout(Duration.ofSeconds(30));
      if (!s.cookies.isEmpty()) b.header("Cookie", s.cookieHeader());
      if (s.csrf != null) b.header("X-CSRF-TOKEN", s.csrf);
      if (htmx) b.header("HX-Request", "true");
      long t0 = System.nanoTime();
      HttpResponse<String> r;
      try {
        r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (IOException e) {
        long micros = (System.nanoTime() - t0) / 1000;
        boolean fault = faultRecent();
        if (e instanceof ConnectException) alive[n] = false; // until the health check sees it again
        if (fault) {
          count("requests cut by a fault (fate unknown, retried later)");
        } else {
          stat(op).error(micros);
          sample(op, "I/O " + e.getClass().getSimpleName() + " " + e.getMessage() + (e instanceof HttpTimeoutException ? " (timeout)" : ""));
        }
        return new Answer(fault ? Kind.INTERRUPTED : Kind.ERROR, 0, "", null);
      }
      long micros = (System.nanoTime() - t0) / 1000;
      s.keepCookies(r);
      int status = r.statusCode();
      String body = r.body();
      if (status == 503 && (body.contains(OUTAGE_TEXT) || body.contains("database-unavailable"))) {
        long now = System.currentTimeMillis();
        boolean outside = dbKilledAt < 0 || (dbBackAt > 0 && now > dbBackAt + 30_000);
        if (!outside) {
          firstOutageAnswer.compareAndSet(-1, now);
          lastOutageAnswer.set(now);
        }
        count("outage answers (Thai 503)");
        // with the database up, "unavailable" means a request waited past the pool's time-out: a user's error
        if (outside) count(OUTSIDE_OUTAGE);
        stat(op + " (outage answer)").ok(micros);
        return new Answer(Kind.OUTAGE, status, body, r);
      }
      if (status == 401) return new Answer(Kind.SIGNED_OUT, status, body, r); // htmx, session gone
      if (status == 302) {
        stat(op).ok(micros);
        return new Answer(Kind.SIGNED_OUT, status, body, r); // the caller tells a sign-in redirect from a success
      }
      if (status == 200) {
        stat(op).ok(micros);
        return new Answer(Kind.OK, status, body, r);
      }
      if (probe && status == 404) return new Answer(Kind.ERROR, status, body, r);
      stat(op).error(micros);
      sample(op, "HTTP " + status + " " + path + " " + body.replaceAll("\\s+", " ").substring(0, Math.min(300, body.replaceAll("\\s+", " ").length())));
      return new Answer(Kind.ERROR, status, body, r);
    }

    boolean error(String op, Answer a, String why) {
      stat(op).error(0);
      sample(op, why + " (HTTP " + a.status + ")");
      return false;
    }
  }

  boolean faultRecent() {
    long now = System.currentTimeMillis();
    return (nodeKilledAt > 0 && now - nodeKilledAt < 15_000) || (dbKilledAt > 0 && (dbBackAt < 0 || now - dbBackAt < 15_000));
  }

  static String token(String page) {
    Matcher m = CSRF_META.matcher(page);
    return m.find() ? m.group(1) : null;
  }

  static HttpRequest.Builder post(String form) {
    return HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.ofString(form)).header("Content-Type", "application/x-www-form-urlencoded");
  }

  static HttpRequest.BodyPublisher form(String body) {
    return HttpRequest.BodyPublishers.ofString(body);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  // ---- faults ----------------------------------------------------------------------------------

  void watchNodes() {
    boolean[] dbUp = {true};
    while (true) {
      for (int n = 0; n < nodes.size(); n++) {
        try {
          HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(nodes.get(n) + "/health")).timeout(Duration.ofSeconds(2)).build(),
              HttpResponse.BodyHandlers.ofString());
          if (!alive[n]) event("node " + name(n) + " answers again");
          alive[n] = true;
          boolean up = r.statusCode() == 200;
          if (n == 0 && up != dbUp[0] && start > 0) {
            event("node A /health " + (up ? "UP" : "DOWN"));
            dbUp[0] = up;
          }
        } catch (ConnectException e) {
          // refused: the process is gone (a slow answer is no death: a busy node stays in use)
          if (alive[n]) event("node " + name(n) + " refuses connections");
          alive[n] = false;
        } catch (IOException e) {
          // a time-out under load: no verdict
        } catch (InterruptedException e) {
          return;
        }
      }
      sleep(500);
    }
  }

  /** Node B started again (its own thread: a slow start must not move the database fault). */
  final Thread restartB = daemon("restart-b", this::startBAgain);

  void startBAgain() {
    try {
      event("starting node B again");
      long t = System.currentTimeMillis();
      int rc = exec("bash", conf.get("start-b"));
      if (rc == 0) {
        nodeBackAt = System.currentTimeMillis();
        event(String.format("node B started again in %.1f s", (nodeBackAt - t) / 1000.0));
      } else event("node B did not start again (exit " + rc + ")");
    } catch (Exception e) {
      event("node B did not start again: " + e);
    }
  }

  void faults() {
    try {
      sleepUntil(durationMillis / 3);
      String pid = Files.readString(Path.of(conf.get("b-pid-file"))).strip();
      event("kill -9 node B (pid " + pid + ")");
      nodeKilledAt = System.currentTimeMillis();
      exec("kill", "-9", pid);
      sleepUntil(durationMillis / 2);
      restartB.start();
      sleepUntil(2 * durationMillis / 3);
      Path pg = Path.of(conf.get("pg-dir"));
      String postmaster = Files.readAllLines(pg.resolve("postmaster.pid")).get(0).strip();
      List<String> opts = postmasterOptions(pg);
      event("kill -9 the PostgreSQL postmaster (pid " + postmaster + ")");
      dbKilledAt = System.currentTimeMillis();
      exec("kill", "-9", postmaster);
      sleep(20_000);
      event("starting PostgreSQL again");
      List<String> cmd = new ArrayList<>(List.of("unshare", "-U", Path.of(conf.get("pg-bin"), "pg_ctl").toString(), "-D", pg.toString(),
          "-l", conf.get("pg-log"), "-w", "-t", "60", "-o", String.join(" ", opts.stream().map(DeadlineWeek::shellQuote).toList()), "start"));
      for (int attempt = 0; ; attempt++) {
        // the killed server's backends may still hold its shared memory for a moment
        if (exec(cmd.toArray(String[]::new)) == 0) break;
        if (attempt > 10) throw new IllegalStateException("PostgreSQL does not start again");
        sleep(1000);
      }
      dbBackAt = System.currentTimeMillis();
      event("PostgreSQL accepts connections again");
    } catch (Exception e) {
      event("fault injection failed: " + e);
    }
  }

  /** The arguments the server was started with (postmaster.opts, written at its start), without the binary and data directory. */
  static List<String> postmasterOptions(Path pg) throws IOException {
    Matcher m = Pattern.compile("\"([^\"]*)\"").matcher(Files.readString(pg.resolve("postmaster.opts")));
    List<String> args = new ArrayList<>();
    while (m.find()) args.add(m.group(1));
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i).equals("-D")) {
        args.remove(i);
        args.remove(i);
        break;
      }
    }
    return args;
  }

  static String shellQuote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  int exec(String... cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    int rc = p.waitFor();
    if (rc != 0) event(String.join(" ", cmd).replaceAll("\\s+", " ") + " → exit " + rc + (out.isEmpty() ? "" : ": " + out));
    return rc;
  }

  void sleepUntil(long offset) {
    long wait = start + offset - System.currentTimeMillis();
    if (wait > 0) sleep(wait);
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  String name(int n) {
    return n == 0 ? "A" : "B";
  }

  void event(String what) {
    String line = String.format("%7.1f s  %s", start == 0 ? 0 : (System.currentTimeMillis() - start) / 1000.0, what);
    timeline.add(line);
    System.out.println(line);
  }

  // ---- verification ------------------------------------------------------------------------------

  static final class Cell {
    Long acknowledged;
    final Set<Long> pending = ConcurrentHashMap.newKeySet(); // sent after the acknowledged one, fate unknown
  }

  static final class Upload {
    final String sha256;
    final long size;
    volatile boolean acknowledged;

    Upload(String sha256, long size) {
      this.sha256 = sha256;
      this.size = size;
    }
  }

  final Map<String, Integer> checked = new LinkedHashMap<>();
  final Map<String, Integer> lostByKind = new LinkedHashMap<>();
  final List<String> lostSamples = new ArrayList<>();

  int verify(List<Org> orgs) throws Exception {
    String ids = String.join(",", orgs.stream().map(o -> "'" + o.planId + "'").toList());
    Map<String, String> stored = new HashMap<>();
    for (String[] r : psql("select plan_id, id, budget::text from plan_item where version = 2 and plan_id in (" + ids + ")")) {
      stored.put(r[0] + "/" + r[1], r[2]);
    }
    budget.forEach((key, cell) -> {
      if (cell.acknowledged == null) return;
      String[] k = key.split("/");
      Matcher m = Pattern.compile("\"" + k[2] + "\": ?([0-9.]+)").matcher(stored.getOrDefault(k[0] + "/" + k[1], ""));
      Long value = m.find() ? new java.math.BigDecimal(m.group(1)).longValueExact() : null;
      boolean ok = cell.acknowledged.equals(value) || (value != null && cell.pending.contains(value));
      tally("budget cells", ok, key + " acknowledged " + cell.acknowledged + ", stored " + value);
    });
    Set<String> done = ConcurrentHashMap.newKeySet();
    for (String[] r : psql("select done_text from progress_record where fiscal_year = " + YEAR + " and round = '" + ROUND
        + "' and done_text like '%dw-" + runId + "-%'")) done.add(r[0]);
    progress.forEach((text, acknowledged) -> {
      if (acknowledged) tally("progress records", done.contains(text), text);
    });
    Map<String, String[]> files = new HashMap<>();
    for (String[] r : psql("select file_name, sha256, size_bytes from evidence_file where file_name like 'dw-" + runId + "-%'")) files.put(r[0], r);
    uploads.forEach((name, u) -> {
      if (!u.acknowledged) return;
      String[] row = files.get(name);
      Path file = filesDir.resolve("evidence").resolve(u.sha256.substring(0, 2)).resolve(u.sha256);
      boolean ok = row != null && row[1].equals(u.sha256) && Long.parseLong(row[2]) == u.size && Files.isRegularFile(file)
          && fileSize(file) == u.size;
      tally("evidence files (row and file)", ok, name + (row == null ? " no row" : " file " + file));
    });
    int lost = 0;
    for (int n : lostByKind.values()) lost += n;
    return lost;
  }

  static long fileSize(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return -1;
    }
  }

  synchronized void tally(String kind, boolean ok, String what) {
    checked.merge(kind, 1, Integer::sum);
    lostByKind.merge(kind, ok ? 0 : 1, Integer::sum);
    if (!ok && lostSamples.size() < 10) lostSamples.add(kind + ": " + what);
  }

  // ---- figures -----------------------------------------------------------------------------------

  static final class Stats {
    private long[] micros = new long[1024];
    private int n;
    private long errors;

    synchronized void ok(long us) {
      if (n == micros.length) micros = Arrays.copyOf(micros, n * 2);
      micros[n++] = us;
    }

    synchronized void error(long us) {
      errors++;
    }

    synchronized long[] sorted() {
      long[] s = Arrays.copyOf(micros, n);
      Arrays.sort(s);
      return s;
    }
  }

  Stats stat(String op) {
    return stats.computeIfAbsent(op, k -> new Stats());
  }

  void count(String what) {
    counters.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
  }

  void sample(String op, String what) {
    if (errorSamples.size() < 20) {
      errorSamples.add(String.format("%7.1f s  %s: %s", start == 0 ? 0 : (System.currentTimeMillis() - start) / 1000.0, op, what));
    }
  }

  static String ms(long[] s, double q) {
    if (s.length == 0) return "-";
    return String.format("%.0f", s[Math.min(s.length - 1, (int) Math.ceil(q * s.length) - 1)] / 1000.0);
  }

  int print(long elapsed, int lost) throws Exception {
    StringBuilder out = new StringBuilder();
    out.append(String.format("Deadline week: %d users over %d organizations, %.0f s on %d nodes (%s), faults %s%n%n", users, organizations,
        elapsed / 1000.0, nodes.size(), String.join(", ", nodes), faults ? "on" : "off"));
    out.append(String.format("%-34s %8s %7s %7s %6s %6s %6s %7s%n", "operation", "count", "ops/s", "errors", "p50", "p95", "p99", "max ms"));
    long total = 0, errors = 0;
    List<Long> all = new ArrayList<>();
    for (Map.Entry<String, Stats> e : new TreeMap<>(stats).entrySet()) {
      long[] s = e.getValue().sorted();
      out.append(String.format("%-34s %8d %7.1f %7d %6s %6s %6s %7s%n", e.getKey(), s.length, s.length * 1000.0 / elapsed, e.getValue().errors,
          ms(s, 0.5), ms(s, 0.95), ms(s, 0.99), ms(s, 1.0)));
      if (!e.getKey().contains("outage")) {
        total += s.length;
        for (long v : s) all.add(v);
      }
      errors += e.getValue().errors;
    }
    long[] everything = all.stream().mapToLong(Long::longValue).sorted().toArray();
    out.append(String.format("%-34s %8d %7.1f %7d %6s %6s %6s %7s%n%n", "all requests (without outage answers)", total, total * 1000.0 / elapsed,
        errors, ms(everything, 0.5), ms(everything, 0.95), ms(everything, 0.99), ms(everything, 1.0)));
    new TreeMap<>(counters).forEach((k, v) -> out.append(String.format("%-58s %d%n", k, v.get())));
    out.append('\n');
    if (faults) {
      out.append("Faults:\n");
      timeline.forEach(l -> out.append("  ").append(l).append('\n'));
      if (nodeKilledAt > 0) {
        List<Long> waits = firstOkAfterNodeKill.values().stream().map(t -> t - nodeKilledAt).sorted().toList();
        long bUsers = java.util.stream.IntStream.range(0, users).filter(u -> u % nodes.size() == 1).count();
        out.append(String.format("  node B kill: %d of B's %d users saved again on node A before B was back; median %.1f s, slowest %.1f s after the kill"
            + " (think time of 1–3 s included)%n", waits.size(), bUsers, waits.isEmpty() ? 0 : waits.get(waits.size() / 2) / 1000.0,
            waits.isEmpty() ? 0 : waits.get(waits.size() - 1) / 1000.0));
      }
      if (nodeBackAt > 0 && firstOkOnBAfterRestart.get() > 0) {
        out.append(String.format("  node B back: first request served by B %.1f s after it started (sessions kept)%n",
            (firstOkOnBAfterRestart.get() - nodeBackAt) / 1000.0));
      }
      if (dbKilledAt > 0) {
        out.append(String.format("  database kill: outage answers from %.1f s to %.1f s after the kill; the server was back after %.1f s;"
            + " first acknowledged write %.1f s after it was back%n",
            firstOutageAnswer.get() < 0 ? -1 : (firstOutageAnswer.get() - dbKilledAt) / 1000.0,
            lastOutageAnswer.get() < 0 ? -1 : (lastOutageAnswer.get() - dbKilledAt) / 1000.0,
            dbBackAt < 0 ? -1 : (dbBackAt - dbKilledAt) / 1000.0,
            firstWriteAfterDbBack.get() < 0 ? -1 : (firstWriteAfterDbBack.get() - dbBackAt) / 1000.0));
      }
      out.append('\n');
    }
    out.append("Acknowledged writes read back from the database:\n");
    checked.forEach((k, v) -> out.append(String.format("  %-32s %7d checked, %d lost%n", k, v, lostByKind.get(k))));
    out.append(String.format("  lost = %d%n", lost));
    lostSamples.forEach(l -> out.append("    ").append(l).append('\n'));
    List<String[]> size = psql("select pg_size_pretty(pg_database_size(current_database())), (select count(*) from organization)");
    out.append(String.format("%nDatabase size %s (%s organizations)%n", size.get(0)[0], size.get(0)[1]));
    if (!errorSamples.isEmpty()) {
      out.append("\nFirst errors:\n");
      errorSamples.forEach(l -> out.append("  ").append(l).append('\n'));
    }
    System.out.print(out);
    Files.writeString(report, out.toString());
    System.out.println("\nreport saved to " + report.toAbsolutePath());
    return lost == 0 && errors == 0 && counters.getOrDefault(OUTSIDE_OUTAGE, new AtomicLong()).get() == 0 ? 0 : 1;
  }

  // ---- helpers -----------------------------------------------------------------------------------

  interface UserTask {
    void run(VirtualUser u) throws Exception;
  }

  void runAll(List<VirtualUser> vus, UserTask task) throws InterruptedException {
    CountDownLatch done = new CountDownLatch(vus.size());
    for (VirtualUser u : vus) {
      daemon("user-" + u.index, () -> {
        try {
          task.run(u);
        } catch (Exception e) {
          sample("user " + u.index, e.toString());
        } finally {
          done.countDown();
        }
      }).start();
    }
    done.await();
  }

  static Thread daemon(String name, Runnable r) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  void say(String format, Object... args) {
    System.out.println(String.format(format, args));
  }

  static byte[] pdf(String name, Random r) {
    StringBuilder sb = new StringBuilder("%PDF-1.4\n% ").append(name).append('\n');
    int lines = 200 + r.nextInt(400);
    for (int i = 0; i < lines; i++) sb.append("% evidence ").append(Long.toHexString(r.nextLong())).append('\n');
    return sb.append("%%EOF\n").toString().getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] jpeg(Random r) {
    byte[] b = new byte[8_000 + r.nextInt(40_000)];
    r.nextBytes(b);
    byte[] head = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
    System.arraycopy(head, 0, b, 0, head.length);
    b[b.length - 2] = (byte) 0xFF;
    b[b.length - 1] = (byte) 0xD9;
    return b;
  }

  static String sha256(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }
}
