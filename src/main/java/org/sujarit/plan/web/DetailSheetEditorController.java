package org.sujarit.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanId;
import org.sujarit.plan.PlanItem;
import org.sujarit.plan.PlanItemId;
import org.sujarit.plan.Plans;
import org.sujarit.web.Messages;

/** Part 3: the detail sheet of one item, its list fields edited in place and saved as a whole. */
@Controller
@RequestMapping("/plans/{id}/versions/{version}/part3")
class DetailSheetEditorController {
  private final AuthoringPages pages;
  private final Plans plans;
  private final Messages messages;

  DetailSheetEditorController(AuthoringPages pages, Plans plans, Messages messages) {
    this.pages = pages;
    this.plans = plans;
    this.messages = messages;
  }

  /** The first item's sheet, or a page saying there are no items yet. */
  @GetMapping
  String first(@PathVariable PlanId id, @PathVariable int version, Model model) {
    AuthoringPages.Page page = pages.load(id, version);
    List<PlanItem> items = page.plan().items();
    if (!items.isEmpty()) return "redirect:/plans/" + id + "/versions/" + version + "/part3/" + items.get(0).id();
    pages.expose(model, page);
    return "plan/editor/sheet";
  }

  @GetMapping("/{item}")
  String page(@PathVariable PlanId id, @PathVariable int version, @PathVariable PlanItemId item, Model model) {
    AuthoringPages.Page page = pages.load(id, version);
    pages.expose(model, page);
    expose(model, page.plan(), item, DetailSheetForm.of(page.plan().item(item).details()));
    return "plan/editor/sheet";
  }

  /** Read-only sheet of the stored version, beside one's own text after a conflict. */
  @GetMapping("/{item}/view")
  String view(@PathVariable PlanId id, @PathVariable int version, @PathVariable PlanItemId item, Model model) {
    AuthoringPages.Page page = pages.load(id, version);
    pages.expose(model, page);
    model.addAttribute("item", page.plan().item(item));
    return "plan/editor/views :: sheet";
  }

  @PostMapping("/{item}/form")
  String listOp(@PathVariable PlanId id, @PathVariable int version, @PathVariable PlanItemId item,
      @ModelAttribute("form") DetailSheetForm form, @RequestParam String op, Model model) {
    AuthoringPages.Page page = pages.editable(id, version);
    pages.expose(model, page);
    ListOp o = ListOp.parse(op);
    form.apply(o);
    expose(model, page.plan(), item, form);
    model.addAttribute("focus", o.focusId(form.size(o.list())));
    return "plan/editor/sheet :: sheetForm(oob=false)";
  }

  @PutMapping("/{item}")
  String save(@PathVariable PlanId id, @PathVariable int version, @PathVariable PlanItemId item, @RequestParam long revision,
      @ModelAttribute("form") DetailSheetForm form, Model model, HttpServletResponse response) {
    AuthoringPages.Page page = pages.editable(id, version);
    FieldErrors errors = new FieldErrors(messages);
    Plan saved = errors.attempt(form::toSheet, sheet -> plans.setDetails(page.user(), id, version, revision, item, sheet),
        form::formField);
    Plan shown = saved == null ? page.plan() : saved;
    pages.expose(model, saved == null ? page : page.with(saved));
    expose(model, shown, item, saved == null ? form : DetailSheetForm.of(saved.item(item).details()));
    pages.saveOutcome(model, response, saved, errors);
    return "plan/editor/sheet :: saved";
  }

  private static void expose(Model model, Plan plan, PlanItemId item, DetailSheetForm form) {
    List<PlanItem> items = plan.items();
    PlanItem current = plan.item(item);
    int at = items.indexOf(current);
    model.addAttribute("item", current);
    model.addAttribute("previous", at > 0 ? items.get(at - 1) : null);
    model.addAttribute("next", at < items.size() - 1 ? items.get(at + 1) : null);
    model.addAttribute("form", form);
  }
}
