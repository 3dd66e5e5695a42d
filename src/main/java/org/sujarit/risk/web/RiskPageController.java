package org.sujarit.risk.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.HashMap;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.CurrentUsers;
import org.sujarit.access.Permission;
import org.sujarit.access.Requires;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.RuleViolation;
import org.sujarit.common.ThaiDates;
import org.sujarit.monitoring.RoundKind;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.Organizations;
import org.sujarit.organization.UnitId;
import org.sujarit.plan.PlanItemId;
import org.sujarit.risk.Measure;
import org.sujarit.risk.Risk;
import org.sujarit.risk.RiskAssessment;
import org.sujarit.risk.RiskAssessments;
import org.sujarit.risk.RiskMatrix;
import org.sujarit.risk.SurveillanceStatus;
import org.sujarit.risk.YearComparison;
import org.sujarit.risk.TreatmentStatus;
import org.sujarit.risk.report.ManagementSummary;
import org.sujarit.risk.report.RiskReport;
import org.sujarit.web.Messages;

/** The assessment pages: the years, an assessment's nine steps, one risk's editor, surveillance per round, the report. */
@Controller
class RiskPageController {
  private static final String YEAR = "/organizations/{org}/risk/{year}";

  private final RiskAssessments assessments;
  private final RiskReport report;
  private final Organizations organizations;
  private final Messages messages;
  private final Clock clock;

