package org.sujarit.events;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.sujarit.common.ThaiDates;
import org.sujarit.database.ScheduledRuns;

/**
 * Looks after the event publication registry. An event whose listener failed (a refresh that hit a
 * lock, a node that died mid-way) stays incomplete; every few minutes the one node that claims the
 * slot publishes again those older than {@code sujarit.events.resubmit-after}, so a listener that
 * is still running on another node is left alone. Completed publications are kept
 * {@code sujarit.events.keep-completed} for inspection, then deleted once a day.
 */
@Component
class EventPublications {
  private final IncompleteEventPublications incomplete;
  private final CompletedEventPublications completed;
  private final ScheduledRuns runs;
  private final Clock clock;
  private final Duration resubmitAfter;
  private final Duration keepCompleted;

  EventPublications(IncompleteEventPublications incomplete, CompletedEventPublications completed, ScheduledRuns runs, Clock clock,
      @Value("${sujarit.events.resubmit-after:PT5M}") Duration resubmitAfter,
      @Value("${sujarit.events.keep-completed:P7D}") Duration keepCompleted) {
    this.incomplete = incomplete;
    this.completed = completed;
    this.runs = runs;
    this.clock = clock;
    this.resubmitAfter = resubmitAfter;
    this.keepCompleted = keepCompleted;
  }

  /** Every node fires at the same minute; the slot (that minute, UTC) lets only one of them resubmit. */
  @Scheduled(cron = "${sujarit.events.resubmit-cron:0 */5 * * * *}", zone = "UTC")
  void resubmitOnce() {
    String slot = clock.instant().truncatedTo(ChronoUnit.MINUTES).toString();
    if (runs.claim("event-resubmission", slot)) resubmit(resubmitAfter);
  }

  @Scheduled(cron = "${sujarit.events.cleanup-cron:0 30 3 * * *}", zone = "Asia/Bangkok")
  void deleteCompletedOnce() {
    if (runs.claim("event-cleanup", LocalDate.now(clock.withZone(ThaiDates.BANGKOK)).toString())) deleteCompleted(keepCompleted);
  }

  /** Publishes again the incomplete publications older than {@code age}, to the listeners that have not handled them. */
  void resubmit(Duration age) {
    incomplete.resubmitIncompletePublicationsOlderThan(age);
  }

  void deleteCompleted(Duration age) {
    completed.deletePublicationsOlderThan(age);
  }
}
