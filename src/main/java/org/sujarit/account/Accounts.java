package org.sujarit.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Permission;
import org.sujarit.access.Role;
import org.sujarit.audit.AuditEvent;
import org.sujarit.common.RuleViolation;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.Organizations;
import tools.jackson.databind.json.JsonMapper;

/**
 * Accounts and their roles. An ORG_ADMIN manages the members of their own organization (create,
 * reset a password, reassign roles, disable) without any central help desk; SYSTEM_ADMIN manages all.
 */
@Service
public class Accounts {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcClient jdbc;
  private final PasswordEncoder passwords;
  private final Organizations organizations;
  private final ApplicationEventPublisher events;

  Accounts(JdbcClient jdbc, PasswordEncoder passwords, Organizations organizations, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.passwords = passwords;
    this.organizations = organizations;
    this.events = events;
  }

  public List<UserAccount> members(CurrentUser user, OrganizationId orgId) {
    user.require(Permission.MANAGE_ORGANIZATION, organizations.scopeOf(orgId));
    return load("where u.organization_id = ?", orgId.value());
  }

  /** Accounts that belong to no organization: system administrators and oversight. */
  public List<UserAccount> installationAccounts(CurrentUser user) {
    user.require(Permission.ADMINISTER_SYSTEM);
    return load("where u.organization_id is null");
  }

  public Optional<UserAccount> find(UUID id) {
    return load("where u.id = ?", id).stream().findFirst();
  }

  public Optional<UserAccount> findByUsername(String username) {
    return load("where lower(u.username) = lower(?)", username).stream().findFirst();
  }