  RiskPageController(RiskAssessments assessments, RiskReport report, Organizations organizations, Messages messages, Clock clock) {
    this.assessments = assessments;
    this.report = report;
    this.organizations = organizations;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/organizations/{org}/risk")
  String years(@PathVariable OrganizationId org, Model model) {
    CurrentUser user = CurrentUsers.get();
    List<RiskAssessment> all = assessments.all(user, org);
    model.addAttribute("organization", organizations.get(user, org));
    model.addAttribute("assessments", all);
    model.addAttribute("matrices", assessments.matrices());
    model.addAttribute("mayManage", user.may(Permission.MANAGE_RISK, organizations.scopeOf(org)));
    model.addAttribute("nextYear", FiscalYear.containing(LocalDate.now(clock.withZone(ThaiDates.BANGKOK))));
    return "risk/years";
  }

  /**
   * Two years side by side: each risk's level last year and this year through its lineage, new and
   * dropped risks, and both heat maps. Without years: the latest against the one before it.
   */
  @GetMapping("/organizations/{org}/risk/compare")
  String compare(@PathVariable OrganizationId org, @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
      Model model, RedirectAttributes redirect) {
    CurrentUser user = CurrentUsers.get();
    List<RiskAssessment> all = assessments.all(user, org);
    model.addAttribute("organization", organizations.get(user, org));
    model.addAttribute("assessments", all);
    if (all.size() < 2 && (from == null || to == null)) {
      redirect.addFlashAttribute("flashError", messages.get("risk.compare.one-year"));
      return "redirect:/organizations/" + org + "/risk";
    }
    try {
      YearComparison c = assessments.compare(user, org, FiscalYear.of(from != null ? from : all.get(1).year().value()),
          FiscalYear.of(to != null ? to : all.get(0).year().value()));
      model.addAttribute("c", c);
      model.addAttribute("fromHeat", c.from().heatMap(c.fromMatrix()));
      model.addAttribute("toHeat", c.to().heatMap(c.toMatrix()));
      return "risk/compare";
    } catch (RuleViolation e) {
      redirect.addFlashAttribute("flashError", messages.of(e));
      return "redirect:/organizations/" + org + "/risk";
    }
  }

  @PostMapping("/organizations/{org}/risk")
  String start(@PathVariable OrganizationId org, @RequestParam int year, @RequestParam(required = false) String matrix,
      @RequestParam(defaultValue = "EMPTY") RiskAssessments.Start from, RedirectAttributes redirect) {
    try {
      FiscalYear y = FiscalYear.of(year);
      assessments.start(CurrentUsers.get(), org, y, matrix, from);
      return "redirect:/organizations/" + org + "/risk/" + y;
    } catch (RuleViolation e) {
      redirect.addFlashAttribute("flashError", messages.of(e));
      return "redirect:/organizations/" + org + "/risk";
    }
  }

  @GetMapping(YEAR)
  String assessment(@PathVariable OrganizationId org, @PathVariable int year, @RequestParam(defaultValue = "HALF_YEAR") RoundKind round,
      Model model) {
    CurrentUser user = CurrentUsers.get();
    RiskAssessments.View view = assessments.view(user, org, FiscalYear.of(year));
    model.addAttribute("v", view);
    model.addAttribute("a", view.assessment());
    model.addAttribute("m", view.matrix());
    model.addAttribute("heat", view.assessment().heatMap(view.matrix()));
    model.addAttribute("round", round);
    model.addAttribute("summary", ManagementSummary.of(view.assessment(), assessments.surveillance(view, round)));
    model.addAttribute("untreated", view.assessment().untreated(view.matrix()));
    model.addAttribute("newRisk", RiskForm.empty(view.assessment().revision()));
    model.addAttribute("base", base(org, year));
    return "risk/assessment";
  }

  @PostMapping(YEAR + "/risks")
  String addRisk(@PathVariable OrganizationId org, @PathVariable int year, @ModelAttribute RiskForm form, Model model,
      RedirectAttributes redirect) {
    CurrentUser user = CurrentUsers.get();
    try {
      Risk risk = form.identification();
      RiskAssessment a = assessments.addRisk(user, org, FiscalYear.of(year), form.revision(), risk);
      if (form.likelihood() != null || form.control() != null) {
        assessments.updateRisk(user, org, FiscalYear.of(year), a.revision(), risk.id(), risk, form.likelihood(), form.impact(), form.control());
      }
      redirect.addFlashAttribute("flash", messages.get("risk.flash.added"));
      return "redirect:" + base(org, year) + "/risks/" + risk.id();
    } catch (RuleViolation e) {
      assessment(org, year, RoundKind.HALF_YEAR, model);
      model.addAttribute("newRisk", form);
      model.addAttribute("error", messages.of(e));
      model.addAttribute("errorField", e.field());
      return "risk/assessment";
    }
  }

  @GetMapping(YEAR + "/risks/{risk}")
  String risk(@PathVariable OrganizationId org, @PathVariable int year, @PathVariable UUID risk, Model model) {
    RiskAssessments.View view = assessments.view(CurrentUsers.get(), org, FiscalYear.of(year));
    return riskPage(view, view.assessment().risk(risk), RiskForm.of(view.assessment().risk(risk), view.assessment().revision()), model);
  }

  @PostMapping(YEAR + "/risks/{risk}")
  String updateRisk(@PathVariable OrganizationId org, @PathVariable int year, @PathVariable UUID risk, @ModelAttribute RiskForm form,
      Model model, RedirectAttributes redirect) {
    CurrentUser user = CurrentUsers.get();
    try {
      assessments.updateRisk(user, org, FiscalYear.of(year), form.revision(), risk, form.identification(), form.likelihood(), form.impact(),
          form.control());
      redirect.addFlashAttribute("flash", messages.get("risk.flash.saved"));
      return "redirect:" + base(org, year) + "/risks/" + risk;
    } catch (RuleViolation e) {
      RiskAssessments.View view = assessments.view(user, org, FiscalYear.of(year));
      model.addAttribute("error", messages.of(e));
      model.addAttribute("errorField", e.field());
      return riskPage(view, view.assessment().risk(risk), form, model);
    }
  }

  @PostMapping(YEAR + "/risks/{risk}/delete")
  String removeRisk(@PathVariable OrganizationId org, @PathVariable int year, @PathVariable UUID risk, @RequestParam long revision,
      RedirectAttributes redirect) {
    return act(redirect, base(org, year), "risk.flash.removed",
        () -> assessments.removeRisk(CurrentUsers.get(), org, FiscalYear.of(year), revision, risk));
  }

  /** Step 5: a plan item picked from the plan covering the year, or a measure of the risk's own. */
  @PostMapping(YEAR + "/risks/{risk}/measures")
  @Requires(Permission.MANAGE_RISK)
  String addMeasure(@PathVariable OrganizationId org, @PathVariable int year, @PathVariable UUID risk, @RequestParam long revision,
      @RequestParam(required = false) UUID planItem, @RequestParam(required = false) String text, @RequestParam(required = false) UUID ownerUnit,
      @RequestParam(required = false) String startsOn, @RequestParam(required = false) String endsOn, RedirectAttributes redirect) {
    Map<String, Object> typed = new HashMap<>();
    typed.put("measureText", text);
    typed.put("measureUnit", ownerUnit);
    typed.put("measureStarts", startsOn);
    typed.put("measureEnds", endsOn);
    return act(redirect, base(org, year) + "/risks/" + risk, "risk.flash.measure-added", () -> {
      Measure m = planItem != null ? Measure.linked(new PlanItemId(planItem))
          : Measure.own(text, ownerUnit == null ? null : new UnitId(ownerUnit), ThaiDates.field("startsOn", startsOn),
              ThaiDates.field("endsOn", endsOn));
      assessments.addMeasure(CurrentUsers.get(), org, FiscalYear.of(year), revision, risk, m);
    }, typed);
  }

  @PostMapping(YEAR + "/risks/{risk}/measures/{measure}/delete")
  String removeMeasure(@PathVariable OrganizationId org, @PathVariable int year, @PathVariable UUID risk, @PathVariable UUID measure,
      @RequestParam long revision, RedirectAttributes redirect) {
    return act(redirect, base(org, year) + "/risks/" + risk, "risk.flash.measure-removed",
        () -> assessments.removeMeasure(CurrentUsers.get(), org, FiscalYear.of(year), revision, risk, measure));
  }

  /** Step 9: the status report of one risk. */
  @PostMapping(YEAR + "/risks/{risk}/status")
  String status(@PathVariable OrganizationId org, @PathVariable int year, @PathVariable UUID risk, @RequestParam TreatmentStatus treatment,
      @RequestParam(required = false) String results, @RequestParam(required = false) String comment, RedirectAttributes redirect) {
    Map<String, Object> typed = new HashMap<>();
    typed.put("typedStatus", treatment);
    typed.put("statusResults", results);
    typed.put("statusComment", comment);
    return act(redirect, base(org, year) + "/risks/" + risk, "risk.flash.saved",
        () -> assessments.reportStatus(CurrentUsers.get(), org, FiscalYear.of(year), risk, treatment, results, comment), typed);
  }

  @PostMapping(YEAR + "/matrix")
  String matrix(@PathVariable OrganizationId org, @PathVariable int year, @RequestParam long revision, @RequestParam String matrix,
      RedirectAttributes redirect) {
    return act(redirect, base(org, year), "risk.flash.matrix",
        () -> assessments.changeMatrix(CurrentUsers.get(), org, FiscalYear.of(year), revision, matrix));
  }

  @PostMapping(YEAR + "/approve")
  String approve(@PathVariable OrganizationId org, @PathVariable int year, @RequestParam long revision, RedirectAttributes redirect) {
    return act(redirect, base(org, year), "risk.flash.approved",
        () -> assessments.approve(CurrentUsers.get(), org, FiscalYear.of(year), revision));
  }

  @PostMapping(YEAR + "/acknowledge")
  String acknowledge(@PathVariable OrganizationId org, @PathVariable int year, @RequestParam(required = false) String note,
      RedirectAttributes redirect) {
    return act(redirect, base(org, year), "risk.flash.acknowledged",
        () -> assessments.acknowledge(CurrentUsers.get(), org, FiscalYear.of(year), note));
  }

  /** Step 6: the risks of a round that the user may report on, each with its latest report. */
  @GetMapping(YEAR + "/surveillance/{round}")
  String surveillance(@PathVariable OrganizationId org, @PathVariable int year, @PathVariable RoundKind round, Model model) {
    CurrentUser user = CurrentUsers.get();
    RiskAssessments.View view = assessments.view(user, org, FiscalYear.of(year));
    model.addAttribute("v", view);
    model.addAttribute("a", view.assessment());
    model.addAttribute("round", round);
    model.addAttribute("summary", ManagementSummary.of(view.assessment(), assessments.surveillance(view, round)));
    // reports are made only on an approved assessment, in an open round
    var roundStatus = assessments.roundStatus(user, org, FiscalYear.of(year), round);
    boolean open = !view.assessment().draft() && roundStatus.filter(x -> !x.state().closed()).isPresent();
    model.addAttribute("roundStatus", roundStatus.orElse(null));
    model.addAttribute("mine", open ? view.assessment().risks().stream()
        .filter(r -> RiskAssessments.mayReport(user, r, view.organization().scope())).map(Risk::id).toList() : List.of());
    model.addAttribute("reviewer", open && view.rights().manage());
    model.addAttribute("base", base(org, year));
    return "risk/surveillance";
  }

  @PostMapping(YEAR + "/surveillance/{round}")
  String report(@PathVariable OrganizationId org, @PathVariable int year, @PathVariable RoundKind round, @RequestParam UUID risk,
      @RequestParam(required = false) SurveillanceStatus status, @RequestParam(required = false) String happened, RedirectAttributes redirect) {
    redirect.addFlashAttribute("typed", happened);
    redirect.addFlashAttribute("typedRisk", risk);
    return act(redirect, base(org, year) + "/surveillance/" + round, "risk.flash.reported",
        () -> assessments.reportSurveillance(CurrentUsers.get(), org, FiscalYear.of(year), risk, round, status, happened));
  }

  /** The drafter accepts a surveillance report or returns it with what to change; a refused return keeps the comment typed. */
  @PostMapping(YEAR + "/surveillance/{round}/review")
  String review(@PathVariable OrganizationId org, @PathVariable int year, @PathVariable RoundKind round, @RequestParam UUID risk,
      @RequestParam String decision, @RequestParam(required = false) String comment, RedirectAttributes redirect) {
    redirect.addFlashAttribute("typedComment", comment);
    redirect.addFlashAttribute("typedRisk", risk);
    return act(redirect, base(org, year) + "/surveillance/" + round, "risk.flash.reviewed",
        () -> assessments.reviewSurveillance(CurrentUsers.get(), org, FiscalYear.of(year), risk, round, "accept".equals(decision), comment));
  }

  @GetMapping(YEAR + "/report.{format}")
  @ResponseBody
  ResponseEntity<byte[]> download(@PathVariable OrganizationId org, @PathVariable int year, @PathVariable String format,
      @RequestParam(defaultValue = "HALF_YEAR") RoundKind round, @RequestParam(defaultValue = "false") boolean thaiDigits) {
    CurrentUser user = CurrentUsers.get();
    RiskAssessments.View view = assessments.view(user, org, FiscalYear.of(year));
    byte[] body = report.render(view, assessments.surveillance(view, round), round, thaiDigits, format);
    return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("risk-assessment-" + year + "." + format, java.nio.charset.StandardCharsets.UTF_8).build().toString())
        .contentType(MediaType.parseMediaType(RiskReport.mediaType(format))).body(body);
  }

