package org.sujarit.complaint.protection;

import java.time.Duration;
import org.sujarit.database.Counter;
import org.sujarit.database.Counters;

/**
 * Submission limits (GlobaLeaks' defaults: 10 reports an hour per organization, 5 per address), counted
 * in the database for all nodes together ({@link Counters}). Counts live for one window; the address is
 * kept only as an HMAC under a secret of the window, deleted with it, so no address, not even hashed,
 * outlives the window.
 */
public final class SubmissionLimits {
  public static final int PER_ORGANIZATION = 10;
  public static final int PER_ADDRESS = 5;
  private final Counter organizations;
  private final Counter addresses;
  private final int perOrganization;
  private final int perAddress;

  /** {@code name} tells this limit's counts from the other limits' (e.g. the receipt look-ups). */
  public SubmissionLimits(Counters counters, String name, Duration window, int perOrganization, int perAddress) {
    this.organizations = counters.fixedWindow(name + ".organization", window);
    this.addresses = counters.fixedWindow(name + ".address", window);
    this.perOrganization = perOrganization;
    this.perAddress = perAddress;
  }

  /** Counts one submission; false (and nothing counted) when the organization or the address is over its limit. */
  public boolean tryAcquire(String organization, String address) {
    if (!organizations.addBelow(organization, perOrganization)) return false;
    if (addresses.addBelow(address, perAddress)) return true;
    organizations.undo(organization);
    return false;
  }

  /** Whether one more would be allowed, counting nothing: checked before the costly work on attachments. */
  public boolean wouldAllow(String organization, String address) {
    return organizations.tallies(organization).get(0).count() < perOrganization && addresses.tallies(address).get(0).count() < perAddress;
  }

  /**
   * Counts a refused attempt against the address alone: refused attachments cost work too, and without
   * this a script could send broken files for ever; the organization's count stays for real reports.
   */
  public void charge(String address) {
    addresses.add(address);
  }

  /** How many address entries are held now (for the test that they vanish with the window). */
  int addressesHeld() {
    return addresses.held();
  }
}
