package org.sujarit.risk.nogift;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.access.CurrentUser;
import org.sujarit.account.People;
import org.sujarit.access.OrganizationScope;
import org.sujarit.access.Permission;
import org.sujarit.audit.AuditEvent;
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.RuleViolation;
import org.sujarit.common.ThaiDates;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.Organizations;
import org.sujarit.plan.PlanItem;
import org.sujarit.plan.PlanItemId;
import org.sujarit.common.Json;
import org.sujarit.plan.PublicPlans;
import org.sujarit.risk.NoGiftAnnouncementSigned;
import org.sujarit.risk.RiskAssessments;
import org.sujarit.plan.WorkflowStamp;

/**
 * The No Gift use cases: the year's announcement, drafted (MANAGE_NO_GIFT) and signed by the executive
 * (SIGN_NO_GIFT), and its activities; the gift register
 * (RECORD_GIFT records, READ_GIFTS reads all of it, everyone else the gifts they recorded), and the
 * year's figures for the report. Gifts over the NACC limit are registered with a warning.
 */
@Service
@Transactional
public class NoGift {
  private final NoGiftRepository repository;
  private final Organizations organizations;
  private final RiskAssessments assessments;
  private final PublicPlans publicPlans;
  private final People people;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  NoGift(NoGiftRepository repository, Organizations organizations, RiskAssessments assessments, PublicPlans publicPlans, People people,
      ApplicationEventPublisher events, Clock clock) {
    this.people = people;
    this.repository = repository;
    this.organizations = organizations;
    this.assessments = assessments;
    this.publicPlans = publicPlans;
    this.events = events;
    this.clock = clock;
  }

  public record Rights(boolean record, boolean readAll, boolean manage, boolean sign) {}

  /**
   * A year of No Gift: the policy, the register as the user may see it, the excesses of the limit,
   * the plan items the activities may link to, and the user's rights.
   */
  public record Year(Organization organization, FiscalYear year, NoGiftPolicy policy, List<Gift> gifts, List<GiftLimit.Excess> excesses,
      Baht totalReceived, Map<PlanItemId, PlanItem> planItems, Rights rights) {

    public boolean nothingReceived() {
      return gifts.stream().noneMatch(g -> g.direction() == GiftDirection.RECEIVED);
    }

    public boolean overLimit(Gift g) {
      return excesses.stream().anyMatch(e -> e.gifts().contains(g));
    }
  }

  /** A gift as recorded, and whether its giver and occasion are now over the limit. */
  public record Recorded(Gift gift, boolean overLimit) {}

  @Transactional(readOnly = true)
  public Year year(CurrentUser user, OrganizationId org, FiscalYear year) {
    Organization o = organizations.get(user, org);
    OrganizationScope scope = o.scope();
    Rights rights = new Rights(user.may(Permission.RECORD_GIFT, scope), user.may(Permission.READ_GIFTS, scope),
        user.may(Permission.MANAGE_NO_GIFT, scope), user.may(Permission.SIGN_NO_GIFT, scope));
    List<Gift> all = repository.gifts(org, year, null);
    List<Gift> visible = rights.readAll() ? all : all.stream().filter(g -> user.userId().equals(g.recordedById())).toList();
    List<GiftLimit.Excess> excesses = GiftLimit.excesses(all).stream()
        .filter(e -> rights.readAll() || e.gifts().stream().anyMatch(visible::contains)).toList();
    return new Year(o, year, repository.policy(org, year).orElse(NoGiftPolicy.none(org, year)), visible, excesses,
        GiftLimit.totalReceived(rights.readAll() ? all : visible), planItems(user, org, year), rights);
  }

  /** The whole year for the yearly report and the announcement, which every reader of the organization may download. */
  @Transactional(readOnly = true)
  public Year forReport(CurrentUser user, OrganizationId org, FiscalYear year) {
    Organization o = organizations.get(user, org);
    List<Gift> all = repository.gifts(org, year, null);
    return new Year(o, year, repository.policy(org, year).orElse(NoGiftPolicy.none(org, year)), all, GiftLimit.excesses(all),
        GiftLimit.totalReceived(all), planItems(user, org, year), new Rights(false, true, false, false));
  }

  /** The policy {@link #published} shows of every organization that announced one for the year, without building the years. */
  public Map<OrganizationId, NoGiftPolicy> publishedPolicies(FiscalYear year) {
    LocalDate today = LocalDate.now(clock.withZone(ThaiDates.BANGKOK));
    Map<OrganizationId, NoGiftPolicy> out = new java.util.HashMap<>();
    for (NoGiftPolicy p : repository.policies(year)) {
      p.publicOn(today).ifPresent(x -> out.put(x.organizationId(), x));
    }
    return out;
  }

