package org.sujarit.monitoring.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.sujarit.access.CurrentUser;
import org.sujarit.access.CurrentUsers;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.RuleViolation;
import org.sujarit.monitoring.EvidenceFile;
import org.sujarit.monitoring.MonitoringReports;
import org.sujarit.monitoring.Progress;
import org.sujarit.monitoring.ProgressFigures;
import org.sujarit.monitoring.ProgressForm;
import org.sujarit.monitoring.ReportingRound;
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
  private final MonitoringReports reports;
  private final Plans plans;
  private final Organizations organizations;
  private final Messages messages;
  private final Clock clock;
  private final List<RoundTasks> roundTasks;

  MonitoringPageController(Progress progress, MonitoringReports reports, Plans plans, Organizations organizations, Messages messages,
      Clock clock, List<RoundTasks> roundTasks) {
    this.roundTasks = roundTasks;
    this.progress = progress;
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
    ReportingRound now = ReportingRound.current(LocalDate.now(clock.withZone(ProgressFigures.THAILAND)));
    FiscalYear year = now.year();
    if (!plan.period().contains(year)) year = year.compareTo(plan.period().first()) < 0 ? plan.period().first() : plan.period().last();
    return "redirect:" + roundPath(id, new ReportingRound(year, year.equals(now.year()) ? now.kind() : RoundKind.FULL_YEAR));
  }

  @GetMapping(ROUND)
  String board(@PathVariable PlanId id, @PathVariable int year, @PathVariable RoundKind round, Model model) {
    Progress.Board board = progress.board(CurrentUsers.get(), id, ReportingRound.of(year, round));
    model.addAttribute("board", board);
    model.addAttribute("f", board.figures());
    model.addAttribute("rounds", rounds(board.plan()));
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
    try {
      progress.save(user, id, r, item, form.toEntry(), form.correctionNote(), "submit".equals(action));
      redirect.addFlashAttribute("flash", messages.get("submit".equals(action) ? "monitoring.flash.submitted" : "monitoring.flash.saved"));
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
    try {
      switch (action) {
        case "submit" -> progress.submit(user, id, r, item);
        case "accept" -> progress.accept(user, id, r, item);
        case "return" -> progress.returnRecord(user, id, r, item, comment);
        default -> throw new RuleViolation("error.bad-request");
      }
      redirect.addFlashAttribute("flash", messages.get("monitoring.flash." + action));
    } catch (RuleViolation e) {
      redirect.addFlashAttribute("flashError", messages.of(e));
    }
    return "redirect:" + roundPath(id, r) + "/items/" + item;
  }

  /** An upload on its own form (htmx), so that a refused file never costs the record form its text. */
  @PostMapping(ROUND + "/items/{item}/evidence")
  String upload(@PathVariable PlanId id, @PathVariable int year, @PathVariable RoundKind round, @PathVariable PlanItemId item,
      @RequestParam(required = false) MultipartFile file, HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
      Model model, RedirectAttributes redirect)
      throws IOException {
    CurrentUser user = CurrentUsers.get();
    ReportingRound r = ReportingRound.of(year, round);
    boolean htmx = "true".equals(request.getHeader("HX-Request"));
    String message;
    boolean failed = false;
    try (InputStream in = file == null || file.isEmpty() ? InputStream.nullInputStream() : file.getInputStream()) {
      progress.addEvidence(user, id, r, item, file == null ? null : file.getOriginalFilename(), in);
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
    model.addAttribute("maxBytes", progress.maxEvidenceSize());
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
      EvidenceFile f = progress.addOfferedEvidence(CurrentUsers.get(), id, r, item, kind);
      redirect.addFlashAttribute("flash", messages.get("monitoring.flash.evidence-offered", f.fileName()));
    } catch (RuleViolation e) {
      redirect.addFlashAttribute("flashError", messages.of(e));
    }
    return "redirect:" + roundPath(id, r) + "/items/" + item + "#evidence";
  }

  @GetMapping("/evidence/{evidenceId}")
  ResponseEntity<org.springframework.core.io.Resource> download(@PathVariable java.util.UUID evidenceId) {
    Progress.StoredEvidence e = progress.evidence(CurrentUsers.get(), evidenceId);
    return Downloads.file(e.content(), e.file().fileName(), e.file().type().mediaType(), e.file().size());
  }

  /** The reviewer shows an evidence file with the acknowledged report on the public site, or stops showing it. */
  @PostMapping("/evidence/{evidenceId}/public")
  String markPublic(@PathVariable java.util.UUID evidenceId, @RequestParam(name = "public") boolean makePublic, RedirectAttributes redirect) {
    EvidenceFile f = progress.markEvidencePublic(CurrentUsers.get(), evidenceId, makePublic);
    redirect.addFlashAttribute("flash", messages.get(makePublic ? "monitoring.flash.evidence-public" : "monitoring.flash.evidence-private"));
    return "redirect:" + roundPath(f.planId(), f.round()) + "/items/" + f.itemId();
  }

  @PostMapping(ROUND + "/acknowledge")
  String acknowledge(@PathVariable PlanId id, @PathVariable int year, @PathVariable RoundKind round,
      @RequestParam(required = false) String note, RedirectAttributes redirect) {
    ReportingRound r = ReportingRound.of(year, round);
    try {
      progress.acknowledge(CurrentUsers.get(), id, r, note);
      redirect.addFlashAttribute("flash", messages.get("monitoring.flash.acknowledged"));
    } catch (RuleViolation e) {
      redirect.addFlashAttribute("flashError", messages.of(e));
    }
    return "redirect:" + roundPath(id, r);
  }

  @PostMapping(ROUND + "/goals")
  String goals(@PathVariable PlanId id, @PathVariable int year, @PathVariable RoundKind round,
      @RequestParam(name = "goal", required = false) List<String> goals, @RequestParam(name = "actual", required = false) List<String> actuals,
      RedirectAttributes redirect) {
    CurrentUser user = CurrentUsers.get();
    ReportingRound r = ReportingRound.of(year, round);
    try {
      Map<String, BigDecimal> results = new java.util.LinkedHashMap<>();
      List<String> names = goals == null ? List.of() : goals;
      for (int i = 0; i < names.size(); i++) {
        results.put(names.get(i), ProgressForm.decimal("actual", actuals == null || i >= actuals.size() ? null : actuals.get(i)));
      }
      progress.setGoalResults(user, id, r, results);
      redirect.addFlashAttribute("flash", messages.get("monitoring.flash.goals"));
    } catch (RuleViolation e) {
      redirect.addFlashAttribute("flashError", messages.of(e));
    }
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
    MonitoringReports.Format format = MonitoringReports.Format.parse(formatName);
    byte[] bytes = reports.render(CurrentUsers.get(), id, r, format);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(format.mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(reports.fileName(r, format), java.nio.charset.StandardCharsets.UTF_8).build().toString())
        .body(bytes);
  }

  // ---- settings ----------------------------------------------------------------------------

  @GetMapping("/organizations/{id}/monitoring")
  String settings(@PathVariable OrganizationId id, Model model) {
    CurrentUser user = CurrentUsers.get();
    Map<UnitId, String> contacts = progress.contacts(user, id);
    model.addAttribute("organization", organizations.get(user, id));
    model.addAttribute("deadlines", progress.deadlines(user, id));
    model.addAttribute("units", organizations.units(id));
    model.addAttribute("contacts", contacts);
    return "monitoring/settings";
  }

  @PostMapping("/organizations/{id}/monitoring")
  String saveSettings(@PathVariable OrganizationId id, @RequestParam(defaultValue = "0") int halfMonth,
      @RequestParam(defaultValue = "0") int halfDay, @RequestParam(defaultValue = "0") int fullMonth,
      @RequestParam(defaultValue = "0") int fullDay, @RequestParam(name = "unit", required = false) List<UnitId> units,
      @RequestParam(name = "email", required = false) List<String> emails, RedirectAttributes redirect) {
    CurrentUser user = CurrentUsers.get();
    try {
      progress.setDeadlines(user, id, new RoundDeadlines(monthDay(halfMonth, halfDay), monthDay(fullMonth, fullDay)));
      for (int i = 0; units != null && i < units.size(); i++) {
        progress.setContact(user, id, units.get(i), emails == null || i >= emails.size() ? null : emails.get(i));
      }
      redirect.addFlashAttribute("flash", messages.get("monitoring.flash.settings"));
    } catch (RuleViolation e) {
      redirect.addFlashAttribute("flashError", messages.of(e));
    }
    return "redirect:/organizations/" + id + "/monitoring";
  }

  // ---- helpers -----------------------------------------------------------------------------

  private String itemPage(Progress.ItemProgress p, ProgressForm form, RuleViolation error, Model model) {
    model.addAttribute("p", p);
    model.addAttribute("board", p.board());
    model.addAttribute("form", form);
    model.addAttribute("base", roundPath(p.board().plan().id(), p.board().round()));
    model.addAttribute("maxBytes", progress.maxEvidenceSize());
    model.addAttribute("statuses", org.sujarit.monitoring.ProgressStatus.values());
    return "monitoring/item";
  }

  private static int indicatorCount(Progress.ItemProgress p) {
    return p.item().details() == null ? 0 : p.item().details().indicators().size();
  }

  private static MonthDay monthDay(int month, int day) {
    try {
      return MonthDay.of(month, day);
    } catch (java.time.DateTimeException e) {
      throw RuleViolation.field("deadline", "monitoring.deadline.invalid");
    }
  }

  static List<ReportingRound> rounds(Plan plan) {
    List<ReportingRound> out = new ArrayList<>();
    for (FiscalYear y : plan.period().years()) {
      out.add(new ReportingRound(y, RoundKind.HALF_YEAR));
      out.add(new ReportingRound(y, RoundKind.FULL_YEAR));
    }
    return out;
  }

  static String roundPath(PlanId id, ReportingRound r) {
    return "/plans/" + id + "/progress/" + r.year().value() + "/" + r.kind().name();
  }
}
