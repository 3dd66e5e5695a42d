package org.sujarit.monitoring.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.sujarit.document.layout.ReportFormat;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.CurrentUsers;
import org.sujarit.common.RuleViolation;
import org.sujarit.common.ThaiDates;
import org.sujarit.monitoring.EvidenceFile;
import org.sujarit.monitoring.EvidenceFiles;
import org.sujarit.monitoring.MonitoringReports;
import org.sujarit.monitoring.Progress;
import org.sujarit.monitoring.ProgressStatus;
import org.sujarit.monitoring.ReportingRound;
import org.sujarit.monitoring.settings.ReportingSettings;
import org.sujarit.monitoring.StoredEvidence;
import org.sujarit.monitoring.RoundDeadlines;
import org.sujarit.monitoring.RoundKind;
import org.sujarit.monitoring.RoundTasks;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.Organizations;
import org.sujarit.organization.UnitId;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanId;
import org.sujarit.plan.PlanItemId;
import org.sujarit.plan.Plans;
import org.sujarit.web.Downloads;
import org.sujarit.web.Messages;

/** The monitoring pages: a round's dashboard, an item's progress form with its evidence, and the settings. */
@Controller
class MonitoringPageController {
  private static final String ROUND = "/plans/{id}/progress/{year}/{round}";

  private final Progress progress;
  private final EvidenceFiles evidence;
  private final ReportingSettings settings;
  private final MonitoringReports reports;
  private final Plans plans;
  private final Organizations organizations;
  private final Messages messages;
  private final Clock clock;
  private final List<RoundTasks> roundTasks;

  MonitoringPageController(Progress progress, EvidenceFiles evidence, ReportingSettings settings, MonitoringReports reports, Plans plans,
      Organizations organizations, Messages messages, Clock clock, List<RoundTasks> roundTasks) {
    this.roundTasks = roundTasks;
    this.progress = progress;
    this.evidence = evidence;
    this.settings = settings;
    this.reports = reports;
    this.plans = plans;
    this.organizations = organizations;
    this.messages = messages;
    this.clock = clock;
  }

  /** The round running today, or the plan's nearest one when today lies outside its years. */
  @GetMapping("/plans/{id}/progress")
  String current(@PathVariable PlanId id) {
    Plan plan = plans.get(CurrentUsers.get(), id);
    return "redirect:" + roundPath(id, ReportingRound.current(plan.period(), LocalDate.now(clock.withZone(ThaiDates.BANGKOK))));
  }

  @GetMapping(ROUND)
  String board(@PathVariable PlanId id, @PathVariable int year, @PathVariable RoundKind round, Model model) {
    Progress.Board board = progress.board(CurrentUsers.get(), id, ReportingRound.of(year, round));
    model.addAttribute("board", board);
    model.addAttribute("f", board.figures());
    model.addAttribute("rounds", ReportingRound.all(board.plan().period()));
    model.addAttribute("base", roundPath(id, board.round()));
    model.addAttribute("dimensionNames", reports.dimensionNames(board.plan()));
    model.addAttribute("otherTasks", roundTasks.stream().flatMap(t -> t.tasks(CurrentUsers.get(), board.plan(), board.round()).stream()).toList());
    return "monitoring/board";
  }

  @GetMapping(ROUND + "/items/{item}")
  String item(@PathVariable PlanId id, @PathVariable int year, @PathVariable RoundKind round, @PathVariable PlanItemId item, Model model) {
    Progress.ItemProgress p = progress.item(CurrentUsers.get(), id, ReportingRound.of(year, round), item);
    return itemPage(p, ProgressForm.of(p.latest(), indicatorCount(p)), null, model);
  }

  @PostMapping(ROUND + "/items/{item}")
  String save(@PathVariable PlanId id, @PathVariable int year, @PathVariable RoundKind round, @PathVariable PlanItemId item,
      @ModelAttribute ProgressForm form, @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
    CurrentUser user = CurrentUsers.get();
    ReportingRound r = ReportingRound.of(year, round);
    boolean submit = "submit".equals(action);
    try {
      progress.save(user, id, r, item, form.toEntry(), form.correctionNote(), submit);
      redirect.addFlashAttribute("flash", messages.get(submit ? "monitoring.flash.submitted" : "monitoring.flash.saved"));
      return "redirect:" + roundPath(id, r) + "/items/" + item;
    } catch (RuleViolation e) {
      // the page again with everything the user typed, and the reason beside the field
      model.addAttribute("error", messages.of(e));
      model.addAttribute("errorField", e.field());
      return itemPage(progress.item(user, id, r, item), form, e, model);
    }
  }