  /** The one account with this e-mail address; none when no account or several share it. */
  Optional<UserAccount> findByEmail(String email) {
    List<UserAccount> found = load("where lower(u.email) = lower(?)", email);
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /** The members of an organization holding a role, e.g. its executives; no access check. */
  public List<UserAccount> holding(OrganizationId orgId, Role role) {
    return load("where u.organization_id = ? and exists (select 1 from user_role r where r.user_id = u.id and r.role = ?)",
        orgId.value(), role.name());
  }

  @Transactional
  public UserAccount create(CurrentUser admin, NewAccount a) {
    authorizeAccountChange(admin, a.organizationId(), a.roles());
    return insert(admin.username(), a);
  }

  /** Creates an account with a password the administrator hands over: its holder must replace it at the first sign-in. */
  @Transactional
  public UserAccount createWithTemporaryPassword(CurrentUser admin, NewAccount a) {
    UserAccount created = create(admin, a);
    jdbc.sql("update app_user set password_temporary = true where id = ?").param(created.id()).update();
    return created;
  }

  /** Whether the account still holds a temporary password, which it may use only to choose its own. */
  boolean holdsTemporaryPassword(UUID accountId) {
    return jdbc.sql("select password_temporary from app_user where id = ?").param(accountId).query(Boolean.class).optional()
        .orElse(false);
  }

  /** Creates an account at start-up (initial administrator, demo users): nobody is signed in. */
  @Transactional
  public UserAccount createBySystem(NewAccount a) {
    return insert("system", a);
  }

  public boolean anyAccountExists() {
    return jdbc.sql("select count(*) from app_user").query(Long.class).single() > 0;
  }

  private UserAccount insert(String actor, NewAccount a) {
    String username = a.username() == null ? "" : a.username().strip();
    if (!username.matches("[A-Za-z0-9._@-]{3,64}")) throw RuleViolation.field("username", "account.username.invalid");
    if (a.displayName() == null || a.displayName().isBlank()) throw RuleViolation.field("displayName", "account.display-name.required");
    if (a.roles() == null || a.roles().isEmpty()) throw RuleViolation.field("roles", "account.roles.required");
    if (findByUsername(username).isPresent()) throw RuleViolation.field("username", "account.username.taken", username);
    checkRolesFit(a.organizationId(), a.roles());
    Passwords.check(a.password(), username);
    UUID id = UUID.randomUUID();
    jdbc.sql("""
        insert into app_user (id, username, display_name, password_hash, organization_id, unit_id, oversight_province)
        values (?, ?, ?, ?, ?, ?, ?)""")
        .params(id, username, a.displayName().strip(), passwords.encode(a.password()), a.organizationId(), a.unitId(),
            blankToNull(a.oversightProvince()))
        .update();
    writeRoles(id, a.roles());
    UserAccount created = find(id).orElseThrow();
    audit(actor, created, "create", null, created);
    return created;
  }

  @Transactional
  public UserAccount changeRoles(CurrentUser admin, UUID accountId, Set<Role> roles, UUID unitId) {
    UserAccount before = find(accountId).orElseThrow(() -> new RuleViolation("account.not-found"));
    authorizeAccountChange(admin, before.organizationId(), before.roles());
    authorizeAccountChange(admin, before.organizationId(), roles);
    if (roles == null || roles.isEmpty()) throw RuleViolation.field("roles", "account.roles.required");
    checkRolesFit(before.organizationId(), roles);
    if (admin.userId().equals(accountId) && before.roles().contains(Role.ORG_ADMIN) && !roles.contains(Role.ORG_ADMIN)) {
      throw RuleViolation.field("roles", "account.cannot-drop-own-admin");
    }
    jdbc.sql("delete from user_role where user_id = ?").param(accountId).update();
    writeRoles(accountId, roles);
    jdbc.sql("update app_user set unit_id = ? where id = ?").params(unitId, accountId).update();
    UserAccount after = find(accountId).orElseThrow();
    audit(admin.username(), after, "change-roles", before, after);
    return after;
  }

  /** Sets a new temporary password for a member and returns it, to hand over in person. */
  @Transactional
  public String resetPassword(CurrentUser admin, UUID accountId) {
    UserAccount account = find(accountId).orElseThrow(() -> new RuleViolation("account.not-found"));
    authorizeAccountChange(admin, account.organizationId(), account.roles());
    String temporary = Passwords.temporary();
    jdbc.sql("update app_user set password_hash = ?, password_changed_at = now(), password_temporary = true where id = ?")
        .params(passwords.encode(temporary), accountId).update();
    audit(admin.username(), account, "reset-password", null, null);
    return temporary;
  }

  @Transactional
  public void changeOwnPassword(CurrentUser user, String current, String newPassword) {
    String hash = jdbc.sql("select password_hash from app_user where id = ?").param(user.userId()).query(String.class).single();
    if (!passwords.matches(current == null ? "" : current, hash)) throw RuleViolation.field("currentPassword", "password.current-wrong");
    Passwords.check(newPassword, user.username());
    if (passwords.matches(newPassword, hash)) throw RuleViolation.field("password", "password.same-as-current");
    jdbc.sql("update app_user set password_hash = ?, password_changed_at = now(), password_temporary = false where id = ?")
        .params(passwords.encode(newPassword), user.userId()).update();
    audit(user.username(), find(user.userId()).orElseThrow(), "change-password", null, null);
  }

  /** The address a password reset link goes to; blank removes it. An administrator sets it for a member. */
  @Transactional
  public UserAccount setEmail(CurrentUser admin, UUID accountId, String email) {
    UserAccount before = find(accountId).orElseThrow(() -> new RuleViolation("account.not-found"));
    authorizeAccountChange(admin, before.organizationId(), before.roles());
    return writeEmail(admin.username(), before, email);
  }

  /** One's own reset address; the current password is asked, so that a session left open cannot redirect the reset links. */
  @Transactional
  public UserAccount changeOwnEmail(CurrentUser user, String currentPassword, String email) {
    String hash = jdbc.sql("select password_hash from app_user where id = ?").param(user.userId()).query(String.class).single();
    if (!passwords.matches(currentPassword == null ? "" : currentPassword, hash))
      throw RuleViolation.field("currentPassword", "password.current-wrong");
    return writeEmail(user.username(), find(user.userId()).orElseThrow(), email);
  }

  private UserAccount writeEmail(String actor, UserAccount before, String email) {
    String address = blankToNull(email);
    if (address != null && (address.length() > 254 || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")))
      throw RuleViolation.field("email", "account.email.invalid");
    jdbc.sql("update app_user set email = ? where id = ?").params(address, before.id()).update();
    UserAccount after = find(before.id()).orElseThrow();
    audit(actor, after, "change-email", before, after);
    return after;
  }

  /** Sets a password its holder chose through a reset link (see {@link PasswordResets}). */
  void setOwnPassword(UUID accountId, String newPassword) {
    UserAccount account = find(accountId).orElseThrow(() -> new RuleViolation("account.not-found"));
    Passwords.check(newPassword, account.username());
    jdbc.sql("update app_user set password_hash = ?, password_changed_at = now(), password_temporary = false where id = ?")
        .params(passwords.encode(newPassword), accountId).update();
    audit(account.username(), account, "reset-password-by-link", null, null);
  }

  @Transactional
  public UserAccount setEnabled(CurrentUser admin, UUID accountId, boolean enabled) {
    UserAccount before = find(accountId).orElseThrow(() -> new RuleViolation("account.not-found"));
    authorizeAccountChange(admin, before.organizationId(), before.roles());
    if (admin.userId().equals(accountId) && !enabled) throw new RuleViolation("account.cannot-disable-self");
    jdbc.sql("update app_user set enabled = ? where id = ?").params(enabled, accountId).update();
    UserAccount after = find(accountId).orElseThrow();
    audit(admin.username(), after, enabled ? "enable" : "disable", before, after);
    return after;
  }

  /** ORG_ADMIN: organizational roles inside their own organization; SYSTEM_ADMIN: anything. */
  void authorizeAccountChange(CurrentUser admin, UUID organizationId, Set<Role> roles) {
    if (admin.may(Permission.ADMINISTER_SYSTEM)) return;
    if (organizationId == null) throw new org.sujarit.access.AccessRefusedException(Permission.ADMINISTER_SYSTEM);
    admin.require(Permission.MANAGE_ORGANIZATION, organizations.scopeOf(new OrganizationId(organizationId)));
    if (roles != null && roles.stream().anyMatch(r -> !r.organizational())) {
      throw new org.sujarit.access.AccessRefusedException(Permission.ADMINISTER_SYSTEM);
    }
  }

  private void checkRolesFit(UUID organizationId, Set<Role> roles) {
    boolean organizational = roles.stream().anyMatch(Role::organizational);
    if (organizational && organizationId == null) throw RuleViolation.field("roles", "account.roles.need-organization");
    if (organizationId != null && !organizations.exists(new OrganizationId(organizationId)))
      throw RuleViolation.field("organizationId", "organization.not-found", organizationId);
  }

  private void writeRoles(UUID id, Set<Role> roles) {
    for (Role r : EnumSet.copyOf(roles)) {
      jdbc.sql("insert into user_role (user_id, role) values (?, ?)").params(id, r.name()).update();
    }
  }

  private List<UserAccount> load(String where, Object... params) {
    Map<UUID, UserAccount> byId = new LinkedHashMap<>();
    Map<UUID, Set<Role>> roles = new HashMap<>();
    jdbc.sql("""
        select u.*, r.role from app_user u left join user_role r on r.user_id = u.id
        """ + where + " order by u.display_name, u.username, r.role")
        .params(params)
        .query((ResultSet rs) -> {
          UUID id = rs.getObject("id", UUID.class);
          byId.computeIfAbsent(id, k -> row(rs));
          String role = rs.getString("role");
          Set<Role> set = roles.computeIfAbsent(id, k -> EnumSet.noneOf(Role.class));
          if (role != null) set.add(Role.valueOf(role));
        });
    return byId.values().stream()
        .map(u -> new UserAccount(u.id(), u.username(), u.displayName(), u.organizationId(), u.unitId(), roles.get(u.id()),
            u.oversightProvince(), u.enabled(), u.email(), u.twoFactor()))
        .toList();
  }

  private static UserAccount row(ResultSet rs) {
    try {
      return new UserAccount(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
          rs.getObject("organization_id", UUID.class), rs.getObject("unit_id", UUID.class), Set.of(),
          rs.getString("oversight_province"), rs.getBoolean("enabled"), rs.getString("email"),
          rs.getString("totp_secret") != null);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void audit(String actor, UserAccount subject, String action, UserAccount before, UserAccount after) {
    events.publishEvent(new AuditEvent(actor, subject.organizationId(), "account", subject.id().toString(), action,
        before == null ? null : JSON.writeValueAsString(before), after == null ? null : JSON.writeValueAsString(after)));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
