package org.sujarit.risk.nogift;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.RuleViolation;
import org.sujarit.organization.OrganizationId;
import org.sujarit.plan.PlanItemId;
import org.sujarit.plan.WorkflowStamp;

/**
 * The No Gift policy of one fiscal year: its announcement — drafted by the planner with the day it is
 * announced, then signed by the executive and frozen — and the culture-building activities (items of
 * the organization's plan, linked by id) with a note on what was done, which change all year.
 * {@code signature} is the last signed announcement, the one the public sees; it stays while a new
 * draft ({@link #redraft}) waits to be signed.
 */
public record NoGiftPolicy(OrganizationId organizationId, FiscalYear year, LocalDate announcedOn, Status status, Signature signature,
    List<PlanItemId> activities, String activityNote, WorkflowStamp updated) {

  public enum Status { DRAFT, SIGNED }

  /**
   * Who signed the announcement of {@code announcedOn}, when, and the name and position printed under
   * it, taken from the executive's account when signing. {@code by} is null for an announcement
   * recorded with a typed signer before the sign step existed (signed on paper).
   */
  public record Signature(LocalDate announcedOn, String by, Instant at, String name, String position) {
    public Signature {
      Objects.requireNonNull(announcedOn, "announcedOn");
      Objects.requireNonNull(name, "name");
    }
  }

  public NoGiftPolicy {
    if (status == null) status = Status.DRAFT;
    if (status == Status.SIGNED && (signature == null || !signature.announcedOn().equals(announcedOn))) {
      throw new IllegalArgumentException("a signed announcement has the signature of its date");
    }
    activities = activities == null ? List.of() : List.copyOf(activities.stream().distinct().toList());
    activityNote = activityNote == null || activityNote.isBlank() ? null : activityNote.strip();
    if (activityNote != null && activityNote.length() > 4000) throw RuleViolation.field("activityNote", "risk.text.too-long", 4000);
    if (announcedOn != null && announcedOn.isAfter(year.lastDay())) throw RuleViolation.field("announcedOn", "nogift.announced.after-year");
  }

  public static NoGiftPolicy none(OrganizationId org, FiscalYear year) {
    return new NoGiftPolicy(org, year, null, Status.DRAFT, null, List.of(), null, null);
  }

  public boolean signed() {
    return status == Status.SIGNED;
  }

  /** A new draft waits while an earlier signed announcement is still the public one. */
  public boolean redrafted() {
    return !signed() && signature != null;
  }

  /**
   * The planner's changes: the announcement's date (a draft only: a signed announcement is frozen, its
   * date may only be sent unchanged) and the activities with their note (always).
   */
  public NoGiftPolicy edited(LocalDate on, List<PlanItemId> newActivities, String note, WorkflowStamp stamp) {
    if (signed() && !Objects.equals(on, announcedOn)) throw RuleViolation.field("announcedOn", "nogift.announcement.frozen");
    return new NoGiftPolicy(organizationId, year, on, status, signature, newActivities, note, stamp);
  }

  /** The executive signs the draft: {@code name} and {@code position} as the announcement prints them. */
  public NoGiftPolicy sign(WorkflowStamp stamp, String name, String position) {
    if (signed()) throw new RuleViolation("nogift.sign.already");
    if (announcedOn == null) throw RuleViolation.field("announcedOn", "nogift.sign.no-date");
    if (name == null || name.isBlank()) throw new RuleViolation("nogift.sign.no-name");
    return new NoGiftPolicy(organizationId, year, announcedOn, Status.SIGNED,
        new Signature(announcedOn, stamp.by(), stamp.at(), name.strip(), position == null || position.isBlank() ? null : position.strip()),
        activities, activityNote, stamp);
  }

  /** A new draft of a signed announcement, to change it; it is signed again before it replaces the signed one. */
  public NoGiftPolicy redraft(WorkflowStamp stamp) {
    if (!signed()) throw new RuleViolation("nogift.redraft.not-signed");
    return new NoGiftPolicy(organizationId, year, announcedOn, Status.DRAFT, signature, activities, activityNote, stamp);
  }

  /** The policy as the public sees it: the last signed announcement with today's activities; empty before any was signed. */
  public Optional<NoGiftPolicy> published() {
    if (signature == null) return Optional.empty();
    return Optional.of(new NoGiftPolicy(organizationId, year, signature.announcedOn(), Status.SIGNED, signature, activities, activityNote,
        updated));
  }

  /** {@link #published()} once its day has come: what the public page and the ITA evidence show on {@code today}. */
  public Optional<NoGiftPolicy> publicOn(LocalDate today) {
    return published().filter(p -> !p.announcedOn().isAfter(today));
  }
}
