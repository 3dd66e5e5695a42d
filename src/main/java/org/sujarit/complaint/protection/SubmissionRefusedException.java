package org.sujarit.complaint.protection;

/** Too many submissions (or receipt look-ups) from one address or for one organization in the window: HTTP 429. */
public class SubmissionRefusedException extends RuntimeException {
  public SubmissionRefusedException() {
    super("complaint.limit", null, false, false);
  }
}
