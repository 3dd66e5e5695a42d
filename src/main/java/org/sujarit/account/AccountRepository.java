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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sujarit.access.Role;
import org.sujarit.account.lookup.AccountLookup;
import org.sujarit.organization.OrganizationId;

/** Tables {@code app_user} and {@code user_role}; no access checks ({@link Accounts} makes them). */
@Repository
class AccountRepository implements AccountLookup {
  private final JdbcClient jdbc;

  AccountRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<UserAccount> find(UUID id) {
    return load("where u.id = ?", id).stream().findFirst();
  }

  @Override
  public Optional<UserAccount> findByUsername(String username) {
    return load("where lower(u.username) = lower(?)", username).stream().findFirst();
  }

  @Override
  public List<UserAccount> holding(OrganizationId orgId, Role role) {
    return load("where u.organization_id = ? and exists (select 1 from user_role r where r.user_id = u.id and r.role = ?)",
        orgId.value(), role.name());
  }

  @Override
  public List<UserAccount> holding(Role role) {
    return load("where exists (select 1 from user_role r where r.user_id = u.id and r.role = ?)", role.name());
  }

  List<UserAccount> members(OrganizationId orgId) {
    return load("where u.organization_id = ?", orgId.value());
  }

  List<UserAccount> installationAccounts() {
    return load("where u.organization_id is null");
  }

  List<UserAccount> withEmail(String email) {
    return load("where lower(u.email) = lower(?)", email);
  }

  boolean anyExists() {
    return jdbc.sql("select count(*) from app_user").query(Long.class).single() > 0;
  }

  void insert(UUID id, String username, String displayName, String passwordHash, UUID organizationId, UUID unitId, String oversightProvince) {
    jdbc.sql("""
        insert into app_user (id, username, display_name, password_hash, organization_id, unit_id, oversight_province)
        values (?, ?, ?, ?, ?, ?, ?)""")
        .params(id, username, displayName, passwordHash, organizationId, unitId, oversightProvince)
        .update();
  }

  void replaceRoles(UUID id, Set<Role> roles) {
    jdbc.sql("delete from user_role where user_id = ?").param(id).update();
    for (Role r : EnumSet.copyOf(roles)) {
      jdbc.sql("insert into user_role (user_id, role) values (?, ?)").params(id, r.name()).update();
    }
  }

  void setUnit(UUID id, UUID unitId) {
    jdbc.sql("update app_user set unit_id = ? where id = ?").params(unitId, id).update();
  }

  String passwordHash(UUID id) {
    return jdbc.sql("select password_hash from app_user where id = ?").param(id).query(String.class).single();
  }

  void setPassword(UUID id, String hash, boolean temporary) {
    jdbc.sql("update app_user set password_hash = ?, password_changed_at = now(), password_temporary = ? where id = ?")
        .params(hash, temporary, id).update();
  }

  void markPasswordTemporary(UUID id) {
    jdbc.sql("update app_user set password_temporary = true where id = ?").param(id).update();
  }

  boolean holdsTemporaryPassword(UUID id) {
    return jdbc.sql("select password_temporary from app_user where id = ?").param(id).query(Boolean.class).optional().orElse(false);
  }

  void setEmail(UUID id, String email) {
    jdbc.sql("update app_user set email = ? where id = ?").params(email, id).update();
  }

  void setEnabled(UUID id, boolean enabled) {
    jdbc.sql("update app_user set enabled = ? where id = ?").params(enabled, id).update();
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
}
