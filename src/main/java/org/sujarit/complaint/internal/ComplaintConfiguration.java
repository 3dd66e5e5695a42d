package org.sujarit.complaint.internal;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.sujarit.complaint.protection.InstallationKey;
import org.sujarit.complaint.protection.SubmissionLimits;
import org.sujarit.database.Counters;

/** The installation key and the limits of the public channels (counted in the database, for all nodes). */
@Configuration(proxyBeanMethods = false)
class ComplaintConfiguration {

  /**
   * The key-encryption key: {@code SUJARIT_COMPLAINT_KEY} (base64), else the key file, created 0600 on first start; in
   * {@code sujarit.files.dir} by default, so that every node sharing that storage decrypts with the same key.
   */
  @Bean
  InstallationKey complaintInstallationKey(@Value("${sujarit.complaint.key:${SUJARIT_COMPLAINT_KEY:}}") String key,
      @Value("${sujarit.complaint.key-file:${sujarit.files.dir:${sujarit.db.data-dir:./data}}/complaint.key}") Path file) {
    return InstallationKey.load(key, file);
  }

  /** Reports and replies: GlobaLeaks' defaults of 10 an hour per organization and 5 per address. */
  @Bean
  SubmissionLimits complaintSubmissionLimits(Counters counters,
      @Value("${sujarit.complaint.limit.per-organization:10}") int perOrganization,
      @Value("${sujarit.complaint.limit.per-address:5}") int perAddress) {
    return new SubmissionLimits(counters, "complaint.submission", Duration.ofHours(1), perOrganization, perAddress);
  }

  /**
   * Receipt look-ups (guessing a receipt): per address, per organization named in the address of the
   * page or the request, and for the whole installation, each an hour. Every look-up costs a slow hash,
   * so the installation cap keeps guessing from taking the processors.
   */
  @Bean
  TrackingLimits complaintTrackingLimits(Counters counters, @Value("${sujarit.complaint.limit.lookups-per-address:30}") int perAddress,
      @Value("${sujarit.complaint.limit.lookups-per-organization:300}") int perOrganization,
      @Value("${sujarit.complaint.limit.lookups-total:3000}") int total) {
    return new TrackingLimits(counters, perAddress, perOrganization, total);
  }

  /** A distinct type so the two limiters are never mixed up when injected. */
  static final class TrackingLimits {
    /** The bucket of look-ups that name no organization (the JSON API without {@code organizationId}). */
    static final String UNNAMED = "-";
    private final SubmissionLimits perOrganization;
    private final SubmissionLimits total;

    TrackingLimits(Counters counters, int perAddress, int perOrganization, int total) {
      this.perOrganization = new SubmissionLimits(counters, "complaint.lookup", Duration.ofHours(1), perOrganization, perAddress);
      this.total = new SubmissionLimits(counters, "complaint.lookup-total", Duration.ofHours(1), total, Integer.MAX_VALUE);
    }

    /** Counts one look-up of {@code organization} (or {@link #UNNAMED}); false, counting nothing, over any limit. */
    boolean tryAcquire(String organization, String address) {
      if (!perOrganization.wouldAllow(organization, address) || !total.tryAcquire("all", "")) return false;
      return perOrganization.tryAcquire(organization, address);
    }
  }
}
