package org.sujarit.account.signin;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;
import org.sujarit.account.UserAccount;
import org.sujarit.audit.AuditEvent;
import org.sujarit.common.RuleViolation;

/**
 * The optional second sign-in factor: a code from an authenticator app (TOTP), or one of ten
 * single-use recovery codes. Offered to the roles whose accounts matter most if taken over.
 */
@Service
public class TwoFactor {
  /** Roles that may turn the second factor on. */
  public static final Set<Role> ROLES = EnumSet.of(Role.ORG_ADMIN, Role.EXECUTIVE, Role.COMPLAINT_OFFICER, Role.SYSTEM_ADMIN);
  static final String ISSUER = "Sujarit";
  private static final int RECOVERY_CODES = 10;
  // no 0/o, 1/l/i: recovery codes are copied from paper
  private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final SignInAccounts accounts;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final TotpSecrets secrets;

  TwoFactor(JdbcClient jdbc, SignInAccounts accounts, ApplicationEventPublisher events, Clock clock, TotpSecrets secrets) {
    this.jdbc = jdbc;
    this.secrets = secrets;
    this.accounts = accounts;
    this.events = events;
    this.clock = clock;
  }

  public static boolean offeredTo(CurrentUser user) {
    return user.roles().stream().anyMatch(ROLES::contains);
  }

  public boolean enrolled(UUID accountId) {
    return jdbc.sql("select totp_secret is not null from app_user where id = ?").param(accountId).query(Boolean.class).optional()
        .orElse(false);
  }

  /** A secret to enrol with, not yet in force: kept by the caller (the session) until a code confirms it. */
  public Enrolment start(CurrentUser user) {
    if (!offeredTo(user)) throw new RuleViolation("two-factor.not-offered");
    String secret = Totp.newSecret();
    return new Enrolment(secret, uriOf(user, secret));
  }

  public String uriOf(CurrentUser user, String secret) {
    return Totp.uri(ISSUER, user.username(), secret);
  }

  /** What an authenticator app needs: the secret as text, and the same in the key URI a QR code would carry. */
  public record Enrolment(String secret, String uri) {
    /** The secret in groups of four, as people type it. */
    public String grouped() {
      return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
  }

  /** Puts the second factor in force once a code from the app proves it was set up; returns the recovery codes, shown once. */
  @Transactional
  public List<String> confirm(CurrentUser user, String secret, String code) {
    if (!offeredTo(user)) throw new RuleViolation("two-factor.not-offered");
    if (secret == null) throw new RuleViolation("two-factor.enrolment-expired");
    OptionalLong step = Totp.match(secret, code, clock.instant(), 0);
    if (step.isEmpty()) throw RuleViolation.field("code", "two-factor.code-wrong");
    jdbc.sql("update app_user set totp_secret = ?, totp_last_step = ? where id = ?")
        .params(secrets.seal(user.userId(), secret), step.getAsLong(), user.userId()).update();
    List<String> codes = newRecoveryCodes(user.userId());
    audit(user.username(), user.userId(), user.organizationId(), "enable-two-factor");
    return codes;
  }

  /** Turns one's own second factor off; a current code (or a recovery code) is asked so that an open session alone cannot. */
  @Transactional
  public void disable(CurrentUser user, String code) {
    boolean right;
    try {
      right = verify(user.userId(), code);
    } catch (SecretUnreadableException e) {
      throw new RuleViolation("two-factor.secret-unreadable");
    }
    if (!right) throw RuleViolation.field("code", "two-factor.code-wrong");
    clear(user.userId());
    audit(user.username(), user.userId(), user.organizationId(), "disable-two-factor");
  }

  /** The organization's administrator turns a member's second factor off, e.g. after a lost phone; audited. */
  @Transactional
  public void reset(CurrentUser admin, UUID accountId) {
    UserAccount account = accounts.find(accountId).orElseThrow(() -> new RuleViolation("account.not-found"));
    accounts.authorizeAccountChange(admin, account.organizationId(), account.roles());
    clear(accountId);
    audit(admin.username(), accountId, account.organizationId(), "reset-two-factor");
  }

