package org.sujarit.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.sujarit.common.FiscalYear;
import org.sujarit.plan.Introduction;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanId;
import org.sujarit.plan.Plans;
import org.sujarit.web.Messages;

/** Part 1 (risks, rationale, objectives, goals, benefits): one form, saved as a whole. */
@Controller
@RequestMapping("/plans/{id}/versions/{version}/part1")
class IntroductionEditorController {
  private final AuthoringPages pages;
  private final Plans plans;
  private final Messages messages;

  IntroductionEditorController(AuthoringPages pages, Plans plans, Messages messages) {
    this.pages = pages;
    this.plans = plans;
    this.messages = messages;
  }

  @GetMapping
  String page(@PathVariable PlanId id, @PathVariable int version, Model model) {
    AuthoringPages.Page page = pages.load(id, version);
    pages.expose(model, page);
    model.addAttribute("form", IntroductionForm.of(page.plan().introduction()));
    return "plan/editor/part1";
  }

  /** Read-only Part 1 of the stored version, beside one's own text after a conflict. */
  @GetMapping("/view")
  String view(@PathVariable PlanId id, @PathVariable int version, Model model) {
    pages.expose(model, pages.load(id, version));
    return "plan/editor/views :: part1";
  }

  /** Adds, moves or removes an entry of a list field without saving. */
  @PostMapping("/form")
  String listOp(@PathVariable PlanId id, @PathVariable int version, @ModelAttribute("form") IntroductionForm form,
      @RequestParam String op, Model model) {
    pages.expose(model, pages.editable(id, version));
    ListOp o = ListOp.parse(op);
    form.apply(o);
    model.addAttribute("focus", o.focusId(form.size(o.list())));
    return "plan/editor/part1 :: introForm(oob=false)";
  }

  /** The fiscal year whose risk assessment Part 1 shows. */
  @PostMapping("/risk-year")
  String riskYear(@PathVariable PlanId id, @PathVariable int version, @RequestParam long revision, @RequestParam int year) {
    AuthoringPages.Page page = pages.editable(id, version);
    plans.chooseRiskYear(page.user(), id, version, revision, FiscalYear.of(year));
    return "redirect:" + AuthoringPages.base(page.plan()) + "/part1#risks";
  }

  @PutMapping
  String save(@PathVariable PlanId id, @PathVariable int version, @RequestParam long revision,
      @ModelAttribute("form") IntroductionForm form, Model model, HttpServletResponse response) {
    AuthoringPages.Page page = pages.editable(id, version);
    FieldErrors errors = new FieldErrors(messages);
    // while the risk assessment is Part 1's source the form has no risk rows: the typed ones stay as they are
    boolean assessed = plans.part1Risks(page.plan()).fromAssessment();
    Plan saved = errors.attempt(e -> {
          Introduction intro = form.toIntroduction(e);
          return intro == null || !assessed ? intro : intro.withRisks(page.plan().introduction().risks());
        },
        // the form edits Part 1; the imported foreword, date and signer stay as they were
        intro -> plans.setIntroduction(page.user(), id, version, revision, page.plan().introduction().withPartOne(intro)), form::formField);
    pages.expose(model, saved == null ? page : page.with(saved));
    pages.saveOutcome(model, response, saved, errors);
    if (saved != null) model.addAttribute("form", IntroductionForm.of(saved.introduction()));
    return "plan/editor/part1 :: saved";
  }
}
