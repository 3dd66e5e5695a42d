package org.sujarit.complaint.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.sujarit.complaint.protection.InstallationKey;

/**
 * Installation key rotation: started with the new key installed and the old one in
 * {@code SUJARIT_COMPLAINT_PREVIOUS_KEY}, every case key the old one wrapped is wrapped anew. The data
 * sealed with the case keys is not touched; afterwards the old key can be destroyed.
 */
@Component
class KeyRotation implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);
  private final Complaints complaints;
  private final String previous;

  KeyRotation(Complaints complaints, @Value("${sujarit.complaint.previous-key:${SUJARIT_COMPLAINT_PREVIOUS_KEY:}}") String previous) {
    this.complaints = complaints;
    this.previous = previous;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (previous.isBlank()) return;
    int n = complaints.rewrapKeysOf(new InstallationKey(java.util.Base64.getDecoder().decode(previous.strip())));
    log.info("complaint key rotation: {} case keys wrapped with the new installation key", n);
  }
}
