package org.sujarit.library.catalogue;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Permission;
import org.sujarit.audit.AuditEvent;
import org.sujarit.common.FiscalPeriod;
import org.sujarit.common.NotFoundException;
import org.sujarit.common.RuleViolation;
import org.sujarit.framework.Framework;
import org.sujarit.framework.FrameworkCatalog;
import org.sujarit.plan.Plan;
import org.sujarit.common.Json;
import org.sujarit.plan.standarditems.StandardItem;
import org.sujarit.plan.standarditems.StandardItems;

/**
 * The catalogue. Every signed-in user reads the active entries (they hold no organization's data);
 * only the system administrator (reference data) changes them, and every change is audited.
 */
@Service
@Transactional
public class Library implements StandardItems {
  private final LibraryRepository repository;
  private final FrameworkCatalog frameworks;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Library(LibraryRepository repository, FrameworkCatalog frameworks, ApplicationEventPublisher events, Clock clock) {
    this.repository = repository;
    this.frameworks = frameworks;
    this.events = events;
    this.clock = clock;
  }

  // ---- administration ----------------------------------------------------------------------

  @Transactional(readOnly = true)
  public List<LibraryEntry> all(CurrentUser user) {
    user.require(Permission.ADMINISTER_SYSTEM);
    return repository.all();
  }

  @Transactional(readOnly = true)
  public LibraryEntry get(CurrentUser user, UUID id) {
    user.require(Permission.ADMINISTER_SYSTEM);
    return repository.find(id).orElseThrow(() -> new NotFoundException("library.not-found"));
  }

  /** A blank entry at the end of the catalogue, for the form. */
  @Transactional(readOnly = true)
  public LibraryEntry blank(CurrentUser user) {
    user.require(Permission.ADMINISTER_SYSTEM);
    return new LibraryEntry(null, repository.nextPosition(), null, null, null, Map.of(), null, true);
  }

  /** Creates the entry (id null) or replaces it. */
  public LibraryEntry save(CurrentUser user, LibraryEntry entry) {
    user.require(Permission.ADMINISTER_SYSTEM);
    requireValid(entry);
    LibraryEntry before = entry.id() == null ? null : repository.find(entry.id())
        .orElseThrow(() -> new NotFoundException("library.not-found"));
    LibraryEntry saved = entry.id() != null ? entry : new LibraryEntry(UUID.randomUUID(), entry.position(), entry.kind(),
        entry.name(), entry.description(), entry.missions(), entry.details(), entry.active());
    repository.save(saved, user.username(), clock.instant());
    audit(user, saved.id(), before == null ? "create" : "update", before, saved);
    return saved;
  }

  public void delete(CurrentUser user, UUID id) {
    LibraryEntry before = get(user, id);
    repository.delete(id);
    audit(user, id, "delete", before, null);
  }

  // ---- what plans take ---------------------------------------------------------------------

  @Override
  @Transactional(readOnly = true)
  public List<StandardItem> offeredFor(String frameworkCode, String organizationName) {
    return offered(frameworkCode, e -> true, new Placeholders(organizationName, null), false);
  }

  @Override
  @Transactional(readOnly = true)
  public List<StandardItem> resolve(List<UUID> ids, String frameworkCode, String organizationName, FiscalPeriod period) {
    Set<UUID> wanted = new HashSet<>(ids);
    return offered(frameworkCode, e -> wanted.contains(e.id()), new Placeholders(organizationName, period), true);
  }

  /** In the framework's mission order, then catalogue order, as a plan lists them. */
  private List<StandardItem> offered(String frameworkCode, Predicate<LibraryEntry> chosen, Placeholders fill, boolean withDetails) {
    List<String> order = frameworks.find(frameworkCode).map(f -> f.missions().map(Framework.Mission::code).toList()).orElse(List.of());
    return repository.all().stream().filter(e -> e.active() && e.missionIn(frameworkCode) != null && chosen.test(e))
        .sorted(Comparator.comparingInt(e -> order.indexOf(e.missionIn(frameworkCode))))
        .map(e -> new StandardItem(e.id(), e.kind(), fill.apply(e.name()), e.missionIn(frameworkCode), fill.apply(e.description()),
            withDetails ? e.details().mapTexts(fill) : e.details()))
        .toList();
  }

  // ---- rules -------------------------------------------------------------------------------

  private void requireValid(LibraryEntry e) {
    if (e.name() == null || e.name().isBlank()) throw RuleViolation.field("name", "plan.item.name-required");
    if (e.name().length() > Plan.MAX_NAME_LENGTH) throw RuleViolation.field("name", "plan.item.name-too-long", Plan.MAX_NAME_LENGTH);
    if (e.kind() == null) throw RuleViolation.field("kind", "library.kind-required");
    if (e.missions().isEmpty()) throw RuleViolation.field("missions", "library.mission-required");
    e.missions().forEach((code, mission) -> {
      Framework f = frameworks.find(code).orElseThrow(() -> RuleViolation.field("missions", "plan.framework.unknown", code));
      if (!f.hasMission(mission)) throw RuleViolation.field("missions." + code, "plan.mission.unknown", mission);
    });
    e.details().requireValid();
  }

  private void audit(CurrentUser user, UUID id, String action, LibraryEntry before, LibraryEntry after) {
    events.publishEvent(new AuditEvent(user.username(), null, "library-entry", id.toString(), action,
        before == null ? null : Json.write(before), after == null ? null : Json.write(after)));
  }

  /** Fills {org}, and {first} and {last} when there is a period, in an entry's texts. */
  record Placeholders(String organization, FiscalPeriod period) implements UnaryOperator<String> {
    @Override
    public String apply(String text) {
      if (text == null) return null;
      String t = text.replace("{org}", organization);
      return period == null ? t : t.replace("{first}", Integer.toString(period.first().value()))
          .replace("{last}", Integer.toString(period.last().value()));
    }
  }
}
