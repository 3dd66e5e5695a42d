package org.sujarit.organization;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.sujarit.database.ChangeReceived;
import org.sujarit.organization.lookup.OrganizationLookup;

/**
 * Organizations kept in memory once read; a change is broadcast (topic {@value #TOPIC}) so that every
 * node drops its copy.
 */
@Component
class OrganizationCache implements OrganizationLookup {
  static final String TOPIC = "organization";

  private final OrganizationRepository repository;
  private final Map<OrganizationId, Organization> cache = new ConcurrentHashMap<>();

  OrganizationCache(OrganizationRepository repository) {
    this.repository = repository;
  }

  /** Another node changed an organization: read it again from the database here too. */
  @EventListener
  void on(ChangeReceived change) {
    if (!change.concerns(TOPIC)) return;
    if (change.all()) cache.clear();
    else cache.remove(OrganizationId.of(change.key()));
  }

  @Override
  public Optional<Organization> find(OrganizationId id) {
    Organization cached = cache.get(id);
    if (cached != null) return Optional.of(cached);
    Optional<Organization> org = repository.find(id);
    org.ifPresent(o -> cache.put(id, o));
    return org;
  }

  void forget(OrganizationId id) {
    cache.remove(id);
  }

  @Override
  public Optional<Unit> unit(UnitId id) {
    return repository.unit(id);
  }

  @Override
  public Map<UnitId, String> unitNames(OrganizationId id) {
    return Unit.names(repository.units(id));
  }
}
