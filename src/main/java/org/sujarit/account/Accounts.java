package org.sujarit.account;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
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
 * The SQL is {@link AccountRepository}'s; unchecked reads for other modules are {@code account :: lookup}.
 */
@Service
public class Accounts {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final AccountRepository repository;
  private final PasswordEncoder passwords;
  private final Organizations organizations;
  private final ApplicationEventPublisher events;

  Accounts(AccountRepository repository, PasswordEncoder passwords, Organizations organizations, ApplicationEventPublisher events) {
    this.repository = repository;
    this.passwords = passwords;
    this.organizations = organizations;
    this.events = events;
  }

  public List<UserAccount> members(CurrentUser user, OrganizationId orgId) {
    user.require(Permission.MANAGE_ORGANIZATION, organizations.scopeOf(orgId));
    return repository.members(orgId);
  }

  /** Accounts that belong to no organization: system administrators and oversight. */
  public List<UserAccount> installationAccounts(CurrentUser user) {
    user.require(Permission.ADMINISTER_SYSTEM);
    return repository.installationAccounts();
  }

  /** No access check: for this class's own steps and, through {@link AccountsForSignIn}, the sign-in layer's. */
  Optional<UserAccount> find(UUID id) {
    return repository.find(id);
  }

  /** No access check: for this class's own steps and, through {@link AccountsForSignIn}, the sign-in layer's. */
  Optional<UserAccount> findByUsername(String username) {
    return repository.findByUsername(username);
  }

  /** The one account with this e-mail address; none when no account or several share it. */
  Optional<UserAccount> findByEmail(String email) {
    List<UserAccount> found = repository.withEmail(email);
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
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
    repository.markPasswordTemporary(created.id());
    return created;
  }

  /** Whether the account still holds a temporary password, which it may use only to choose its own. */
  boolean holdsTemporaryPassword(UUID accountId) {
    return repository.holdsTemporaryPassword(accountId);
  }

  /** Creates an account at start-up (initial administrator, demo users): nobody is signed in. */
  @Transactional
  public UserAccount createBySystem(NewAccount a) {
    return insert("system", a);
  }

  public boolean anyAccountExists() {
    return repository.anyExists();
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
    repository.insert(id, username, a.displayName().strip(), passwords.encode(a.password()), a.organizationId(), a.unitId(),
        blankToNull(a.oversightProvince()));
    repository.replaceRoles(id, a.roles());
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
    repository.replaceRoles(accountId, roles);
    repository.setUnit(accountId, unitId);
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
    repository.setPassword(accountId, passwords.encode(temporary), true);
    audit(admin.username(), account, "reset-password", null, null);
    return temporary;
  }

  @Transactional
  public void changeOwnPassword(CurrentUser user, String current, String newPassword) {
    String hash = repository.passwordHash(user.userId());
    if (!passwords.matches(current == null ? "" : current, hash)) throw RuleViolation.field("currentPassword", "password.current-wrong");
    Passwords.check(newPassword, user.username());
    if (passwords.matches(newPassword, hash)) throw RuleViolation.field("password", "password.same-as-current");
    repository.setPassword(user.userId(), passwords.encode(newPassword), false);
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
    String hash = repository.passwordHash(user.userId());
    if (!passwords.matches(currentPassword == null ? "" : currentPassword, hash))
      throw RuleViolation.field("currentPassword", "password.current-wrong");
    return writeEmail(user.username(), find(user.userId()).orElseThrow(), email);
  }

  private UserAccount writeEmail(String actor, UserAccount before, String email) {
    String address = blankToNull(email);
    if (address != null && (address.length() > 254 || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")))
      throw RuleViolation.field("email", "account.email.invalid");
    repository.setEmail(before.id(), address);
    UserAccount after = find(before.id()).orElseThrow();
    audit(actor, after, "change-email", before, after);
    return after;
  }

  /** Sets a password its holder chose through a reset link (see {@link org.sujarit.account.signin.PasswordResets}). */
  void setOwnPassword(UUID accountId, String newPassword) {
    UserAccount account = find(accountId).orElseThrow(() -> new RuleViolation("account.not-found"));
    Passwords.check(newPassword, account.username());
    repository.setPassword(accountId, passwords.encode(newPassword), false);
    audit(account.username(), account, "reset-password-by-link", null, null);
  }

  @Transactional
  public UserAccount setEnabled(CurrentUser admin, UUID accountId, boolean enabled) {
    UserAccount before = find(accountId).orElseThrow(() -> new RuleViolation("account.not-found"));
    authorizeAccountChange(admin, before.organizationId(), before.roles());
    if (admin.userId().equals(accountId) && !enabled) throw new RuleViolation("account.cannot-disable-self");
    repository.setEnabled(accountId, enabled);
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

  private void audit(String actor, UserAccount subject, String action, UserAccount before, UserAccount after) {
    events.publishEvent(new AuditEvent(actor, subject.organizationId(), "account", subject.id().toString(), action,
        before == null ? null : JSON.writeValueAsString(before), after == null ? null : JSON.writeValueAsString(after)));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
