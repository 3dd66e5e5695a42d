package org.sujarit.complaint;

/** An identified complainant's name and the contact they chose; stored sealed, shown only on a logged reveal. */
public record Identity(String name, String contact, boolean wantsUpdates) {}
