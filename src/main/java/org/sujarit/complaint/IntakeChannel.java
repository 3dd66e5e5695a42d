package org.sujarit.complaint;

/** How a complaint reached the organization; officers register the non-web ones so statistics cover all. */
public enum IntakeChannel {
  WEB, IN_PERSON, LETTER, TELEPHONE, LINE, TRAFFY_FONDUE, EMAIL, OTHER
}
