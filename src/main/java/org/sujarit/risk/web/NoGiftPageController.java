package org.sujarit.risk.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.RuleViolation;
import org.sujarit.common.ThaiDates;
import org.sujarit.document.layout.OfficialDocument;
import org.sujarit.organization.OrganizationId;
import org.sujarit.plan.PlanItemId;
import org.sujarit.risk.nogift.GiftDecision;
import org.sujarit.risk.nogift.GiftDirection;
import org.sujarit.risk.nogift.NoGift;
import org.sujarit.risk.nogift.NoGiftDocuments;
import org.sujarit.risk.nogift.NoGiftPolicy;
import org.sujarit.risk.report.RiskReport;
import org.sujarit.web.Messages;

/** The No Gift pages: the year's policy and activities, the gift register with its form, the announcement and the report. */
@Controller
class NoGiftPageController {
  private static final String YEAR = "/organizations/{org}/no-gift/{year}";
  private static final String LIMIT = org.sujarit.risk.nogift.GiftLimit.LIMIT.format();

  private final NoGift noGift;
  private final NoGiftDocuments documents;
  private final Messages messages;
  private final Clock clock;

  NoGiftPageController(NoGift noGift, NoGiftDocuments documents, Messages messages, Clock clock) {
    this.noGift = noGift;
    this.documents = documents;
    this.messages = messages;
    this.clock = clock;
  }

  /** A gift as the form sends it; the value stays text so that what was typed comes back with the message. */
  record GiftForm(GiftDirection direction, String person, String counterparty, String description, String occasion, String value,
      String on, GiftDecision decision, String note) {}

  /** The policy form: the saved policy, or what was typed when a rule refused it. */
  record PolicyForm(String announcedOn, List<PlanItemId> activities, String activityNote) {
    static PolicyForm of(NoGiftPolicy p) {
      return new PolicyForm(p.announcedOn() == null ? null : ThaiDates.input(p.announcedOn()), p.activities(), p.activityNote());
    }
  }

  @GetMapping("/organizations/{org}/no-gift")
  String current(@PathVariable OrganizationId org) {
    return "redirect:/organizations/" + org + "/no-gift/" + FiscalYear.containing(LocalDate.now(clock.withZone(ThaiDates.BANGKOK)));
  }

  @GetMapping(YEAR)
  String year(@PathVariable OrganizationId org, @PathVariable int year, Model model) {
    return page(noGift.year(CurrentUsers.get(), org, FiscalYear.of(year)), null, model);
  }

  @PostMapping(YEAR + "/gifts")
  @Requires(Permission.RECORD_GIFT)
  String record(@PathVariable OrganizationId org, @PathVariable int year, @ModelAttribute GiftForm form, Model model,
      RedirectAttributes redirect) {
    CurrentUser user = CurrentUsers.get();
    try {
      Baht value = form.value() == null || form.value().isBlank() ? null : Baht.parse(form.value());
      NoGift.Recorded r = noGift.record(user, org, form.direction(), form.person(), form.counterparty(), form.description(), form.occasion(),
          value, ThaiDates.field("on", form.on()), form.decision(), form.note());
      if (r.overLimit()) redirect.addFlashAttribute("flashError", messages.get("gift.flash.over-limit", LIMIT));
      redirect.addFlashAttribute("flash", messages.get("gift.flash.recorded"));
      return "redirect:/organizations/" + org + "/no-gift/" + r.gift().year();
    } catch (RuleViolation e) {
      model.addAttribute("error", messages.of(e));
      model.addAttribute("errorField", e.field());
      return page(noGift.year(user, org, FiscalYear.of(year)), form, model);
    }
  }

  @PostMapping(YEAR + "/policy")
  @Requires(Permission.MANAGE_NO_GIFT)
  String policy(@PathVariable OrganizationId org, @PathVariable int year, @RequestParam(required = false) String announcedOn,
      @RequestParam(required = false) List<UUID> activities, @RequestParam(required = false) String activityNote, Model model,
      RedirectAttributes redirect) {
    CurrentUser user = CurrentUsers.get();
    PolicyForm typed = new PolicyForm(announcedOn, activities == null ? List.of() : activities.stream().map(PlanItemId::new).toList(), activityNote);
    try {
      noGift.savePolicy(user, org, FiscalYear.of(year), ThaiDates.field("announcedOn", announcedOn), typed.activities(), activityNote);
      redirect.addFlashAttribute("flash", messages.get("nogift.flash.saved"));
      return "redirect:/organizations/" + org + "/no-gift/" + year;
    } catch (RuleViolation e) {
      model.addAttribute("error", messages.of(e));
      model.addAttribute("errorField", e.field());
      model.addAttribute("policy", typed);
      return page(noGift.year(user, org, FiscalYear.of(year)), null, model);
    }
  }

  @PostMapping(YEAR + "/announcement/sign")
  @Requires(Permission.SIGN_NO_GIFT)
  String sign(@PathVariable OrganizationId org, @PathVariable int year, RedirectAttributes redirect) {
    return act(org, year, "nogift.flash.signed", redirect, () -> noGift.sign(CurrentUsers.get(), org, FiscalYear.of(year)));
  }

  @PostMapping(YEAR + "/announcement/redraft")
  @Requires(Permission.MANAGE_NO_GIFT)
  String redraft(@PathVariable OrganizationId org, @PathVariable int year, RedirectAttributes redirect) {
    return act(org, year, "nogift.flash.redrafted", redirect, () -> noGift.redraft(CurrentUsers.get(), org, FiscalYear.of(year)));
  }

  private String act(OrganizationId org, int year, String done, RedirectAttributes redirect, Runnable action) {
    try {
      action.run();
      redirect.addFlashAttribute("flash", messages.get(done));
    } catch (RuleViolation e) {
      redirect.addFlashAttribute("flashError", messages.of(e));
    }
    return "redirect:/organizations/" + org + "/no-gift/" + year;
  }

  @GetMapping(YEAR + "/{document}.{format}")
  @ResponseBody
  ResponseEntity<byte[]> document(@PathVariable OrganizationId org, @PathVariable int year, @PathVariable String document,
      @PathVariable String format, @RequestParam(defaultValue = "false") boolean thaiDigits) {
    NoGift.Year y = noGift.forReport(CurrentUsers.get(), org, FiscalYear.of(year));
    String type = RiskReport.mediaType(format);
    OfficialDocument doc = switch (document) {
      case "announcement" -> documents.announcement(y, thaiDigits);
      case "report" -> documents.report(y, thaiDigits, true);
      default -> throw new org.sujarit.common.NotFoundException("error.not-found");
    };
    return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("no-gift-" + document + "-" + year + "." + format, java.nio.charset.StandardCharsets.UTF_8)
                .build().toString())
        .contentType(MediaType.parseMediaType(type)).body(RiskReport.format(format).render(doc));
  }

  private String page(NoGift.Year y, GiftForm form, Model model) {
    model.addAttribute("y", y);
    if (!model.containsAttribute("policy")) model.addAttribute("policy", PolicyForm.of(y.policy()));
    model.addAttribute("base", "/organizations/" + y.organization().id() + "/no-gift/" + y.year());
    model.addAttribute("form", form != null ? form : new GiftForm(GiftDirection.RECEIVED, CurrentUsers.get().displayName(), null, null, null, null,
        ThaiDates.input(LocalDate.now(clock.withZone(ThaiDates.BANGKOK))), GiftDecision.KEPT_UNDER_RULES, null));
    model.addAttribute("limit", LIMIT);
    return "risk/nogift";
  }
}
