package org.sujarit.complaint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.RuleViolation;

/**
 * One complaint case and the rules of its life: received → accepted or not in scope (with a reason) →
 * under investigation → result → closed, or forwarded to another body at any open step. Every change
 * goes through one method that refuses an illegal step with a message key (Thai in i18n/complaint).
 * The case's content (what happened, the complainant's identity) is not part of this model: it is kept
 * encrypted apart from these facts, which are all the statistics need.
 */
public final class Complaint {
  public static final int MAX_REASON = 4000;

  /** One step of the case's history. */
  public record Step(Status from, Status to, LocalDate on) {}

  private final UUID id;
  private final UUID organizationId;
  private final CaseNumber number;
  private final Channel channel;
  private final IntakeChannel intake;
  private final String category;
  private final LocalDate receivedOn;
  private final LocalDate dueOn;
  private Status status = Status.RECEIVED;
  private LocalDate finishedOn;
  private String reason = "";
  private String result = "";
  private Forwarding forwarding;
  private String delayExplanation = "";
  private Satisfaction satisfaction;
  private final List<Step> steps = new ArrayList<>();
  private final List<Message> messages = new ArrayList<>();

  public Complaint(UUID id, UUID organizationId, CaseNumber number, Channel channel, IntakeChannel intake,
      String category, LocalDate receivedOn, Deadline deadline) {
    this.id = Objects.requireNonNull(id);
    this.organizationId = Objects.requireNonNull(organizationId);
    if (channel == null) throw RuleViolation.field("channel", "complaint.channel.required");
    if (intake == null) throw RuleViolation.field("intake", "complaint.intake.required");
    if (receivedOn == null) throw RuleViolation.field("receivedOn", "complaint.received.required");
    if (!FiscalYear.containing(receivedOn).equals(number.year()))
      throw RuleViolation.field("number", "complaint.number.wrong-year", number, FiscalYear.containing(receivedOn));
    this.number = number;
    this.channel = channel;
    this.intake = intake;
    this.category = category == null || category.isBlank() ? "OTHER" : category.strip();
    this.receivedOn = receivedOn;
    this.dueOn = deadline.dueOn(receivedOn);
  }

  public void accept(LocalDate on) {
    move(Status.ACCEPTED, on);
  }

  public void rejectAsNotInScope(String why, LocalDate on) {
    String r = requiredText(why, "reason");
    move(Status.NOT_IN_SCOPE, on);
    reason = r;
  }

  public void startInvestigation(LocalDate on) {
    move(Status.UNDER_INVESTIGATION, on);
  }

  public void recordResult(String what, LocalDate on) {
    String r = requiredText(what, "result");
    move(Status.RESULT, on);
    result = r;
  }

  public void forward(Forwarding to) {
    if (to == null) throw RuleViolation.field("body", "complaint.forward.body-required");
    move(Status.FORWARDED, to.on());
    forwarding = to;
  }

  public void close(LocalDate on) {
    move(Status.CLOSED, on);
  }

  /** Why the deadline cannot be met, told to the complainant; only while the case is open. */
  public void explainDelay(String why) {
    if (status.finished()) throw new RuleViolation("complaint.delay.finished");
    delayExplanation = requiredText(why, "delayExplanation");
  }

  public void addMessage(Message m) {
    if (status == Status.CLOSED && m.author() == Message.Author.OFFICER)
      throw new RuleViolation("complaint.message.closed");
    messages.add(m);
  }

  /** The complainant rates once, after closing. */
  public void rate(Satisfaction s) {
    if (status != Status.CLOSED) throw RuleViolation.field("score", "complaint.satisfaction.not-closed");
    if (satisfaction != null) throw RuleViolation.field("score", "complaint.satisfaction.already");
    satisfaction = Objects.requireNonNull(s);
  }

  private void move(Status to, LocalDate on) {
    if (on == null) throw RuleViolation.field("on", "complaint.date.required");
    if (!status.next().contains(to)) throw new RuleViolation("complaint.transition.illegal", status.name(), to.name());
    LocalDate last = steps.isEmpty() ? receivedOn : steps.get(steps.size() - 1).on();
    if (on.isBefore(last)) throw RuleViolation.field("on", "complaint.date.before-previous", last);
    steps.add(new Step(status, to, on));
    status = to;
    if (to.finished() && finishedOn == null) finishedOn = on;
  }

  private static String requiredText(String text, String field) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) throw RuleViolation.field(field, "complaint.text.required");
    if (t.length() > MAX_REASON) throw RuleViolation.field(field, "complaint.text.too-long", MAX_REASON);
    return t;
  }

  /** The deadline state today; a forwarded case counts as answered on the day it was forwarded. */
  public Deadline.State deadlineState(LocalDate today, int warningDays) {
    return Deadline.state(dueOn, answeredOn(), today, warningDays);
  }

  /** The day the complainant had the organization's answer: finished, or forwarded elsewhere. */
  public LocalDate answeredOn() {
    if (finishedOn != null) return finishedOn;
    return forwarding == null ? null : forwarding.on();
  }

  /** The facts the statistics count, nothing of the content. */
  public CaseFacts facts() {
    return new CaseFacts(channel, intake, category, receivedOn, dueOn, status, answeredOn(), satisfaction == null ? 0 : satisfaction.score());
  }

  public UUID id() { return id; }
  public UUID organizationId() { return organizationId; }
  public CaseNumber number() { return number; }
  public Channel channel() { return channel; }
  public IntakeChannel intake() { return intake; }
  public String category() { return category; }
  public LocalDate receivedOn() { return receivedOn; }
  public LocalDate dueOn() { return dueOn; }
  public Status status() { return status; }
  public String reason() { return reason; }
  public String result() { return result; }
  public Forwarding forwarding() { return forwarding; }
  public String delayExplanation() { return delayExplanation; }
  public Satisfaction satisfaction() { return satisfaction; }
  public List<Step> steps() { return Collections.unmodifiableList(steps); }
  public List<Message> messages() { return Collections.unmodifiableList(messages); }
}