  /**
   * The second step of signing in: a code of the app not used before, or an unused recovery code
   * (which is used up). A stored secret the installation's key cannot open throws
   * {@link SecretUnreadableException} rather than counting as a wrong code.
   */
  @Transactional
  public boolean verify(UUID accountId, String code) {
    var row = jdbc.sql("select totp_secret, totp_last_step from app_user where id = ? for update").param(accountId)
        .query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2)}).optional();
    if (row.isEmpty() || row.get()[0] == null || code == null) return false;
    String secret;
    try {
      secret = secrets.open(accountId, (String) row.get()[0]);
    } catch (TotpSecrets.Unreadable e) {
      throw new SecretUnreadableException(e);
    }
    OptionalLong step = Totp.match(secret, code, clock.instant(), (Long) row.get()[1]);
    if (step.isPresent()) {
      jdbc.sql("update app_user set totp_last_step = ? where id = ?").params(step.getAsLong(), accountId).update();
      return true;
    }
    String normalized = code.toLowerCase().replaceAll("[^a-z0-9]", "");
    if (normalized.length() != 10) return false;
    boolean used = jdbc.sql("update totp_recovery_code set used_at = ? where user_id = ? and code_hash = ? and used_at is null")
        .params(Timestamp.from(clock.instant()), accountId, PasswordResets.hash(normalized)).update() == 1;
    if (used) {
      var account = accounts.find(accountId).orElseThrow();
      audit(account.username(), accountId, account.organizationId(), "use-recovery-code");
    }
    return used;
  }

  public int recoveryCodesLeft(UUID accountId) {
    return jdbc.sql("select count(*) from totp_recovery_code where user_id = ? and used_at is null").param(accountId)
        .query(Long.class).single().intValue();
  }

  /**
   * At start: seals the secrets stored in plain text before encryption at rest (enrolments kept), and
   * refuses to start when secrets were sealed with another key, unless told to turn those accounts'
   * second factor off; returns how many were sealed.
   */
  @Transactional
  public int sealStoredSecrets(boolean forgetUnreadable) {
    // only rows with work to do are read and locked: once sealed, every start of every node finds none
    var rows = jdbc.sql("""
        select id, totp_secret from app_user
        where totp_secret is not null and (not starts_with(totp_secret, ?) or split_part(totp_secret, ':', 2) <> ?) for update""")
        .params(TotpSecrets.PREFIX, secrets.id())
        .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2)}).list();
    int sealed = 0;
    List<UUID> otherKey = new ArrayList<>();
    String otherKeyId = null;
    for (Object[] row : rows) {
      UUID id = (UUID) row[0];
      String stored = (String) row[1];
      if (!TotpSecrets.sealed(stored)) {
        jdbc.sql("update app_user set totp_secret = ? where id = ?").params(secrets.seal(id, stored), id).update();
        sealed++;
      } else if (!TotpSecrets.keyIdOf(stored).equals(secrets.id())) {
        otherKey.add(id);
        otherKeyId = TotpSecrets.keyIdOf(stored);
      }
    }
    if (!otherKey.isEmpty()) {
      if (!forgetUnreadable) {
        throw new IllegalStateException(secrets.wrongKey(otherKeyId) + " (" + otherKey.size() + " accounts); or start once with "
            + "sujarit.security.forget-unreadable-two-factor=true to turn their second factor off");
      }
      for (UUID id : otherKey) {
        clear(id);
        var account = accounts.find(id).orElseThrow();
        audit("system", id, account.organizationId(), "forget-unreadable-two-factor");
      }
    }
    return sealed;
  }

  /** The stored secret does not open with this installation's key: the sign-in says so, it is not a wrong code. */
  public static final class SecretUnreadableException extends RuntimeException {
    SecretUnreadableException(Throwable cause) {
      super(cause.getMessage(), cause);
    }
  }

  private List<String> newRecoveryCodes(UUID accountId) {
    jdbc.sql("delete from totp_recovery_code where user_id = ?").param(accountId).update();
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < RECOVERY_CODES; i++) {
      StringBuilder sb = new StringBuilder();
      for (int j = 0; j < 10; j++) sb.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
      String code = sb.toString();
      jdbc.sql("insert into totp_recovery_code (user_id, code_hash) values (?, ?)").params(accountId, PasswordResets.hash(code)).update();
      codes.add(code.substring(0, 5) + "-" + code.substring(5));
    }
    return codes;
  }

  private void clear(UUID accountId) {
    jdbc.sql("update app_user set totp_secret = null, totp_last_step = 0 where id = ?").param(accountId).update();
    jdbc.sql("delete from totp_recovery_code where user_id = ?").param(accountId).update();
  }

  private void audit(String actor, UUID accountId, UUID organizationId, String action) {
    events.publishEvent(new AuditEvent(actor, organizationId, "account", accountId.toString(), action, null, null));
  }
}