  /**
   * The year as the public sees it, once its announcement is signed and its day has come: the last
   * signed announcement (not a new draft of it), the whole register, which the public page and report
   * give without the names of persons, and the activities among the items of the published plan in force.
   */
  @Transactional(readOnly = true)
  public Optional<Year> published(Organization org, FiscalYear year) {
    LocalDate today = LocalDate.now(clock.withZone(ThaiDates.BANGKOK));
    return repository.policy(org.id(), year).flatMap(p -> p.publicOn(today)).map(policy -> {
      List<Gift> all = repository.gifts(org.id(), year, null);
      Map<PlanItemId, PlanItem> items = new LinkedHashMap<>();
      publicPlans.inForce(org.id(), year).ifPresent(p -> p.items().forEach(i -> items.put(i.id(), i)));
      return new Year(org, year, policy, all, GiftLimit.excesses(all), GiftLimit.totalReceived(all), items, new Rights(false, false, false, false));
    });
  }

  /**
   * The planner's draft of the announcement (its date) and the activities. A signed announcement keeps
   * its date: {@code announcedOn} null or the same leaves it, another date is refused until {@link #redraft}.
   */
  public NoGiftPolicy savePolicy(CurrentUser user, OrganizationId org, FiscalYear year, LocalDate announcedOn, List<PlanItemId> activities,
      String activityNote) {
    user.require(Permission.MANAGE_NO_GIFT, organizations.scopeOf(org));
    Map<PlanItemId, PlanItem> items = planItems(user, org, year);
    for (PlanItemId id : activities) if (!items.containsKey(id)) throw RuleViolation.field("activities", "risk.measure.not-in-plan");
    NoGiftPolicy before = repository.policy(org, year).orElse(null);
    NoGiftPolicy current = before != null ? before : NoGiftPolicy.none(org, year);
    LocalDate on = announcedOn == null && current.signed() ? current.announcedOn() : announcedOn;
    return store(user, org, before, current.edited(on, activities, activityNote, stamp(user)), "save");
  }

  /**
   * The executive signs the year's draft announcement: the signature prints the name of their account
   * and the organization's executive title, and from then on the announcement is frozen and public.
   */
  public NoGiftPolicy sign(CurrentUser user, OrganizationId org, FiscalYear year) {
    user.require(Permission.SIGN_NO_GIFT, organizations.scopeOf(org));
    Organization o = organizations.get(user, org);
    NoGiftPolicy before = repository.policy(org, year).orElseThrow(() -> RuleViolation.field("announcedOn", "nogift.sign.no-date"));
    NoGiftPolicy signed = store(user, org, before, before.sign(stamp(user), people.personalName(user.username()), o.executiveTitle()), "sign");
    events.publishEvent(new NoGiftAnnouncementSigned(org, year.value(), signed.announcedOn(), signed.signature().at()));
    return signed;
  }

  /** A new draft of the signed announcement, to change it; the signed one stays public until the new one is signed. */
  public NoGiftPolicy redraft(CurrentUser user, OrganizationId org, FiscalYear year) {
    user.require(Permission.MANAGE_NO_GIFT, organizations.scopeOf(org));
    NoGiftPolicy before = repository.policy(org, year).orElseThrow(() -> new RuleViolation("nogift.redraft.not-signed"));
    return store(user, org, before, before.redraft(stamp(user)), "redraft");
  }

  private NoGiftPolicy store(CurrentUser user, OrganizationId org, NoGiftPolicy before, NoGiftPolicy after, String action) {
    repository.save(after);
    events.publishEvent(new AuditEvent(user.username(), org.value(), "nogift-policy", org + "/" + after.year(), action,
        before == null ? null : Json.write(before), Json.write(after)));
    return after;
  }

  private WorkflowStamp stamp(CurrentUser user) {
    return new WorkflowStamp(user.username(), clock.instant());
  }

  /** Records a gift in the register of its day's fiscal year. */
  public Recorded record(CurrentUser user, OrganizationId org, GiftDirection direction, String person, String counterparty, String description,
      String occasion, Baht value, LocalDate on, GiftDecision decision, String note) {
    user.require(Permission.RECORD_GIFT, organizations.scopeOf(org));
    if (on != null && on.isAfter(LocalDate.now(clock.withZone(ThaiDates.BANGKOK)))) {
      throw RuleViolation.field("on", "gift.date.future");
    }
    Gift g = new Gift(null, org, direction, person, counterparty, description, occasion, value, on, decision, note, user.username(),
        user.userId(), clock.instant());
    boolean over = GiftLimit.exceeds(g, repository.gifts(org, g.year(), null));
    repository.insert(g);
    events.publishEvent(new AuditEvent(user.username(), org.value(), "gift", g.id().toString(), "record", null, Json.write(g)));
    return new Recorded(g, over);
  }

  private Map<PlanItemId, PlanItem> planItems(CurrentUser user, OrganizationId org, FiscalYear year) {
    return assessments.planItems(user, org, year).map(RiskAssessments.PlanItems::items).orElse(Map.of());
  }
}
