package org.sujarit.complaint.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.sujarit.account.UserAccount;
import org.sujarit.common.ThaiDates;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.Deadline;
import org.sujarit.complaint.internal.ComplaintRepository.ChannelSettings;
import org.sujarit.complaint.internal.ComplaintRepository.DueCase;
import org.sujarit.database.ScheduledRuns;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.lookup.OrganizationLookup;

/**
 * Every morning, mails each complaint officer who set an address the cases of their channels that
 * await an answer and are due soon or overdue. A mail names each case by its number, channel, due date
 * and deadline state only: no subject, no category, nothing a complainant wrote. Without a mail server
 * nothing is sent, and the case list's due-soon and overdue filters are the reminder.
 */
@Component
class DeadlineReminders {
  private final ComplaintRepository repository;
  private final Complaints complaints;
  private final OrganizationLookup organizations;
  private final ComplaintMail mail;
  private final ScheduledRuns runs;
  private final Clock clock;

  DeadlineReminders(ComplaintRepository repository, Complaints complaints, OrganizationLookup organizations, ComplaintMail mail,
      ScheduledRuns runs, Clock clock) {
    this.repository = repository;
    this.complaints = complaints;
    this.organizations = organizations;
    this.mail = mail;
    this.runs = runs;
    this.clock = clock;
  }

  @Scheduled(cron = "${sujarit.complaint.reminder-cron:0 30 8 * * *}", zone = "Asia/Bangkok")
  void daily() {
    LocalDate today = LocalDate.now(clock.withZone(ThaiDates.BANGKOK));
    if (runs.claim("complaint-reminders", today.toString())) remind(today); // once a day across all nodes
  }

  /** @return the number of mails handed to the mail server */
  int remind(LocalDate today) {
    if (!mail.configured()) return 0;
    Map<UUID, List<DueCase>> byOrganization = repository.dueBy(today.plusDays(Deadline.DEFAULT.warningDays())).stream()
        .collect(Collectors.groupingBy(DueCase::organizationId, LinkedHashMap::new, Collectors.toList()));
    int sent = 0;
    for (Map.Entry<UUID, List<DueCase>> e : byOrganization.entrySet()) {
      Organization org = organizations.find(new OrganizationId(e.getKey())).orElse(null);
      if (org == null) continue;
      Map<UUID, UserAccount> officers = new LinkedHashMap<>();
      Map<UUID, List<Channel>> channelsOf = new LinkedHashMap<>();
      for (ChannelSettings s : repository.channels(e.getKey()).values()) {
        for (UserAccount a : complaints.staffedOfficers(e.getKey(), s)) {
          officers.put(a.id(), a);
          channelsOf.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(s.channel());
        }
      }
      for (UserAccount officer : officers.values()) {
        List<DueCase> theirs = e.getValue().stream().filter(c -> channelsOf.get(officer.id()).contains(c.channel())).toList();
        String to = repository.officerMail(officer.id()).orElse(null);
        if (theirs.isEmpty() || to == null) continue;
        if (mail.send(to, subject(org, theirs, today), body(org, officer, theirs, today))) sent++;
      }
    }
    return sent;
  }

  private String subject(Organization org, List<DueCase> cases, LocalDate today) {
    long overdue = cases.stream().filter(c -> c.dueOn().isBefore(today)).count();
    return mail.text("complaint.mail.reminder.subject", org.name(), cases.size() - overdue, overdue);
  }

  private String body(Organization org, UserAccount officer, List<DueCase> cases, LocalDate today) {
    String lines = cases.stream().map(c -> mail.text("complaint.mail.reminder.line", c.number().toString(),
            mail.text("complaint.channel.short." + c.channel().name()), ThaiDates.longDate(c.dueOn()),
            mail.text("complaint.deadline." + Deadline.state(c.dueOn(), null, today, Deadline.DEFAULT.warningDays()).name())))
        .collect(Collectors.joining("\n"));
    String link = mail.link("/organizations/" + org.id() + "/complaints");
    return mail.text("complaint.mail.reminder.body", officer.displayName(), org.name(), ThaiDates.longDate(today), lines,
        link.isEmpty() ? mail.text("complaint.mail.reminder.page") : link);
  }
}
