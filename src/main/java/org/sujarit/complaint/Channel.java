package org.sujarit.complaint;

/** The two public channels of an organization: general grievances and the separate corruption channel. */
public enum Channel {
  GENERAL, CORRUPTION
}
