package org.sujarit.complaint;

/** What the complainant told: stored only sealed with the case's key. */
public record CaseContent(String subject, String details, String persons, String occurred, String place, String unit) {}
