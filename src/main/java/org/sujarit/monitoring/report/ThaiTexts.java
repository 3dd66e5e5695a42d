package org.sujarit.monitoring.report;

import org.springframework.context.MessageSource;
import org.sujarit.common.ThaiDates;

/**
 * Monitoring messages in Thai whatever the reader's language, for official documents and mails.
 * Numbers go in as plain text: MessageFormat would print the year 2567 as "2,567".
 */
public record ThaiTexts(MessageSource source) implements ProgressReport.Texts {
  @Override
  public String get(String key, Object... args) {
    Object[] plain = new Object[args.length];
    for (int i = 0; i < args.length; i++) plain[i] = args[i] instanceof Number n ? n.toString() : args[i];
    return source.getMessage(key, plain, key, ThaiDates.THAI);
  }
}