  @PostMapping(ROUND + "/items/{item}/review")
  String review(@PathVariable PlanId id, @PathVariable int year, @PathVariable RoundKind round, @PathVariable PlanItemId item,
      @RequestParam String action, @RequestParam(required = false) String comment, RedirectAttributes redirect) {
    CurrentUser user = CurrentUsers.get();
    ReportingRound r = ReportingRound.of(year, round);
    flash(redirect, "monitoring.flash." + action, () -> {
      switch (action) {
        case "submit" -> progress.submit(user, id, r, item);
        case "accept" -> progress.accept(user, id, r, item);
        case "return" -> progress.returnRecord(user, id, r, item, comment);
        default -> throw new RuleViolation("error.bad-request");
      }
    });
    return "redirect:" + roundPath(id, r) + "/items/" + item;
  }

  /** An upload on its own form (htmx), so that a refused file never costs the record form its text. */
  @PostMapping(ROUND + "/items/{item}/evidence")
  String upload(@PathVariable PlanId id, @PathVariable int year, @PathVariable RoundKind round, @PathVariable PlanItemId item,
      @RequestParam(required = false) MultipartFile file, HttpServletRequest request, HttpServletResponse response,
      Model model, RedirectAttributes redirect)
      throws IOException {
    CurrentUser user = CurrentUsers.get();
    ReportingRound r = ReportingRound.of(year, round);
    boolean htmx = "true".equals(request.getHeader("HX-Request"));
    String message;
    boolean failed = false;
    try (InputStream in = file == null || file.isEmpty() ? InputStream.nullInputStream() : file.getInputStream()) {
      evidence.add(user, id, r, item, file == null ? null : file.getOriginalFilename(), in);
      message = messages.get("monitoring.flash.evidence");
    } catch (RuleViolation e) {
      message = messages.of(e);
      failed = true;
    }
    if (!htmx) {
      redirect.addFlashAttribute(failed ? "flashError" : "flash", message);
      return "redirect:" + roundPath(id, r) + "/items/" + item;
    }
    Progress.ItemProgress p = progress.item(user, id, r, item);
    model.addAttribute("p", p);
    model.addAttribute("base", roundPath(id, r));
    model.addAttribute("maxBytes", evidence.maxSize());
    model.addAttribute(failed ? "evidenceError" : "evidenceDone", message);
    if (failed) response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    return "monitoring/item :: evidence";
  }

  /** One click attaches the evidence another module offers for the item (the round's complaint statistics as PDF, …). */
  @PostMapping(ROUND + "/items/{item}/evidence/offered")
  String attachOffered(@PathVariable PlanId id, @PathVariable int year, @PathVariable RoundKind round, @PathVariable PlanItemId item,
      @RequestParam(required = false) String kind, RedirectAttributes redirect) {
    ReportingRound r = ReportingRound.of(year, round);
    try {
      EvidenceFile f = evidence.addOffered(CurrentUsers.get(), id, r, item, kind);
      redirect.addFlashAttribute("flash", messages.get("monitoring.flash.evidence-offered", f.fileName()));
    } catch (RuleViolation e) {
      redirect.addFlashAttribute("flashError", messages.of(e));
    }
    return "redirect:" + roundPath(id, r) + "/items/" + item + "#evidence";
  }

  @GetMapping("/evidence/{evidenceId}")
  ResponseEntity<Resource> download(@PathVariable UUID evidenceId) {
    StoredEvidence e = evidence.get(CurrentUsers.get(), evidenceId);
    return Downloads.file(e.content(), e.file().fileName(), e.file().type().mediaType(), e.file().size());
  }

  /** The reviewer shows an evidence file with the acknowledged report on the public site, or stops showing it. */
  @PostMapping("/evidence/{evidenceId}/public")
  String markPublic(@PathVariable UUID evidenceId, @RequestParam(name = "public") boolean makePublic, RedirectAttributes redirect) {
    EvidenceFile f = evidence.markPublic(CurrentUsers.get(), evidenceId, makePublic);
    redirect.addFlashAttribute("flash", messages.get(makePublic ? "monitoring.flash.evidence-public" : "monitoring.flash.evidence-private"));
    return "redirect:" + roundPath(f.planId(), f.round()) + "/items/" + f.itemId();
  }

  @PostMapping(ROUND + "/acknowledge")
  String acknowledge(@PathVariable PlanId id, @PathVariable int year, @PathVariable RoundKind round,
      @RequestParam(required = false) String note, RedirectAttributes redirect) {
    ReportingRound r = ReportingRound.of(year, round);
    flash(redirect, "monitoring.flash.acknowledged", () -> progress.acknowledge(CurrentUsers.get(), id, r, note));
    return "redirect:" + roundPath(id, r);
  }

