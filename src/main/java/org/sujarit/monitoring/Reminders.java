package org.sujarit.monitoring;

import org.sujarit.monitoring.report.ThaiTexts;
import org.sujarit.monitoring.settings.ReportingSettingsRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.sujarit.database.ScheduledRuns;
import org.sujarit.mail.Mailer;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;
import org.sujarit.common.RuleViolation;
import org.sujarit.common.ThaiDates;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.UnitId;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanItem;
import org.sujarit.plan.Plans;

/**
 * Mails each unit the items it has not reported as a round's deadline approaches, every morning,
 * to the unit addresses set on the monitoring settings page. Without a mail server
 * ({@code spring.mail.host} unset) there is no mail sender and nothing happens: the dashboard's
 * reminder list is then the only reminder.
 */
@Component
class Reminders {
  private static final Logger log = LoggerFactory.getLogger(Reminders.class);
  /** The job reads like the system administrator: across organizations, changing nothing. */
  private static final CurrentUser SYSTEM = new CurrentUser(new UUID(0, 0), "system", "ระบบแจ้งเตือน", null, null,
      Set.of(Role.SYSTEM_ADMIN), null);

  private final Mailer mail;
  private final ReportingSettingsRepository settings;
  private final Progress progress;
  private final Plans plans;
  private final ThaiTexts texts;
  private final Clock clock;
  private final ReminderSchedule schedule;
  private final String from;
  private final ScheduledRuns runs;

  Reminders(Mailer mail, ReportingSettingsRepository settings, Progress progress, Plans plans, MessageSource messages,
      Clock clock, @Value("${sujarit.monitoring.reminder-days:14,7,3,1}") Set<Integer> days,
      @Value("${sujarit.monitoring.mail-from:sujarit@localhost}") String from, ScheduledRuns runs) {
    this.runs = runs;
    this.mail = mail;
    this.settings = settings;
    this.progress = progress;
    this.plans = plans;
    this.texts = new ThaiTexts(messages);
    this.clock = clock;
    this.schedule = new ReminderSchedule(days);
    this.from = from;
  }

  @Scheduled(cron = "${sujarit.monitoring.reminder-cron:0 0 8 * * *}", zone = "Asia/Bangkok")
  void daily() {
    LocalDate today = LocalDate.now(clock.withZone(ProgressFigures.THAILAND));
    if (runs.claim("reminders", today.toString())) remind(today); // once a day across all nodes
  }

  /** @return the number of mails sent */
  int remind(LocalDate today) {
    if (!mail.configured()) return 0;
    int sent = 0;
    for (OrganizationId org : settings.organizationsWithContacts()) {
      Map<UnitId, String> contacts = settings.contacts(org);
      List<ReportingRound> rounds = schedule.roundsToRemind(today, settings.deadlines(org));
      for (Plan plan : rounds.isEmpty() ? List.<Plan>of() : plans.ofOrganization(SYSTEM, org)) {
        for (ReportingRound round : rounds) sent += remind(plan, round, contacts);
      }
    }
    return sent;
  }

  private int remind(Plan plan, ReportingRound round, Map<UnitId, String> contacts) {
    Progress.Board board;
    try {
      board = progress.board(SYSTEM, plan.id(), round);
    } catch (RuleViolation e) {
      return 0; // not in force, or the round lies outside the plan's years
    }
    if (board.state().closed()) return 0;
    int sent = 0;
    for (Map.Entry<UnitId, List<PlanItem>> e : board.figures().notReportedByUnit().entrySet()) {
      String to = contacts.get(e.getKey());
      if (to == null) continue;
      String roundName = texts.get(round.kind().messageKey());
      String body = texts.get("monitoring.mail.body", board.unitName(e.getKey()), roundName, round.year().value(),
          ThaiDates.longDate(board.dueDate()), e.getValue().stream().map(i -> "- " + i.name()).collect(Collectors.joining("\n")));
      if (mail.send(from, to, texts.get("monitoring.mail.subject", roundName, round.year().value()), body,
          ex -> log.warn("reminder to {} not sent: {}", to, ex.getMessage()))) sent++;
    }
    return sent;
  }
}
