package org.sujarit.document.layout;

import java.time.ZonedDateTime;

/** File properties: title, author (the organization), subject and the fixed creation time. */
public record DocumentInfo(String title, String author, String subject, ZonedDateTime created, boolean thaiDigits) {}
