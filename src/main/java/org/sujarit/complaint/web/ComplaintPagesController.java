package org.sujarit.complaint.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.complaint.internal.CaseFilter;
import org.sujarit.complaint.internal.Complaints;
import org.sujarit.complaint.internal.Views;
import org.sujarit.complaint.report.ComplaintReports;
import org.sujarit.document.layout.ReportFormat;
import org.sujarit.common.SpreadsheetText;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.CurrentUsers;
import org.sujarit.access.Permission;
import org.sujarit.access.Requires;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.RuleViolation;
import org.sujarit.common.ThaiDates;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.Forwarding;
import org.sujarit.complaint.IntakeChannel;
import org.sujarit.complaint.Submission;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.Organizations;
import org.sujarit.web.Messages;

/**
 * The signed-in pages: the officers' case list, case page with its workflow, messages, identity reveal
 * and attachments, complaints registered from other channels, the statistics (with CSV) for every reader
 * of the organization, and the channels' set-up for its administrator. Rights are checked in
 * {@link Complaints}.
 */
@Controller
class ComplaintPagesController {
  private final Complaints complaints;
  private final ComplaintReports reports;
  private final Organizations organizations;
  private final Messages messages;

  ComplaintPagesController(Complaints complaints, ComplaintReports reports, Organizations organizations, Messages messages) {
    this.complaints = complaints;
    this.reports = reports;
    this.organizations = organizations;
    this.messages = messages;
  }

  @GetMapping("/organizations/{id}/complaints")
  String list(@PathVariable OrganizationId id, @RequestParam(required = false) CaseFilter filter,
      @RequestParam(defaultValue = "false") boolean open, @RequestParam(defaultValue = "1") int page, Model model) {
    CurrentUser user = CurrentUsers.get();
    model.addAttribute("org", organizations.get(user, id));
    model.addAttribute("list", complaints.list(user, id, filter(filter, open), page));
    model.addAttribute("filters", List.of(CaseFilter.values()));
    model.addAttribute("mail", complaints.officerMail(user, id).orElse(""));
    model.addAttribute("mailConfigured", complaints.mailConfigured());
    return "complaint/officer/list";
  }

  /** {@code open=true}, the older form of the awaiting filter, still works. */
  static CaseFilter filter(CaseFilter filter, boolean open) {
    return filter != null ? filter : open ? CaseFilter.AWAITING : CaseFilter.ALL;
  }

  /** The officer's own address for deadline reminders and assignment notices; blank removes it. */
  @PostMapping("/organizations/{id}/complaints/mail")
  String officerMail(@PathVariable OrganizationId id, @RequestParam(defaultValue = "") String address, RedirectAttributes redirect) {
    try {
      complaints.setOfficerMail(CurrentUsers.get(), id, address);
      redirect.addFlashAttribute("flash", messages.get("complaint.officer.saved"));
    } catch (RuleViolation e) {
      redirect.addFlashAttribute("flashError", messages.of(e));
    }
    return "redirect:/organizations/" + id + "/complaints";
  }

  @GetMapping("/organizations/{id}/complaints/register")
  String registerForm(@PathVariable OrganizationId id, Model model) {
    CurrentUser user = CurrentUsers.get();
    complaints.list(user, id, CaseFilter.AWAITING, 1); // the same right as the list: officers only
    return register(organizations.get(user, id), PublicComplaintController.Form.blank(false), Channel.GENERAL, IntakeChannel.IN_PERSON,
        ThaiDates.input(LocalDate.now(ThaiDates.BANGKOK)), Map.of(), model);
  }

