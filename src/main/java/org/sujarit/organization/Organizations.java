package org.sujarit.organization;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.common.Json;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.OrganizationScope;
import org.sujarit.access.Permission;
import org.sujarit.access.Role;
import org.sujarit.audit.AuditEvent;
import org.sujarit.common.RuleViolation;
import org.sujarit.database.ChangeBroadcast;

/**
 * Organizations and their units, with the access rules that apply to them. Organizations are kept in
 * memory once read ({@link OrganizationCache}, which also serves the unchecked {@code organization :: lookup}).
 */
@Service
public class Organizations {
  private final OrganizationRepository repository;
  private final OrganizationCache cache;
  private final ApplicationEventPublisher events;

  Organizations(OrganizationRepository repository, OrganizationCache cache, ApplicationEventPublisher events) {
    this.repository = repository;
    this.cache = cache;
    this.events = events;
  }

  /** The organization without an access check, inside this module (others use {@code organization :: lookup}). */
  Optional<Organization> find(OrganizationId id) {
    return cache.find(id);
  }

  /** Whether the organization exists (no details, so no access check). */
  public boolean exists(OrganizationId id) {
    return find(id).isPresent();
  }

  /**
   * The organization with this public code, also when the code is one it had before (then the
   * organization's {@link Organization#code()} differs from the one asked for: public links redirect).
   */
  public Optional<Organization> findByCode(String code) {
    if (code == null || code.isBlank()) return Optional.empty();
    return repository.findByCode(code.strip());
  }

  /**
   * Gives the organization the DLA's 7-digit LGO code in place of the one it has; the old code stays an
   * alias of it, so that links given out before keep working.
   */
  @Transactional
  public Organization assignDlaCode(CurrentUser user, OrganizationId id, String dlaCode) {
    Organization before = get(user, id);
    user.require(Permission.MANAGE_ORGANIZATION, before.scope());
    String code = dlaCode == null ? "" : org.sujarit.common.ThaiDigits.toArabic(dlaCode.strip());
    if (!Organization.isDlaCode(code)) throw RuleViolation.field("code", "organization.code.invalid");
    if (code.equals(before.code())) return before;
    Optional<Organization> holder = findByCode(code);
    if (holder.isPresent() && !holder.get().id().equals(id)) throw RuleViolation.field("code", "organization.code.taken", code);
    repository.changeCode(id, before.code(), code);
    cache.forget(id);
    events.publishEvent(new ChangeBroadcast(OrganizationCache.TOPIC, id.toString()));
    Organization after = find(id).orElseThrow();
    events.publishEvent(new AuditEvent(user.username(), id.value(), "organization", id.toString(), "code", Json.write(before),
        Json.write(after)));
    events.publishEvent(new OrganizationCodeChanged(id, before.code(), code));
    return after;
  }

  public OrganizationScope scopeOf(OrganizationId id) {
    return find(id).map(Organization::scope).orElseThrow(() -> new OrganizationNotFoundException(id));
  }

  /** The organization, if the user may read it. */
  public Organization get(CurrentUser user, OrganizationId id) {
    Organization org = find(id).orElseThrow(() -> new OrganizationNotFoundException(id));
    user.require(Permission.READ, org.scope());
    return org;
  }

  /** Every organization by province and Thai name, without an access check: names, kinds and codes are public (the public site lists them). */
  public List<Organization> all() {
    return repository.all();
  }

  /** The organizations the user may read, sorted by Thai name. */
  public List<Organization> visibleTo(CurrentUser user) {
    if (user.has(Role.SYSTEM_ADMIN) || (user.has(Role.OVERSIGHT) && user.oversightProvince() == null)) {
      return repository.all();
    }
    if (user.has(Role.OVERSIGHT)) return repository.inProvince(user.oversightProvince());
    if (user.organizationId() == null) return List.of();
    return find(new OrganizationId(user.organizationId())).map(List::of).orElse(List.of());
  }

  @Transactional
  public Organization create(CurrentUser user, String name, OrganizationKind kind, String province, String district,
      OrganizationId parentId) {
    user.require(Permission.ADMINISTER_SYSTEM);
    return insert(user.username(), name, kind, province, district, parentId);
  }

