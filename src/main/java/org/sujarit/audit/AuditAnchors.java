package org.sujarit.audit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.database.ScheduledRuns;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Anchors of the hash chain: hourly (on one node) and on demand, the chain's length and head hash are
 * signed with the installation's audit key and published, so that a chain emptied or rewritten
 * afterwards, even by the tables' owner, is detected against any anchor someone kept.
 */
@Service
public class AuditAnchors {
  private static final Logger log = LoggerFactory.getLogger(AuditAnchors.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final AuditRepository chain;
  private final AuditAnchorRepository anchors;
  private final AuditTrail trail;
  private final AnchorKey key;
  private final Clock clock;
  private final ScheduledRuns runs;

  AuditAnchors(AuditRepository chain, AuditAnchorRepository anchors, AuditTrail trail, AnchorKey key, Clock clock, ScheduledRuns runs) {
    this.chain = chain;
    this.anchors = anchors;
    this.trail = trail;
    this.key = key;
    this.clock = clock;
    this.runs = runs;
  }

  /** Every hour, on the one node that claims the hour. */
  @Scheduled(cron = "${sujarit.audit.anchor-cron:0 0 * * * *}", zone = "Asia/Bangkok")
  void hourly() {
    if (!runs.claim("audit-anchor", clock.instant().truncatedTo(ChronoUnit.HOURS).toString())) return;
    try {
      publish();
    } catch (IllegalStateException e) {
      log.error("No audit anchor published: {}", e.getMessage());
    }
  }

  /**
   * Anchors the chain as it stands: a new anchor when it grew since the last one, else the last one;
   * empty while the chain is. A broken chain is never signed.
   *
   * @throws IllegalStateException when the chain does not verify
   */
  @Transactional
  public Optional<AuditAnchor> publish() {
    var head = chain.head();
    if (head.isEmpty()) return Optional.empty();
    long length = head.get().seq();
    String hash = head.get().hash();
    Optional<AuditAnchor> last = latest();
    if (last.isPresent() && last.get().chainLength() == length) return last;
    AuditVerification v = trail.verify();
    if (!v.intact() || !chain.hashAt(length).map(hash::equals).orElse(false)) {
      throw new IllegalStateException("the audit trail does not verify (" + v.problem() + ")");
    }
    Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    String signature = Base64.getEncoder().encodeToString(key.sign(AuditAnchor.signedBytes(at, length, hash, key.id())));
    AuditAnchor anchor = new AuditAnchor(at, length, hash, key.id(), AuditAnchor.ALGORITHM, key.publicKeyBase64(), signature);
    anchors.insert(anchor);
    return Optional.of(anchor);
  }

  @Transactional(readOnly = true)
  public Optional<AuditAnchor> latest() {
    return anchors.latest();
  }

  /** Every anchor, oldest first. */
  @Transactional(readOnly = true)
  public List<AuditAnchor> all() {
    return anchors.all();
  }

  public AnchorKey key() {
    return key;
  }

  /** Compares the chain with an anchor kept from earlier: it must be this installation's, and the chain must still hold it. */
  @Transactional(readOnly = true)
  public AuditVerification check(AuditAnchor anchor) {
    if (!key.id().equals(anchor.keyId()) || !key.verifies(anchor.signedBytes(), anchor.signature())) {
      return AuditVerification.broken(0, -1, "the anchor is not signed with this installation's audit key " + key.id());
    }
    AuditVerification v = trail.verify();
    if (!v.intact()) return v;
    Optional<String> hash = chain.hashAt(anchor.chainLength());
    if (hash.isEmpty()) {
      return AuditVerification.broken(v.entriesChecked(), anchor.chainLength(), "the chain has " + v.entriesChecked()
          + " entries, the anchor of " + anchor.publishedAt() + " " + anchor.chainLength() + ": entries were removed");
    }
    if (!hash.get().equals(anchor.headHash())) {
      return AuditVerification.broken(v.entriesChecked(), anchor.chainLength(), "entry " + anchor.chainLength()
          + " differs from the anchor of " + anchor.publishedAt() + ": the chain was rewritten");
    }
    return v;
  }

  /** {@link #check} against an anchor file or the address of one (the newest anchor of a list counts). */
  public AuditVerification check(String fileOrUrl) throws IOException {
    return check(parse(read(fileOrUrl)));
  }

  /** One anchor, or {@code {"anchors": [...]}} of which the newest (longest) is taken. */
  public static AuditAnchor parse(String json) {
    JsonNode root = JSON.readTree(json);
    JsonNode a = root.has("anchors") ? newest(root.get("anchors")) : root;
    if (a == null || !a.has("chainLength") || !a.has("signature")) throw new IllegalArgumentException("not an audit anchor");
    return new AuditAnchor(Instant.parse(a.get("publishedAt").asString()), a.get("chainLength").asLong(),
        a.get("headHash").asString(), a.get("keyId").asString(), a.path("algorithm").asString(AuditAnchor.ALGORITHM),
        a.path("publicKey").asString(""), a.get("signature").asString());
  }

  private static JsonNode newest(JsonNode anchors) {
    JsonNode best = null;
    for (JsonNode a : anchors) if (best == null || a.get("chainLength").asLong() >= best.get("chainLength").asLong()) best = a;
    return best;
  }

  private static String read(String fileOrUrl) throws IOException {
    if (!fileOrUrl.startsWith("http://") && !fileOrUrl.startsWith("https://")) {
      return Files.readString(Path.of(fileOrUrl), StandardCharsets.UTF_8);
    }
    try {
      HttpResponse<String> r = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(20))
          .build().send(HttpRequest.newBuilder(URI.create(fileOrUrl)).header("Accept", "application/json").build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (r.statusCode() != 200) throw new IOException(fileOrUrl + " answered " + r.statusCode());
      return r.body();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