  @PostMapping("/organizations/{id}/complaints/register")
  @Requires(Permission.HANDLE_COMPLAINT)
  String register(@PathVariable OrganizationId id, @ModelAttribute PublicComplaintController.Form form,
      @RequestParam(required = false) Channel channel, @RequestParam(required = false) IntakeChannel intake,
      @RequestParam(required = false) String receivedOn, @RequestParam(required = false) List<MultipartFile> files, Model model) {
    CurrentUser user = CurrentUsers.get();
    Organization org = organizations.get(user, id);
    Channel c = channel == null ? Channel.GENERAL : channel;
    // a complaint taken at the counter or on the telephone: the complainant consents to the officer
    Submission s = new PublicComplaintController.Form(form.anonymous(), form.name(), form.contact(), form.wantsUpdates(), form.subject(),
        form.details(), form.persons(), form.occurred(), form.place(), form.unit(), form.category(), true).submission(c);
    Map<String, String> problems = new LinkedHashMap<>();
    s.problems().forEach((field, key) -> problems.put(field, messages.get(key)));
    LocalDate received = null;
    try {
      received = ThaiDates.field("receivedOn", receivedOn);
    } catch (RuleViolation e) {
      problems.put(e.field(), messages.of(e));
    }
    if (!problems.isEmpty()) return register(org, form, c, intake, receivedOn, problems, model);
    try {
      Views.Receipt receipt = complaints.register(user, id, s, intake, received, PublicComplaintController.uploads(files));
      model.addAttribute("org", org);
      model.addAttribute("receipt", receipt);
      return "complaint/officer/registered";
    } catch (RuleViolation e) {
      return register(org, form, c, intake, receivedOn, Map.of(e.field() == null ? "form" : e.field(), messages.of(e)), model);
    }
  }

  private String register(Organization org, PublicComplaintController.Form form, Channel channel, IntakeChannel intake, String receivedOn,
      Map<String, String> problems, Model model) {
    model.addAttribute("org", org);
    model.addAttribute("form", form);
    model.addAttribute("channel", channel);
    model.addAttribute("intake", intake);
    model.addAttribute("receivedOn", receivedOn);
    model.addAttribute("problems", problems);
    model.addAttribute("categories", Submission.CATEGORIES);
    model.addAttribute("intakes", List.of(IntakeChannel.values()));
    return "complaint/officer/register";
  }

  @GetMapping("/complaints/{caseId}")
  String view(@PathVariable UUID caseId, Model model) {
    return page(complaints.view(CurrentUsers.get(), caseId), model);
  }

  private String page(Views.CaseView c, Model model) {
    model.addAttribute("c", c);
    model.addAttribute("org", organizations.get(CurrentUsers.get(), new OrganizationId(c.organizationId())));
    model.addAttribute("bodies", List.of(Forwarding.Body.values()));
    model.addAttribute("today", ThaiDates.input(LocalDate.now(ThaiDates.BANGKOK)));
    return "complaint/officer/case";
  }

  @PostMapping("/complaints/{caseId}/workflow")
  @Requires(Permission.HANDLE_COMPLAINT)
  String act(@PathVariable UUID caseId, @RequestParam(required = false) Complaints.Action.Kind action,
      @RequestParam(defaultValue = "") String on, @RequestParam(defaultValue = "") String text,
      @RequestParam(required = false) Forwarding.Body body, @RequestParam(defaultValue = "") String bodyName,
      @RequestParam(defaultValue = "") String reference, RedirectAttributes redirect, Model model) {
    CurrentUser user = CurrentUsers.get();
    try {
      complaints.act(user, caseId, new Complaints.Action(action, ThaiDates.field("on", on), text, body, bodyName, reference));
    } catch (RuleViolation e) {
      model.addAttribute("actionError", messages.of(e));
      model.addAttribute("typed", Map.of("action", action == null ? "" : action.name(), "text", text, "bodyName", bodyName,
          "reference", reference, "on", on, "field", e.field() == null ? "" : e.field()));
      return page(complaints.view(user, caseId), model);
    }
    redirect.addFlashAttribute("flash", messages.get("complaint.officer.saved"));
    return "redirect:/complaints/" + caseId;
  }

  @PostMapping("/complaints/{caseId}/messages")
  String message(@PathVariable UUID caseId, @RequestParam(defaultValue = "") String text, RedirectAttributes redirect, Model model) {
    CurrentUser user = CurrentUsers.get();
    try {
      complaints.message(user, caseId, text);
    } catch (RuleViolation e) {
      model.addAttribute("messageError", messages.of(e));
      model.addAttribute("messageText", text);
      return page(complaints.view(user, caseId), model);
    }
    redirect.addFlashAttribute("flash", messages.get("complaint.officer.sent"));
    return "redirect:/complaints/" + caseId;
  }