  /** The yearly risk-management report: both rounds, step 9 and the executive's approval and acknowledgement. */
  @GetMapping(YEAR + "/yearly-report.{format}")
  @ResponseBody
  ResponseEntity<byte[]> yearly(@PathVariable OrganizationId org, @PathVariable int year, @PathVariable String format,
      @RequestParam(defaultValue = "false") boolean thaiDigits) {
    CurrentUser user = CurrentUsers.get();
    RiskAssessments.View view = assessments.view(user, org, FiscalYear.of(year));
    byte[] body = report.renderYearly(view, assessments.rounds(view), thaiDigits, format);
    return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("risk-management-" + year + "." + format, java.nio.charset.StandardCharsets.UTF_8).build().toString())
        .contentType(MediaType.parseMediaType(RiskReport.mediaType(format))).body(body);
  }

  /** The matrices' level colours as classes: the pages' strict CSP allows no inline styles. */
  @GetMapping(value = "/risk/matrices.css", produces = "text/css")
  @ResponseBody
  ResponseEntity<String> colours() {
    StringBuilder css = new StringBuilder();
    for (RiskMatrix m : assessments.matrices().choices()) {
      for (RiskMatrix.Level l : m.levels()) css.append('.').append(LevelClass.of(m, l.id())).append("{background:").append(l.colour()).append("}\n");
    }
    return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "max-age=3600").body(css.toString());
  }

  private String riskPage(RiskAssessments.View view, Risk risk, RiskForm form, Model model) {
    model.addAttribute("v", view);
    model.addAttribute("a", view.assessment());
    model.addAttribute("m", view.matrix());
    model.addAttribute("risk", risk);
    model.addAttribute("form", form);
    model.addAttribute("base", base(view.organization().id(), view.assessment().year().value()));
    model.addAttribute("linkable", view.planItems().values().stream()
        .filter(i -> risk.measures().stream().noneMatch(x -> i.id().equals(x.planItem()))).toList());
    return "risk/risk";
  }

  private String act(RedirectAttributes redirect, String to, String flashKey, Runnable action) {
    return act(redirect, to, flashKey, action, Map.of());
  }

  /** {@code typed}: what the form sent, given back to it when a rule refuses the change so that nothing typed is lost. */
  private String act(RedirectAttributes redirect, String to, String flashKey, Runnable action, Map<String, Object> typed) {
    try {
      action.run();
      redirect.addFlashAttribute("flash", messages.get(flashKey));
    } catch (RuleViolation e) {
      redirect.addFlashAttribute("flashError", messages.of(e));
      typed.forEach((k, v) -> {
        if (v != null) redirect.addFlashAttribute(k, v);
      });
      // the field refused, so that the form marks it and repeats the message beside it
      if (!typed.isEmpty() && e.field() != null) redirect.addFlashAttribute("typedField", e.field());
    }
    return "redirect:" + to;
  }

  private static String base(OrganizationId org, int year) {
    return "/organizations/" + org + "/risk/" + year;
  }
}
