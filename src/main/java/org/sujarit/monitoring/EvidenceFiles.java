package org.sujarit.monitoring;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.OrganizationScope;
import org.sujarit.access.Permission;
import org.sujarit.audit.AuditEvent;
import org.sujarit.common.Json;
import org.sujarit.common.NotFoundException;
import org.sujarit.common.RuleViolation;
import org.sujarit.organization.Organizations;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanId;
import org.sujarit.plan.PlanItem;
import org.sujarit.plan.PlanItemId;
import org.sujarit.plan.Plans;
import org.sujarit.plan.WorkflowStamp;

/**
 * Evidence files of an item's progress in a round, apart from the record workflow. Whoever may report
 * on the item uploads (in an open round; the reviewer also after it closed); the reviewer
 * (REVIEW_PROGRESS) marks a file public; whoever may read the plan reads its evidence.
 */
@Service
@Transactional
public class EvidenceFiles {
  private final Plans plans;
  private final PlansInForce inForce;
  private final Organizations organizations;
  private final ProgressRepository repository;
  private final EvidenceStore store;
  private final ObjectProvider<RecordEvidenceSource> sources;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  EvidenceFiles(Plans plans, PlansInForce inForce, Organizations organizations, ProgressRepository repository, EvidenceStore store,
      ObjectProvider<RecordEvidenceSource> sources, ApplicationEventPublisher events, Clock clock) {
    this.plans = plans;
    this.inForce = inForce;
    this.organizations = organizations;
    this.repository = repository;
    this.store = store;
    this.sources = sources;
    this.events = events;
    this.clock = clock;
  }

  /** An evidence file the user may read, and where its content is. */
  @Transactional(readOnly = true)
  public StoredEvidence get(CurrentUser user, UUID evidenceId) {
    EvidenceFile f = repository.evidence(evidenceId).orElseThrow(() -> new NotFoundException("monitoring.evidence.not-found"));
    plans.get(user, f.planId()); // the plan's readers read its evidence
    return new StoredEvidence(f, store.path(f.sha256()));
  }

  public EvidenceFile add(CurrentUser user, PlanId id, ReportingRound round, PlanItemId itemId, String fileName, InputStream content) {
    Plan plan = inForce.get(user, id, round);
    requireMayAdd(user, plan, round, itemId);
    return store(user, plan, round, itemId, fileName, content);
  }

  /** The evidence other modules offer for the item's mission in the round (e.g. the complaint figures for 3.2 and 4.3). */
  @Transactional(readOnly = true)
  public List<RecordEvidenceSource.Offer> offers(CurrentUser user, Plan plan, PlanItem item, ReportingRound round) {
    Set<String> kinds = plans.frameworkOf(plan).evidenceFor(item.missionCode());
    return sources.orderedStream()
        .flatMap(s -> s.kinds().stream().filter(kinds::contains).map(k -> s.offer(k, user, plan.organizationId(), round)))
        .flatMap(Optional::stream).toList();
  }

  /**
   * Adds the evidence file another module offers for the item's mission (e.g. the round's complaint
   * statistics as PDF), with the same rights as an upload.
   */
  public EvidenceFile addOffered(CurrentUser user, PlanId id, ReportingRound round, PlanItemId itemId, String kind) {
    Plan plan = inForce.get(user, id, round);
    requireMayAdd(user, plan, round, itemId);
    if (kind == null || !plans.frameworkOf(plan).evidenceFor(plan.item(itemId).missionCode()).contains(kind)) {
      throw RuleViolation.field("kind", "monitoring.evidence.not-offered");
    }
    RecordEvidenceSource source = sources.orderedStream().filter(s -> s.kinds().contains(kind)).findFirst()
        .orElseThrow(() -> RuleViolation.field("kind", "monitoring.evidence.not-offered"));
    RecordEvidenceSource.File file = source.file(kind, user, plan.organizationId(), round);
    return store(user, plan, round, itemId, file.name(), new ByteArrayInputStream(file.content()));
  }

  /** Whoever may report on the item, in an open round; the reviewer also after it closed. */
  private void requireMayAdd(CurrentUser user, Plan plan, ReportingRound round, PlanItemId itemId) {
    OrganizationScope scope = organizations.scopeOf(plan.organizationId());
    Progress.requireMayReport(user, plan.item(itemId), scope);
    if (!user.may(Permission.REVIEW_PROGRESS, scope)) repository.roundState(plan.id(), round).requireOpen();
  }

  private EvidenceFile store(CurrentUser user, Plan plan, ReportingRound round, PlanItemId itemId, String fileName, InputStream content) {
    PlanId id = plan.id();
    String name = cleanFileName(fileName);
    EvidenceStore.Stored stored = store.store(name, content);
    EvidenceFile f = new EvidenceFile(UUID.randomUUID(), id, itemId, round, name, stored.type(), stored.size(), stored.sha256(), stamp(user),
        null);
    repository.insert(f, plan.organizationId());
    events.publishEvent(new AuditEvent(user.username(), plan.organizationId().value(), "progress", Progress.entityId(id, round, itemId),
        "evidence", null, Json.write(f)));
    return f;
  }

  /**
   * Marks an evidence file public or not (the plan's reviewer). A public file is shown on the public
   * site with its report once the round is acknowledged, and never before.
   */
  public EvidenceFile markPublic(CurrentUser user, UUID evidenceId, boolean makePublic) {
    EvidenceFile f = repository.evidence(evidenceId).orElseThrow(() -> new NotFoundException("monitoring.evidence.not-found"));
    Plan plan = plans.get(user, f.planId());
    user.require(Permission.REVIEW_PROGRESS, organizations.scopeOf(plan.organizationId()));
    if (f.isPublic() == makePublic) return f;
    EvidenceFile after = new EvidenceFile(f.id(), f.planId(), f.itemId(), f.round(), f.fileName(), f.type(), f.size(), f.sha256(), f.uploaded(),
        makePublic ? stamp(user) : null);
    repository.markPublic(f.id(), after.madePublic());
    events.publishEvent(new AuditEvent(user.username(), plan.organizationId().value(), "progress",
        Progress.entityId(f.planId(), f.round(), f.itemId()), makePublic ? "evidence-public" : "evidence-private", Json.write(f),
        Json.write(after)));
    return after;
  }

  public long maxSize() {
    return store.maxSize();
  }

  private static String cleanFileName(String name) {
    String n = name == null ? "" : name.replace('\\', '/');
    n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (n.isEmpty()) throw RuleViolation.field("file", "monitoring.evidence.missing");
    return n.length() > 200 ? n.substring(n.length() - 200) : n;
  }

  private WorkflowStamp stamp(CurrentUser user) {
    return new WorkflowStamp(user.username(), clock.instant());
  }
}