  /** The identity is shown in the answer to this POST only: nothing to bookmark, and each reveal is recorded. */
  @PostMapping("/complaints/{caseId}/reveal")
  String reveal(@PathVariable UUID caseId, Model model) {
    CurrentUser user = CurrentUsers.get();
    model.addAttribute("identity", complaints.reveal(user, caseId));
    return page(complaints.view(user, caseId), model);
  }

  @GetMapping("/complaints/attachments/{attachmentId}")
  ResponseEntity<byte[]> attachment(@PathVariable UUID attachmentId) {
    Views.FileContent f = complaints.attachment(CurrentUsers.get(), attachmentId);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(f.name()).build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header("X-Content-Type-Options", "nosniff")
        .contentType(MediaType.parseMediaType(f.mediaType())).body(f.content());
  }

  @GetMapping("/organizations/{id}/complaints/statistics")
  String statistics(@PathVariable OrganizationId id, @RequestParam(required = false) Integer year, Model model) {
    CurrentUser user = CurrentUsers.get();
    FiscalYear fy = year(year);
    model.addAttribute("org", organizations.get(user, id));
    model.addAttribute("year", fy);
    model.addAttribute("stats", complaints.statistics(user, id, fy));
    return "complaint/officer/statistics";
  }

  /** The figures as CSV, one row per period, channel, intake channel and category (see {@link StatisticsCsv}). */
  @GetMapping("/organizations/{id}/complaints/statistics.csv")
  ResponseEntity<byte[]> statisticsCsv(@PathVariable OrganizationId id, @RequestParam(required = false) Integer year) {
    FiscalYear fy = year(year);
    String csv = StatisticsCsv.write(complaints.statistics(CurrentUsers.get(), id, fy), messages);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("complaints-" + fy.value() + ".csv").build().toString())
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(csv.getBytes(StandardCharsets.UTF_8));
  }

  @GetMapping("/organizations/{id}/complaints/report.{format}")
  ResponseEntity<byte[]> report(@PathVariable OrganizationId id, @PathVariable("format") String formatName,
      @RequestParam(required = false) Integer year, @RequestParam(required = false) Integer half) {
    ReportFormat format = ReportFormat.parse(formatName);
    FiscalYear fy = year(year);
    byte[] bytes = reports.render(CurrentUsers.get(), id, fy, half, format);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(format.mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(reports.fileName(fy, half, format), StandardCharsets.UTF_8).build().toString())
        .body(bytes);
  }

  @GetMapping("/organizations/{id}/complaints/settings")
  String settings(@PathVariable OrganizationId id, Model model) {
    CurrentUser user = CurrentUsers.get();
    model.addAttribute("org", organizations.get(user, id));
    model.addAttribute("channels", complaints.channels(user, id));
    model.addAttribute("candidates", complaints.officerCandidates(user, id));
    return "complaint/officer/settings";
  }

  @PostMapping("/organizations/{id}/complaints/settings")
  String configure(@PathVariable OrganizationId id, @RequestParam Channel channel, @RequestParam(defaultValue = "false") boolean open,
      @RequestParam(defaultValue = "15") int deadlineDays, @RequestParam(required = false) List<UUID> officers, RedirectAttributes redirect) {
    try {
      complaints.configure(CurrentUsers.get(), id, new Views.ChannelSetup(channel, open, deadlineDays, officers == null ? List.of() : officers));
      redirect.addFlashAttribute("flash", messages.get("complaint.officer.saved"));
    } catch (RuleViolation e) {
      redirect.addFlashAttribute("flashError", messages.of(e));
    }
    return "redirect:/organizations/" + id + "/complaints/settings";
  }

  private static FiscalYear year(Integer year) {
    return year == null ? FiscalYear.containing(LocalDate.now(ThaiDates.BANGKOK)) : FiscalYear.of(year);
  }
}
