package org.sujarit.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.sujarit.common.RuleViolation;

/** Message texts in the user's language, for controllers that put a message on the next page. */
@Component
public class Messages {
  private final MessageSource source;

  Messages(MessageSource source) {
    this.source = source;
  }

  /** Numbers go in as plain text: MessageFormat would print the year 2566 as "2,566". */
  public String get(String key, Object... args) {
    Object[] plain = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      plain[i] = args[i] instanceof Number n ? n.toString()
          : args[i] instanceof RuleViolation.Term t ? source.getMessage(t.key(), null, t.key(), LocaleContextHolder.getLocale()) : args[i];
    }
    return source.getMessage(key, plain, key, LocaleContextHolder.getLocale());
  }

  /** The message of {@code key}, or {@code fallback} when the bundles have none (open-ended codes). */
  public String orElse(String key, String fallback) {
    return source.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
  }

  public String of(RuleViolation e) {
    return get(e.messageKey(), e.args());
  }
}
