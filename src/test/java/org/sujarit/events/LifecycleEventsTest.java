package org.sujarit.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.sujarit.IntegrationTest;
import org.sujarit.TestData;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;
import org.sujarit.monitoring.web.ProgressForm;
import org.sujarit.monitoring.Progress;
import org.sujarit.monitoring.ProgressRecordAccepted;
import org.sujarit.monitoring.PublishedPlans;
import org.sujarit.monitoring.ReportingRound;
import org.sujarit.monitoring.RoundAcknowledged;
import org.sujarit.monitoring.RoundKind;
import org.sujarit.organization.OrganizationKind;
import org.sujarit.organization.OrganizationRegistered;
import org.sujarit.organization.Organizations;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanAmended;
import org.sujarit.plan.PlanApproved;
import org.sujarit.plan.PlanId;
import org.sujarit.plan.PlanItem;
import org.sujarit.plan.PlanPublished;
import org.sujarit.plan.Plans;

/**
 * Each lifecycle event is published by the real operation of the module that owns the fact, with the
 * ids a listener needs; and a listener that fails leaves its publication in the registry.
 */
@IntegrationTest
@RecordApplicationEvents
@Import({TestData.class, LifecycleEventsTest.FailingListener.class, LifecycleEventsTest.FlakyListener.class})
class LifecycleEventsTest {
  static final ReportingRound HALF = ReportingRound.of(2567, RoundKind.HALF_YEAR);

  @Autowired TestData data;
  @Autowired Plans plans;
  @Autowired Organizations organizations;
  @Autowired Progress progress;
  @Autowired ApplicationEvents events;
  @Autowired JdbcClient jdbc;

  /** Stands for a listener of another module that fails, e.g. a public site whose index is down. */
  @TestConfiguration
  static class FailingListener {
    @ApplicationModuleListener
    void on(PlanPublished published) {
      throw new IllegalStateException("the listener is down");
    }
  }

  /** Stands for a listener that fails once (a lock, a restart) and works when the event comes again. */
  @TestConfiguration
  static class FlakyListener {
    private final Set<PlanId> failedOnce = ConcurrentHashMap.newKeySet();
    private final Set<PlanId> handled = ConcurrentHashMap.newKeySet();

    @ApplicationModuleListener
    void on(PlanAmended amended) {
      if (failedOnce.add(amended.planId())) throw new IllegalStateException("the listener is down for a moment");
      handled.add(amended.planId());
    }

    // read through methods: the bean is a proxy (async listener) whose own fields are empty
    public boolean failed(PlanId plan) {
      return failedOnce.contains(plan);
    }

    public boolean handled(PlanId plan) {
      return handled.contains(plan);
    }
  }

  @Autowired FlakyListener flaky;
  @Autowired EventPublications publications;

  @Test
  void aFailedListenerGetsTheEventAgainWhenIncompletePublicationsAreResubmitted() throws InterruptedException {
    TestData.Tenant t = data.tenant("evr", "ขอนแก่น");
    Plan plan = new PublishedPlans(plans, organizations).publish(t, 1);
    plans.amend(t.member(Role.PLANNER), plan.id(), "เพิ่มโครงการ");
    String flakyRow = "select count(*) from event_publication where event_type = ? and completion_date is null"
        + " and serialized_event like ? and listener_id like ?";
    long incomplete = 0;
    for (int i = 0; i < 100 && !flaky.failed(plan.id()); i++) Thread.sleep(100);
    for (int i = 0; i < 100 && (incomplete = jdbc.sql(flakyRow).params(PlanAmended.class.getName(), "%" + plan.id().value() + "%",
        "%FlakyListener%").query(Long.class).single()) == 0; i++) Thread.sleep(100);
    assertThat(incomplete).isEqualTo(1);
    assertThat(flaky.handled(plan.id())).isFalse();

    publications.resubmit(Duration.ZERO);
    for (int i = 0; i < 100 && !flaky.handled(plan.id()); i++) Thread.sleep(100);
    assertThat(flaky.handled(plan.id())).isTrue();
    for (int i = 0; i < 100 && (incomplete = jdbc.sql(flakyRow).params(PlanAmended.class.getName(), "%" + plan.id().value() + "%",
        "%FlakyListener%").query(Long.class).single()) > 0; i++) Thread.sleep(100);
    assertThat(incomplete).isZero();
  }

