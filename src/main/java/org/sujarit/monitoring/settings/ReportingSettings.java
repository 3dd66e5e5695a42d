package org.sujarit.monitoring.settings;

import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Permission;
import org.sujarit.audit.AuditEvent;
import org.sujarit.common.NotFoundException;
import org.sujarit.common.RuleViolation;
import org.sujarit.monitoring.RoundDeadlines;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.Organizations;
import org.sujarit.organization.UnitId;

/**
 * An organization's reporting settings, apart from the records: the deadline day of each round and
 * the unit contacts reminders go to. Whoever reads the organization reads its deadlines;
 * MANAGE_MONITORING (PLANNER) reads the contacts and changes both.
 */
@Service
@Transactional
public class ReportingSettings {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final Organizations organizations;
  private final ReportingSettingsRepository repository;
  private final ApplicationEventPublisher events;

  ReportingSettings(Organizations organizations, ReportingSettingsRepository repository, ApplicationEventPublisher events) {
    this.organizations = organizations;
    this.repository = repository;
    this.events = events;
  }

  @Transactional(readOnly = true)
  public RoundDeadlines deadlines(CurrentUser user, OrganizationId org) {
    user.require(Permission.READ, organizations.scopeOf(org));
    return repository.deadlines(org);
  }

  @Transactional(readOnly = true)
  public Map<UnitId, String> contacts(CurrentUser user, OrganizationId org) {
    user.require(Permission.MANAGE_MONITORING, organizations.scopeOf(org));
    return repository.contacts(org);
  }

  public void setDeadlines(CurrentUser user, OrganizationId org, RoundDeadlines deadlines) {
    user.require(Permission.MANAGE_MONITORING, organizations.scopeOf(org));
    RoundDeadlines before = repository.deadlines(org);
    repository.saveDeadlines(org, deadlines);
    events.publishEvent(new AuditEvent(user.username(), org.value(), "reporting-deadline", org.toString(), "update",
        before.toString(), deadlines.toString()));
  }

  /** Where reminders for a unit go; a blank address removes it. */
  public void setContact(CurrentUser user, OrganizationId org, UnitId unit, String email) {
    user.require(Permission.MANAGE_MONITORING, organizations.scopeOf(org));
    if (!organizations.hasUnit(org, unit)) throw new NotFoundException("unit.not-found");
    String address = email == null || email.isBlank() ? null : email.strip();
    if (address != null && !EMAIL.matcher(address).matches()) throw RuleViolation.field("email", "monitoring.contact.invalid", address);
    repository.saveContact(org, unit, address);
    events.publishEvent(new AuditEvent(user.username(), org.value(), "unit-contact", unit.toString(), "update", null, address));
  }
}
