package org.sujarit.complaint.internal;

import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.sujarit.common.ThaiDates;
import org.sujarit.mail.Mailer;

/**
 * The complaint mails, in Thai, when a mail server is configured ({@code spring.mail.host}); without
 * one nothing is sent and the pages are the only notice. A mail is sent once the transaction that
 * caused it commits, so a refused step mails nothing. Addresses are never logged: a complainant's
 * address is personal data, and the log is read by more people than the cases.
 */
@Component
class ComplaintMail {
  private static final Logger log = LoggerFactory.getLogger(ComplaintMail.class);
  /** A plain address: the contact a complainant typed may be a telephone number, which gets no mail. */
  private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>\"]{1,64}@[A-Za-z0-9.-]{1,189}\\.[A-Za-z]{2,63}");

  private final Mailer sender;
  private final MessageSource messages;
  private final String from;
  private final String publicUrl;

  ComplaintMail(Mailer sender, MessageSource messages,
      @Value("${sujarit.complaint.mail-from:${sujarit.monitoring.mail-from:sujarit@localhost}}") String from,
      @Value("${sujarit.public-url:}") String publicUrl) {
    this.sender = sender;
    this.messages = messages;
    this.from = from;
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  static boolean isAddress(String s) {
    return s != null && s.length() <= 254 && ADDRESS.matcher(s.strip()).matches();
  }

  boolean configured() {
    return sender.configured();
  }

  /** A link into Sujarit when its public address is set ({@code sujarit.public-url}), else nothing. */
  String link(String path) {
    return publicUrl.isEmpty() ? "" : publicUrl + path;
  }

  String text(String key, Object... args) {
    Object[] plain = new Object[args.length];
    for (int i = 0; i < args.length; i++) plain[i] = args[i] instanceof Number n ? n.toString() : args[i];
    return messages.getMessage(key, plain, key, ThaiDates.THAI);
  }

  /** Sends after the current transaction commits (at once outside one); false when there is no mail server or no valid address. */
  boolean send(String to, String subject, String body) {
    if (!sender.configured() || !isAddress(to)) return false;
    Runnable deliver = () -> sender.send(from, to.strip(), subject, body, e -> log.warn("complaint mail not sent: {}", e.getClass().getSimpleName()));
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          deliver.run();
        }
      });
    } else {
      deliver.run();
    }
    return true;
  }
}
