package org.sujarit.complaint.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.sujarit.access.CurrentUser;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.NotFoundException;
import org.sujarit.common.ThaiDates;
import org.sujarit.complaint.internal.Complaints;
import org.sujarit.complaint.report.ComplaintReport;
import org.sujarit.complaint.statistics.ComplaintStatistics;
import org.sujarit.document.layout.ReportFormat;
import org.sujarit.document.layout.OfficialDocument;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.Organizations;

/**
 * The executive's 6-month (October–March) and annual complaint reports as PDF and DOCX, for every
 * reader of the organization. Official documents: Thai whatever the reader's language.
 */
@Service
public class ComplaintReports {
  private final Complaints complaints;
  private final Organizations organizations;
  private final MessageSource messages;
  private final Clock clock;

  ComplaintReports(Complaints complaints, Organizations organizations, MessageSource messages, Clock clock) {
    this.complaints = complaints;
    this.organizations = organizations;
    this.messages = messages;
    this.clock = clock;
  }

  /** {@code half} 1 is October–March (the 6-month report); null is the whole fiscal year. */
  public byte[] render(CurrentUser user, OrganizationId orgId, FiscalYear year, Integer half, ReportFormat format) {
    OfficialDocument doc = document(user, orgId, year, half);
    return format.render(doc);
  }

  /** "สถิติเรื่องร้องเรียน-6เดือน-2569.pdf". */
  public String fileName(FiscalYear year, Integer half, ReportFormat format) {
    return text(half != null ? "complaint.report.file.half" : "complaint.report.file.year", year.value()) + "."
        + format.extension();
  }

  OfficialDocument document(CurrentUser user, OrganizationId orgId, FiscalYear year, Integer half) {
    if (half != null && half != 1 && half != 2) throw new NotFoundException("error.not-found");
    Organization org = organizations.get(user, orgId);
    List<ComplaintStatistics> s = complaints.statistics(user, orgId, year);
    // yearInDetail: [0] year, [1..2] halves, [3..6] quarters, [7..18] months
    ComplaintReport.Scope scope = half == null ? new ComplaintReport.Scope(s.get(0), s.subList(3, 7), s.subList(7, 19), false)
        : half == 1 ? new ComplaintReport.Scope(s.get(1), s.subList(3, 5), s.subList(7, 13), true)
        : new ComplaintReport.Scope(s.get(2), s.subList(5, 7), s.subList(13, 19), true);
    return ComplaintReport.document(org.name(), org.executiveTitle(), scope, LocalDate.now(clock.withZone(ThaiDates.BANGKOK)), this::text);
  }

  private String text(String key, Object... args) {
    Object[] plain = new Object[args.length];
    for (int i = 0; i < args.length; i++) plain[i] = args[i] instanceof Number n ? n.toString() : args[i];
    return messages.getMessage(key, plain, key, ThaiDates.THAI);
  }
}
