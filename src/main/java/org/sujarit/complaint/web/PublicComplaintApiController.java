package org.sujarit.complaint.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.ThaiDates;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.Status;
import org.sujarit.complaint.Submission;
import org.sujarit.complaint.internal.Complaints;
import org.sujarit.complaint.internal.Views;
import org.sujarit.complaint.protection.SubmissionRefusedException;
import org.sujarit.complaint.statistics.ComplaintFigures;
import org.sujarit.complaint.statistics.ComplaintStatistics;
import org.sujarit.organization.OrganizationId;
import org.sujarit.web.Messages;

/**
 * The public intake and tracking as JSON, without an account. The receipt is sent in request bodies
 * only. Too many submissions from one address (or for one organization) answer 429.
 */
@RestController
@Tag(name = "Complaints", description = "ช่องทางร้องเรียนและแจ้งเบาะแสการทุจริต: รับเรื่อง ติดตามด้วยรหัส สถิติ")
class PublicComplaintApiController {
  private final Complaints complaints;
  private final Messages messages;

  PublicComplaintApiController(Complaints complaints, Messages messages) {
    this.complaints = complaints;
    this.messages = messages;
  }

  record NewComplaint(Channel channel, Boolean anonymous, String name, String contact, Boolean wantsUpdates, String subject,
      String details, String persons, String occurred, String place, String unit, String category, Boolean consent) {}

  record Filed(String receipt, Channel channel, String organization, LocalDate receivedOn) {}

  /** {@code organizationId} is optional: with it, a receipt of another organization is not found and the organization's look-up limit applies. */
  record TrackRequest(String receipt, UUID organizationId) {}

  record Tracked(Status status, Channel channel, String organization, LocalDate receivedOn, LocalDate dueOn, String delayExplanation,
      String reason, String result, List<Views.MessageView> messages, boolean mayRate, Integer satisfaction) {}

  /** The figures of a period: what the public statistics page shows. */
  record Figures(int received, int finished, int inProgress, int forwarded, int withinDeadline, Double withinDeadlinePercent,
      int rated, Double satisfiedPercent, Double averageScore, boolean none) {
    static Figures of(ComplaintFigures f) {
      return new Figures(f.received(), f.finished(), f.inProgress(), f.forwarded(), f.withinDeadline(), f.withinDeadlinePercent(),
          f.rated(), f.satisfiedPercent(), f.averageScore(), f.none());
    }
  }

  record YearStatistics(int fiscalYear, int received, int finished, int inProgress, int forwarded, int withinDeadline,
      Double withinDeadlinePercent, Double satisfiedPercent, boolean none, String statement, Map<Channel, Figures> byChannel,
      List<Period> periods) {}

  record Period(String kind, int index, LocalDate from, LocalDate to, Figures figures) {}

  /** One invalid field of a submission: its name, the message key and the Thai (or English) text. */
  record FieldProblem(String field, String code, String message) {}

  /** A submission with problems: every field's problem goes back at once, as the form shows them. */
  static final class InvalidSubmission extends RuntimeException {
    final Map<String, String> problems;

    InvalidSubmission(Map<String, String> problems) {
      super("invalid submission: " + problems.keySet());
      this.problems = problems;
    }
  }

  @Operation(summary = "ยื่นเรื่องร้องเรียนหรือแจ้งเบาะแส (ไม่ต้องมีบัญชี) ได้รหัสติดตาม 20 หลักซึ่งแสดงครั้งเดียว; "
      + "ข้อมูลไม่ครบหรือไม่ถูกต้องตอบ 422 พร้อมปัญหาของทุกช่องใน errors")
  @PostMapping("/api/public/organizations/{orgId}/complaints")
  @ResponseStatus(HttpStatus.CREATED)
  Filed submit(@PathVariable UUID orgId, @RequestBody NewComplaint c, HttpServletRequest request) {
    boolean anonymous = c.anonymous() == null || c.anonymous();
    // consent is the act of sending through the API; the category defaults to OTHER
    Submission s = new Submission(c.channel(), anonymous, c.name(), c.contact(), Boolean.TRUE.equals(c.wantsUpdates()), c.subject(),
        c.details(), c.persons(), c.occurred(), c.place(), c.unit(), c.category(), c.consent() == null || c.consent());
    if (!s.problems().isEmpty()) throw new InvalidSubmission(s.problems());
    Views.Receipt r = complaints.submit(new OrganizationId(orgId), s, List.of(), request.getRemoteAddr());
    return new Filed(r.code(), r.channel(), r.organizationName(), r.receivedOn());
  }

  @Operation(summary = "ติดตามเรื่องด้วยรหัสติดตาม (ส่งในเนื้อคำขอ ไม่ใช่ใน URL); 404 เมื่อไม่พบ; 429 เมื่อค้นหาบ่อยเกินไป")
  @PostMapping("/api/public/complaints/track")
  Tracked track(@RequestBody TrackRequest t, HttpServletRequest request) {
    Views.TrackedCase c = complaints.track(t.organizationId() == null ? null : new OrganizationId(t.organizationId()), t.receipt(),
        request.getRemoteAddr());
    return new Tracked(c.status(), c.channel(), c.organizationName(), c.receivedOn(), c.dueOn(), c.delayExplanation(), c.reason(), c.result(),
        c.messages(), c.mayRate(), c.satisfaction() == null ? null : c.satisfaction().score());
  }

  @Operation(summary = "สถิติเรื่องร้องเรียนของปีงบประมาณ (ไม่มีเนื้อหาของเรื่องใด)")
  @GetMapping("/api/public/organizations/{orgId}/complaint-statistics")
  YearStatistics statistics(@PathVariable UUID orgId, @RequestParam(required = false) Integer fiscalYear) {
    FiscalYear year = fiscalYear == null ? FiscalYear.containing(LocalDate.now(ThaiDates.BANGKOK)) : FiscalYear.of(fiscalYear);
    return yearStatistics(complaints.statistics(new OrganizationId(orgId), year), messages);
  }

  static YearStatistics yearStatistics(List<ComplaintStatistics> detail, Messages messages) {
    ComplaintStatistics y = detail.get(0);
    ComplaintFigures t = y.total();
    Map<Channel, Figures> byChannel = new java.util.EnumMap<>(Channel.class);
    for (Channel c : Channel.values()) byChannel.put(c, Figures.of(y.channel(c)));
    List<Period> periods = detail.stream().skip(1)
        .map(s -> new Period(s.period().kind().name(), s.period().index(), s.period().from(), s.period().to(), Figures.of(s.total()))).toList();
    return new YearStatistics(y.period().year().value(), t.received(), t.finished(), t.inProgress(), t.forwarded(), t.withinDeadline(),
        t.withinDeadlinePercent(), t.satisfiedPercent(), t.none(), t.none() ? messages.get("complaint.none") : null, byChannel, periods);
  }

  @ExceptionHandler(InvalidSubmission.class)
  ResponseEntity<ProblemDetail> invalid(InvalidSubmission e) {
    List<FieldProblem> errors = e.problems.entrySet().stream()
        .map(p -> new FieldProblem(p.getKey(), p.getValue(), messages.get(p.getValue()))).toList();
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
        String.join(" · ", errors.stream().map(FieldProblem::message).toList()));
    p.setProperty("code", "complaint.form.invalid");
    p.setProperty("errors", errors);
    return ResponseEntity.unprocessableContent().body(p);
  }

  @ExceptionHandler(SubmissionRefusedException.class)
  ResponseEntity<ProblemDetail> tooMany() {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, messages.get("complaint.limit"));
    p.setProperty("code", "complaint.limit");
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "3600").body(p);
  }
}
