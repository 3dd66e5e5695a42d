package org.sujarit.account.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.account.UserAccount;
import org.sujarit.common.RuleViolation;
import org.sujarit.mail.Mailer;

/**
 * Self-service password reset by e-mail: a link valid for 30 minutes that works once. Only the
 * token's SHA-256 is stored. Where no mail server or no sign-in address is configured, the
 * organization's administrator hands out a temporary password instead ({@link org.sujarit.account.Accounts#resetPassword}).
 * The link is built on the configured address, never on the request's Host header, which a
 * requester could forge to have the victim's link point elsewhere.
 */
@Service
public class PasswordResets {
  static final Duration VALID_FOR = Duration.ofMinutes(30);
  // one mail per account per this interval, so that the form cannot flood somebody's mailbox
  private static final Duration RESEND_AFTER = Duration.ofMinutes(2);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);

  private final JdbcClient jdbc;
  private final SignInAccounts accounts;
  private final Mailer mail;
  private final MessageSource messages;
  private final Clock clock;
  private final String base;
  private final String from;
  private final Executor sending;

  @Autowired
  PasswordResets(JdbcClient jdbc, SignInAccounts accounts, Mailer mail, MessageSource messages, Clock clock,
      @Value("${sujarit.account.url:${sujarit.public-url:}}") String base,
      @Value("${sujarit.account.mail-from:${sujarit.monitoring.mail-from:sujarit@localhost}}") String from,
      @Qualifier("applicationTaskExecutor") ObjectProvider<Executor> executors) {
    this(jdbc, accounts, mail, messages, clock, base, from, executors.getIfAvailable(() -> Runnable::run));
  }

  /** @param sending where mails go out: not on the request's thread, so that the answer takes as long whether or not it sent one */
  PasswordResets(JdbcClient jdbc, SignInAccounts accounts, Mailer mail, MessageSource messages, Clock clock,
      String base, String from, Executor sending) {
    this.sending = sending;
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.mail = mail;
    this.messages = messages;
    this.clock = clock;
    this.base = base.replaceAll("/+$", "");
    this.from = from;
  }

  /** Whether links can be mailed; otherwise the sign-in page sends people to their administrator. */
  public boolean byMail() {
    return !base.isEmpty() && mail.configured();
  }

  /**
   * Mails a link to the account named (user name or e-mail address) if it exists, is enabled and has
   * an address. Says nothing either way: the caller answers the same whether or not it exists.
   */
  @Transactional
  public void request(String nameOrEmail) {
    if (!mail.configured() || base.isEmpty() || nameOrEmail == null || nameOrEmail.isBlank()) return;
    String key = nameOrEmail.strip();
    Optional<UserAccount> found = accounts.findByUsername(key)
        .or(() -> key.contains("@") ? accounts.findByEmail(key) : Optional.empty());
    if (found.isEmpty() || !found.get().enabled() || found.get().email() == null) return;
    UserAccount account = found.get();
    Instant now = clock.instant();
    boolean recent = jdbc.sql("select count(*) from password_reset where user_id = ? and created_at > ?")
        .params(account.id(), Timestamp.from(now.minus(RESEND_AFTER))).query(Long.class).single() > 0;
    if (recent) return;
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    jdbc.sql("insert into password_reset (token_hash, user_id, created_at, expires_at) values (?, ?, ?, ?)")
        .params(hash(token), account.id(), Timestamp.from(now), Timestamp.from(now.plus(VALID_FOR))).update();
    String subject = text("reset.mail.subject");
    String body = text("reset.mail.body", account.displayName(), base + "/login/reset?token=" + token, VALID_FOR.toMinutes());
    sending.execute(() -> mail.send(from, account.email(), subject, body,
        e -> log.warn("password reset mail for account {} not sent: {}", account.id(), e.getMessage())));
  }

  /** Whether a link's token may still be used (unknown, used and expired ones may not). */
  public boolean usable(String token) {
    return holder(token).isPresent();
  }

  /** Sets the new password and uses the link up; a second use, or one after 30 minutes, is refused. */
  @Transactional
  public void reset(String token, String newPassword, String confirmPassword) {
    UUID userId = holder(token).orElseThrow(() -> new RuleViolation("reset.link-invalid"));
    if (newPassword == null || !newPassword.equals(confirmPassword)) throw RuleViolation.field("confirmPassword", "password.mismatch");
    // the row is claimed first, so that two requests racing with one link cannot both succeed
    int claimed = jdbc.sql("update password_reset set used_at = ? where token_hash = ? and used_at is null and expires_at > ?")
        .params(Timestamp.from(clock.instant()), hash(token), Timestamp.from(clock.instant())).update();
    if (claimed == 0) throw new RuleViolation("reset.link-invalid");
    accounts.setOwnPassword(userId, newPassword);
    // any other link of the account dies with this one
    jdbc.sql("update password_reset set used_at = ? where user_id = ? and used_at is null")
        .params(Timestamp.from(clock.instant()), userId).update();
  }

  private Optional<UUID> holder(String token) {
    if (token == null || token.isBlank() || token.length() > 100) return Optional.empty();
    return jdbc.sql("""
        select r.user_id from password_reset r join app_user u on u.id = r.user_id
        where r.token_hash = ? and r.used_at is null and r.expires_at > ? and u.enabled""")
        .params(hash(token), Timestamp.from(clock.instant())).query(UUID.class).optional();
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, java.util.Locale.forLanguageTag("th"));
  }

  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