  /** Creates an organization for a start-up task (demo data): no user is signed in. */
  @Transactional
  public Organization createBySystem(String name, OrganizationKind kind, String province, String district) {
    return insert("system", name, kind, province, district, null);
  }

  private Organization insert(String actor, String name, OrganizationKind kind, String province, String district,
      OrganizationId parentId) {
    if (name == null || name.isBlank()) throw RuleViolation.field("name", "organization.name.required");
    Organization org = new Organization(OrganizationId.random(), name, kind, blankToNull(province), blankToNull(district), parentId);
    if (repository.nameTaken(org.name(), org.province())) throw RuleViolation.field("name", "organization.name.taken", org.name());
    String code = repository.insert(org);
    org = new Organization(org.id(), org.name(), org.kind(), org.province(), org.district(), org.parentId(), code);
    events.publishEvent(new AuditEvent(actor, org.id().value(), "organization", org.id().toString(), "create", null,
        Json.write(org)));
    events.publishEvent(new OrganizationRegistered(org.id(), org.kind(), parentId));
    return org;
  }

  public List<Unit> units(CurrentUser user, OrganizationId id) {
    user.require(Permission.READ, scopeOf(id));
    return units(id);
  }

  /** Units of an organization, active first, by Thai name; no access check (other modules use the checked one). */
  List<Unit> units(OrganizationId id) {
    return repository.units(id);
  }

  /** The organization's unit names by id, if the user may read it. */
  public Map<UnitId, String> unitNames(CurrentUser user, OrganizationId id) {
    return Unit.names(units(user, id));
  }

  /** Whether the unit is one of the organization's (the answer tells nothing else, so no access check). */
  public boolean hasUnit(OrganizationId org, UnitId unit) {
    return cache.unit(unit).filter(u -> u.organizationId().equals(org)).isPresent();
  }

  /** The unit, if the user may read its organization. */
  public Optional<Unit> unit(CurrentUser user, UnitId id) {
    Optional<Unit> unit = cache.unit(id);
    unit.ifPresent(u -> user.require(Permission.READ, scopeOf(u.organizationId())));
    return unit;
  }

  @Transactional
  public Unit addUnit(CurrentUser user, OrganizationId orgId, String name) {
    user.require(Permission.MANAGE_ORGANIZATION, scopeOf(orgId));
    return insertUnit(user.username(), orgId, name);
  }

  /** The unit of this name, created when the organization has none yet (plans name units freely). */
  @Transactional
  public Unit unitNamed(String actor, OrganizationId orgId, String name) {
    String n = name.strip();
    return repository.unitNamed(orgId, n).orElseGet(() -> insertUnit(actor, orgId, n));
  }

  private Unit insertUnit(String actor, OrganizationId orgId, String name) {
    if (name == null || name.isBlank()) throw RuleViolation.field("name", "unit.name.required");
    Unit unit = new Unit(UnitId.random(), orgId, name, true);
    if (repository.unitNameTaken(orgId, unit.name())) throw RuleViolation.field("name", "unit.name.taken", unit.name());
    repository.insert(unit);
    events.publishEvent(new AuditEvent(actor, orgId.value(), "unit", unit.id().toString(), "create", null, Json.write(unit)));
    return unit;
  }

  @Transactional
  public Unit updateUnit(CurrentUser user, UnitId unitId, String name, boolean active) {
    Unit before = cache.unit(unitId).orElseThrow(() -> new RuleViolation("unit.not-found"));
    user.require(Permission.MANAGE_ORGANIZATION, scopeOf(before.organizationId()));
    if (name == null || name.isBlank()) throw RuleViolation.field("name", "unit.name.required");
    Unit after = new Unit(unitId, before.organizationId(), name, active);
    if (!after.name().equals(before.name()) && repository.unitNameTaken(before.organizationId(), after.name())) {
      throw RuleViolation.field("name", "unit.name.taken", after.name());
    }
    repository.update(after);
    events.publishEvent(new AuditEvent(user.username(), before.organizationId().value(), "unit", unitId.toString(), "update",
        Json.write(before), Json.write(after)));
    return after;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
