package org.sujarit.mail;

import java.util.function.Consumer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the application's plain-text mails (Thai subjects and bodies, in the encoding of
 * {@code spring.mail.default-encoding}) when a mail server is configured; without one nothing is sent.
 * A refused mail never fails the caller's work: the caller says what to log, since only it knows which
 * parts of the mail are personal data.
 */
@Component
public class Mailer {
  private final ObjectProvider<JavaMailSender> sender;

  public Mailer(ObjectProvider<JavaMailSender> sender) {
    this.sender = sender;
  }

  /** Whether a mail server is configured. */
  public boolean configured() {
    return sender.getIfAvailable() != null;
  }

  /** @return whether the server took the mail (false: no server, or refused and handed to {@code refused}) */
  public boolean send(String from, String to, String subject, String body, Consumer<MailException> refused) {
    JavaMailSender s = sender.getIfAvailable();
    if (s == null) return false;
    SimpleMailMessage m = new SimpleMailMessage();
    m.setFrom(from);
    m.setTo(to);
    m.setSubject(subject);
    m.setText(body);
    try {
      s.send(m);
      return true;
    } catch (MailException e) {
      refused.accept(e);
      return false;
    }
  }
}