  @Test
  void registeringAnOrganizationTellsWhichOne() {
    var org = organizations.createBySystem("เทศบาลตำบลทดสอบเหตุการณ์", OrganizationKind.SUBDISTRICT_MUNICIPALITY, "ขอนแก่น", "เมือง");
    assertThat(events.stream(OrganizationRegistered.class)).containsExactly(new OrganizationRegistered(org.id(), org.kind(), null));
  }

  @Test
  void approvingPublishingAndAmendingAPlanArePublishedWithItsIdsAndYears() {
    TestData.Tenant t = data.tenant("evp", "ขอนแก่น");
    Plan plan = new PublishedPlans(plans, organizations).publish(t, 1);
    assertThat(events.stream(PlanApproved.class)).singleElement().satisfies(e -> {
      assertThat(e.planId()).isEqualTo(plan.id());
      assertThat(e.version()).isEqualTo(1);
      assertThat(e.organizationId()).isEqualTo(t.organization().id());
      assertThat(List.of(e.firstYear(), e.lastYear())).containsExactly(2566, 2570);
    });
    assertThat(events.stream(PlanPublished.class)).singleElement()
        .isEqualTo(new PlanPublished(plan.id(), 1, t.organization().id(), 2566, 2570, plan.published().orElseThrow().at()));
    Plan next = plans.amend(t.member(Role.PLANNER), plan.id(), "เพิ่มโครงการ");
    assertThat(events.stream(PlanAmended.class)).singleElement()
        .isEqualTo(new PlanAmended(plan.id(), 2, 1, t.organization().id(), next.created().at()));
    // the failing listener's publication stays incomplete, to be published again (other modules'
    // listeners of the same event may still be running: only this listener's row counts)
    assertThat(jdbc.sql("select count(*) from event_publication where event_type = ? and completion_date is null"
        + " and serialized_event like ? and listener_id like ?")
        .params(PlanPublished.class.getName(), "%" + plan.id().value() + "%", "%FailingListener%")
        .query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void acceptingARecordAndAcknowledgingTheRoundArePublished() {
    TestData.Tenant t = data.tenant("evm", "ขอนแก่น");
    Plan plan = new PublishedPlans(plans, organizations).publish(t, 2);
    PlanItem item = plan.items().stream().filter(i -> i.responsibleUnits().contains(t.unit().id())).findFirst().orElseThrow();
    CurrentUser planner = t.member(Role.PLANNER);
    progress.save(t.member(Role.UNIT_OFFICER), plan.id(), HALF, item.id(),
        new ProgressForm("DONE", "อบรมแล้ว", null, null, "8,000", List.of(), null, null, null, null).toEntry(), null, true);
    assertThat(events.stream(ProgressRecordAccepted.class)).isEmpty();
    var accepted = progress.accept(planner, plan.id(), HALF, item.id());
    assertThat(events.stream(ProgressRecordAccepted.class)).containsExactly(new ProgressRecordAccepted(plan.id(), 1,
        t.organization().id(), item.id(), 2567, RoundKind.HALF_YEAR, accepted.version(), accepted.reviewed().at()));
    var closed = progress.acknowledge(t.member(Role.EXECUTIVE), plan.id(), HALF, "ทราบ");
    assertThat(events.stream(RoundAcknowledged.class)).containsExactly(
        new RoundAcknowledged(plan.id(), t.organization().id(), 2567, RoundKind.HALF_YEAR, closed.acknowledged().at()));
  }
}
