package org.sujarit.audit;

/**
 * The result of checking the chain: {@code firstBrokenSeq} is the first entry whose hash or link
 * does not match (or -1), {@code problem} a short English description for logs and the command line.
 */
public record AuditVerification(boolean intact, long entriesChecked, long firstBrokenSeq, String problem) {
  static AuditVerification ok(long n) {
    return new AuditVerification(true, n, -1, null);
  }

  static AuditVerification broken(long n, long seq, String problem) {
    return new AuditVerification(false, n, seq, problem);
  }
}
