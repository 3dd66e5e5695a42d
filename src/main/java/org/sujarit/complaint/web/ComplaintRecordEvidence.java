package org.sujarit.complaint.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.sujarit.complaint.internal.Complaints;
import org.sujarit.complaint.report.ComplaintReports;
import org.sujarit.complaint.statistics.ComplaintFigures;
import org.sujarit.complaint.statistics.ComplaintStatistics;
import org.sujarit.document.layout.ReportFormat;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Permission;
import org.sujarit.complaint.Channel;
import org.sujarit.monitoring.RecordEvidenceSource;
import org.sujarit.monitoring.ReportingRound;
import org.sujarit.monitoring.RoundKind;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.Organizations;

/**
 * The complaint figures of a reporting round, offered on the progress records of the plan items of the
 * complaint-handling missions (3.2 and 4.3 of NACC_2566; tagged in the framework data): the 6-month
 * round shows October–March and attaches the 6-month report, the annual round the year and the annual
 * report, both as PDF on the document engine. Nothing is offered to someone who may not read the
 * organization's statistics, nor when the organization keeps no complaints in Sujarit.
 */
@Component
class ComplaintRecordEvidence implements RecordEvidenceSource {
  static final String KIND = "complaint.statistics";
  private final Complaints complaints;
  private final ComplaintReports reports;
  private final Organizations organizations;

  ComplaintRecordEvidence(Complaints complaints, ComplaintReports reports, Organizations organizations) {
    this.complaints = complaints;
    this.reports = reports;
    this.organizations = organizations;
  }

  @Override
  public Set<String> kinds() {
    return Set.of(KIND);
  }

  @Override
  public Optional<Offer> offer(String kind, CurrentUser user, OrganizationId org, ReportingRound round) {
    if (!user.may(Permission.READ, organizations.scopeOf(org))) return Optional.empty();
    ComplaintFigures f = figures(user, org, round);
    boolean kept = f.received() > 0 || complaints.publicChannel(org, Channel.GENERAL).open() || complaints.publicChannel(org, Channel.CORRUPTION).open();
    if (!kept) return Optional.empty();
    List<Figure> figures = new ArrayList<>();
    figures.add(new Figure("complaint.fig.received", Integer.toString(f.received())));
    figures.add(new Figure("complaint.fig.finished", Integer.toString(f.finished())));
    figures.add(new Figure("complaint.fig.inProgress", Integer.toString(f.inProgress())));
    figures.add(new Figure("complaint.fig.forwarded", Integer.toString(f.forwarded())));
    figures.add(new Figure("complaint.fig.withinDeadline", percent(f.withinDeadlinePercent())));
    figures.add(new Figure("complaint.fig.satisfied", percent(f.satisfiedPercent())));
    return Optional.of(new Offer(KIND, round.kind() == RoundKind.HALF_YEAR ? "complaint.evidence.half" : "complaint.evidence.year", figures,
        "/organizations/" + org + "/complaints/statistics?year=" + round.year().value()));
  }

  @Override
  public File file(String kind, CurrentUser user, OrganizationId org, ReportingRound round) {
    Integer half = round.kind() == RoundKind.HALF_YEAR ? 1 : null;
    return new File(reports.fileName(round.year(), half, ReportFormat.PDF),
        reports.render(user, org, round.year(), half, ReportFormat.PDF));
  }

  /** The round's span: yearInDetail gives the year first and the first half (October–March) second. */
  private ComplaintFigures figures(CurrentUser user, OrganizationId org, ReportingRound round) {
    List<ComplaintStatistics> s = complaints.statistics(user, org, round.year());
    return s.get(round.kind() == RoundKind.HALF_YEAR ? 1 : 0).total();
  }

  private static String percent(Double p) {
    return p == null ? "–" : String.format(Locale.ROOT, "%.1f %%", p);
  }
}
