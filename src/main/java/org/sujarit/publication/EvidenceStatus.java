package org.sujarit.publication;

/**
 * Whether an OIT item's evidence is published. {@code publicPath} is the public page that shows it
 * (a path under {@code /o/}), {@code fixPath} the signed-in page where a missing piece is made, and
 * {@code reasonKey} the message that says what is missing.
 */
public record EvidenceStatus(State state, String publicPath, String fixPath, String reasonKey) {

  public enum State {
    /** Published: the link can be given to ITAS. */
    READY,
    /** Sujarit holds this kind of evidence but it is not published or acknowledged yet. */
    MISSING,
    /** No module of this installation holds this kind of evidence: publish it elsewhere. */
    NOT_COVERED
  }

  public static EvidenceStatus ready(String publicPath) {
    return new EvidenceStatus(State.READY, publicPath, null, null);
  }

  public static EvidenceStatus missing(String reasonKey, String fixPath) {
    return new EvidenceStatus(State.MISSING, null, fixPath, reasonKey);
  }

  public static EvidenceStatus notCovered() {
    return new EvidenceStatus(State.NOT_COVERED, null, null, "ita.reason.not-covered");
  }

  public boolean ready() {
    return state == State.READY;
  }
}
