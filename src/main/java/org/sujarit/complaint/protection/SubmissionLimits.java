package org.sujarit.complaint.protection;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Submission limits kept in memory only (GlobaLeaks' defaults: 10 reports an hour per organization, 5
 * per address). Counts live for one window; at the window's end the counts and the secret that keyed
 * the address hashes are thrown away, so no address, not even hashed, outlives the window.
 */
public final class SubmissionLimits {
  public static final int PER_ORGANIZATION = 10;
  public static final int PER_ADDRESS = 5;
  private final Clock clock;
  private final Duration window;
  private final int perOrganization;
  private final int perAddress;
  private long windowIndex = Long.MIN_VALUE;
  private byte[] secret;
  private final Map<String, Integer> organizations = new HashMap<>();
  private final Map<String, Integer> addresses = new HashMap<>();

  public SubmissionLimits(Clock clock, Duration window, int perOrganization, int perAddress) {
    this.clock = clock;
    this.window = window;
    this.perOrganization = perOrganization;
    this.perAddress = perAddress;
  }

  public static SubmissionLimits defaults() {
    return new SubmissionLimits(Clock.systemUTC(), Duration.ofHours(1), PER_ORGANIZATION, PER_ADDRESS);
  }

  /** Counts one submission; false (and nothing counted) when the organization or the address is over its limit. */
  public synchronized boolean tryAcquire(String organization, String address) {
    roll();
    String a = keyed(address);
    if (organizations.getOrDefault(organization, 0) >= perOrganization || addresses.getOrDefault(a, 0) >= perAddress)
      return false;
    organizations.merge(organization, 1, Integer::sum);
    addresses.merge(a, 1, Integer::sum);
    return true;
  }

  /** Whether one more would be allowed, counting nothing: checked before the costly work on attachments. */
  public synchronized boolean wouldAllow(String organization, String address) {
    roll();
    return organizations.getOrDefault(organization, 0) < perOrganization && addresses.getOrDefault(keyed(address), 0) < perAddress;
  }

  /**
   * Counts a refused attempt against the address alone: refused attachments cost work too, and without
   * this a script could send broken files for ever; the organization's count stays for real reports.
   */
  public synchronized void charge(String address) {
    roll();
    addresses.merge(keyed(address), 1, Integer::sum);
  }

  /** How many address entries are held now (for the test that they vanish with the window). */
  synchronized int addressesHeld() {
    roll();
    return addresses.size();
  }

  private void roll() {
    long now = clock.millis() / window.toMillis();
    if (now == windowIndex) return;
    windowIndex = now;
    organizations.clear();
    addresses.clear();
    secret = new byte[32];
    new SecureRandom().nextBytes(secret);
  }

  private String keyed(String address) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(String.valueOf(address).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
