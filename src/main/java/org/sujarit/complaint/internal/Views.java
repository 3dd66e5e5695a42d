package org.sujarit.complaint.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.sujarit.complaint.CaseContent;
import org.sujarit.complaint.CaseNumber;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.Deadline;
import org.sujarit.complaint.Forwarding;
import org.sujarit.complaint.IntakeChannel;
import org.sujarit.complaint.Message;
import org.sujarit.complaint.Satisfaction;
import org.sujarit.complaint.Status;

/** What the pages and the API show of cases: to officers, to the complainant holding the receipt, to the public. */
public final class Views {
  private Views() {}

  /** A row of the officers' case list; the subject of a corruption case is left out (null): reading it is a recorded view. */
  public record CaseSummary(UUID id, CaseNumber number, Channel channel, IntakeChannel intake, String category, String subject,
      LocalDate receivedOn, LocalDate dueOn, Status status, Deadline.State deadline) {}

  /**
   * A page of the officers' list, with the counts of the cases awaiting an answer that are due soon and
   * overdue, and the recent assignments of other officers to the corruption channel.
   */
  public record CaseList(List<CaseSummary> cases, int total, int page, int pageSize, Set<Channel> channels, CaseFilter filter, int dueSoon,
      int overdue, List<AssignmentNotice> notices) {
    public int pages() {
      return Math.max(1, (total + pageSize - 1) / pageSize);
    }
  }

  /** Someone was assigned to a channel this officer reads: who, by whom and when. */
  public record AssignmentNotice(Channel channel, String officer, String by, Instant at) {}

  public record MessageView(Message.Author author, String text, Instant at) {}

  public record AttachmentView(UUID id, String name, String kind, long size, Message.Author author, Instant at) {}

  public record HistoryEntry(Instant at, String actor, String action, Status toStatus, LocalDate onDate) {}

  /** A case as its officers see it; the identity is not part of it (see Complaints.reveal). */
  public record CaseView(UUID id, UUID organizationId, CaseNumber number, Channel channel, IntakeChannel intake, String category,
      LocalDate receivedOn, LocalDate dueOn, Status status, Deadline.State deadline, boolean anonymous, CaseContent content,
      String reason, String result, String delayExplanation, Forwarding forwarding, Satisfaction satisfaction,
      List<MessageView> messages, List<AttachmentView> attachments, List<HistoryEntry> history, Set<Status> next) {}

  /** What the complainant sees with the receipt: no number of other cases, nothing of who handles it. */
  public record TrackedCase(String organizationName, String organizationCode, Channel channel, LocalDate receivedOn, LocalDate dueOn,
      Status status, String delayExplanation, String reason, String result, Forwarding forwarding, List<MessageView> messages,
      List<String> files, boolean mayRate, Satisfaction satisfaction) {}

  /** Shown once after submission; the code itself is never stored. */
  public record Receipt(String code, Channel channel, String organizationName, String organizationCode, LocalDate receivedOn) {
    public String display() {
      return org.sujarit.complaint.protection.Receipts.display(code);
    }
  }

  /** A channel's configuration and who may be assigned to it. */
  public record ChannelSetup(Channel channel, boolean open, int deadlineDays, List<UUID> officers) {}

  /**
   * A channel as its set-up page shows it: {@code staffed} when at least one assigned officer is enabled
   * and still holds the role; {@code inactive} names the assigned ones who no longer count.
   */
  public record ChannelState(Channel channel, boolean open, int deadlineDays, List<UUID> officers, boolean staffed, List<String> inactive) {}

  /**
   * What the public form shows beside itself: whether it is open, and the handling time. {@code unstaffed}:
   * set open, but no assigned officer is left, so it is closed for now.
   */
  public record PublicChannel(Channel channel, boolean open, boolean unstaffed, int deadlineDays) {}

  /** An attachment's cleaned content for download. */
  public record FileContent(String name, String mediaType, byte[] content) {}
}