  @PostMapping(ROUND + "/goals")
  String goals(@PathVariable PlanId id, @PathVariable int year, @PathVariable RoundKind round,
      @RequestParam(name = "goal", required = false) List<String> goals, @RequestParam(name = "actual", required = false) List<String> actuals,
      RedirectAttributes redirect) {
    CurrentUser user = CurrentUsers.get();
    ReportingRound r = ReportingRound.of(year, round);
    flash(redirect, "monitoring.flash.goals", () -> progress.setGoalResults(user, id, r, GoalResultsForm.parse(goals, actuals)));
    return "redirect:" + roundPath(id, r) + "#goals";
  }

  @GetMapping(ROUND + "/charts/{chart}.png")
  ResponseEntity<byte[]> chart(@PathVariable PlanId id, @PathVariable int year, @PathVariable RoundKind round,
      @PathVariable String chart) {
    byte[] png = reports.chart(CurrentUsers.get(), id, ReportingRound.of(year, round), MonitoringReports.Chart.parse(chart));
    return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).header(HttpHeaders.CACHE_CONTROL, "no-store").body(png);
  }

  @GetMapping(ROUND + "/report.{format}")
  ResponseEntity<byte[]> report(@PathVariable PlanId id, @PathVariable int year, @PathVariable RoundKind round,
      @PathVariable("format") String formatName) {
    ReportingRound r = ReportingRound.of(year, round);
    ReportFormat format = ReportFormat.parse(formatName);
    byte[] bytes = reports.render(CurrentUsers.get(), id, r, format);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(format.mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(reports.fileName(r, format), StandardCharsets.UTF_8).build().toString())
        .body(bytes);
  }

  // ---- settings ----------------------------------------------------------------------------

  @GetMapping("/organizations/{id}/monitoring")
  String settings(@PathVariable OrganizationId id, Model model) {
    CurrentUser user = CurrentUsers.get();
    Map<UnitId, String> contacts = settings.contacts(user, id);
    model.addAttribute("organization", organizations.get(user, id));
    model.addAttribute("deadlines", settings.deadlines(user, id));
    model.addAttribute("units", organizations.units(user, id));
    model.addAttribute("contacts", contacts);
    return "monitoring/settings";
  }

  @PostMapping("/organizations/{id}/monitoring")
  String saveSettings(@PathVariable OrganizationId id, @RequestParam(defaultValue = "0") int halfMonth,
      @RequestParam(defaultValue = "0") int halfDay, @RequestParam(defaultValue = "0") int fullMonth,
      @RequestParam(defaultValue = "0") int fullDay, @RequestParam(name = "unit", required = false) List<UnitId> units,
      @RequestParam(name = "email", required = false) List<String> emails, RedirectAttributes redirect) {
    CurrentUser user = CurrentUsers.get();
    flash(redirect, "monitoring.flash.settings", () -> {
      settings.setDeadlines(user, id, new RoundDeadlines(monthDay(halfMonth, halfDay), monthDay(fullMonth, fullDay)));
      for (int i = 0; units != null && i < units.size(); i++) {
        settings.setContact(user, id, units.get(i), emails == null || i >= emails.size() ? null : emails.get(i));
      }
    });
    return "redirect:/organizations/" + id + "/monitoring";
  }

  // ---- helpers -----------------------------------------------------------------------------

  /** Runs a form's action; the page it redirects to says it was done, or why it was refused. */
  private void flash(RedirectAttributes redirect, String doneKey, Runnable action) {
    try {
      action.run();
      redirect.addFlashAttribute("flash", messages.get(doneKey));
    } catch (RuleViolation e) {
      redirect.addFlashAttribute("flashError", messages.of(e));
    }
  }

  private String itemPage(Progress.ItemProgress p, ProgressForm form, RuleViolation error, Model model) {
    model.addAttribute("p", p);
    model.addAttribute("board", p.board());
    model.addAttribute("form", form);
    model.addAttribute("base", roundPath(p.board().plan().id(), p.board().round()));
    model.addAttribute("maxBytes", evidence.maxSize());
    model.addAttribute("statuses", ProgressStatus.values());
    return "monitoring/item";
  }

  private static int indicatorCount(Progress.ItemProgress p) {
    return p.item().details() == null ? 0 : p.item().details().indicators().size();
  }

  private static MonthDay monthDay(int month, int day) {
    try {
      return MonthDay.of(month, day);
    } catch (DateTimeException e) {
      throw RuleViolation.field("deadline", "monitoring.deadline.invalid");
    }
  }

  static String roundPath(PlanId id, ReportingRound r) {
    return "/plans/" + id + "/progress/" + r.year().value() + "/" + r.kind().name();
  }
}
