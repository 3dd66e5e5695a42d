package org.sujarit.publication.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.HtmlUtils;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Permission;
import org.sujarit.access.Requires;
import org.sujarit.common.RuleViolation;
import org.sujarit.access.CurrentUsers;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.NotFoundException;
import org.sujarit.common.ThaiDates;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.Organizations;
import org.sujarit.publication.embed.OrganizationSites;
import org.sujarit.publication.embed.SiteOrigin;
import org.sujarit.publication.site.ItaEvidence;
import org.sujarit.publication.site.OitList;
import org.sujarit.web.Messages;

/**
 * For the organization's plan officer (any signed-in reader of the organization): each OIT item of a
 * year with the exact public link to give ITAS, whether its evidence is ready, and where a gap is
 * fixed. Public links are absolute: {@code sujarit.public-url} when set (the address citizens use),
 * else the address of this request. Whoever publishes the plan sets the organization's own website,
 * the one site allowed to frame the embeddable pages, and gets the frame code and an HTML list of links
 * for its web administrator.
 */
@Controller
class ItaOfficerController {
  private final Organizations organizations;
  private final ItaEvidence ita;
  private final PublicBase base;
  private final OrganizationSites sites;
  private final Messages messages;

  ItaOfficerController(Organizations organizations, ItaEvidence ita, PublicBase base, OrganizationSites sites, Messages messages) {
    this.organizations = organizations;
    this.ita = ita;
    this.base = base;
    this.sites = sites;
    this.messages = messages;
  }

  @GetMapping("/organizations/{id}/ita")
  String current(@PathVariable OrganizationId id) {
    Organization org = organizations.get(CurrentUsers.get(), id);
    return "redirect:/organizations/" + org.id() + "/ita/" + FiscalYear.containing(LocalDate.now(ThaiDates.BANGKOK)).value();
  }

  @GetMapping("/organizations/{id}/ita/{year:\\d{4}}")
  String year(@PathVariable OrganizationId id, @PathVariable int year, Model model) {
    Organization org = organizations.get(CurrentUsers.get(), id);
    if (year < FiscalYear.MIN || year > FiscalYear.MAX) throw new NotFoundException("public.not-found");
    FiscalYear fy = FiscalYear.of(year);
    OitList list = ita.list(fy).orElse(null);
    model.addAttribute("organization", org);
    model.addAttribute("year", fy);
    model.addAttribute("list", list);
    List<ItaEvidence.ItemStatus> items = list == null ? List.of() : ita.statuses(org, list);
    String base = this.base.get();
    CurrentUser user = CurrentUsers.get();
    model.addAttribute("items", items);
    model.addAttribute("years", ita.years());
    model.addAttribute("base", base);
    model.addAttribute("allLinks", String.join("\n", items.stream().map(s -> s.item().code() + " " + base + s.itemPath()).toList()));
    model.addAttribute("htmlLinks", htmlLinks(base, items));
    model.addAttribute("site", sites.of(org).map(SiteOrigin::value).orElse(null));
    model.addAttribute("maySetSite", user.may(Permission.PUBLISH_PLAN, org.scope()));
    if (!model.containsAttribute("siteTyped")) model.addAttribute("siteTyped", model.getAttribute("site"));
    return "publication/officer";
  }

  @PostMapping("/organizations/{id}/ita/{year:\\d{4}}/site")
  @Requires(Permission.PUBLISH_PLAN)
  String site(@PathVariable OrganizationId id, @PathVariable int year, @RequestParam(defaultValue = "") String site,
      RedirectAttributes redirect) {
    CurrentUser user = CurrentUsers.get();
    Organization org = organizations.get(user, id);
    try {
      redirect.addFlashAttribute("flash", sites.set(user, org, site)
          .map(s -> messages.get("ita.officer.site.saved", s.value())).orElse(messages.get("ita.officer.site.removed")));
    } catch (RuleViolation e) {
      redirect.addFlashAttribute("flashError", messages.of(e));
      redirect.addFlashAttribute("siteTyped", site);
    }
    return "redirect:/organizations/" + org.id() + "/ita/" + year + "#site";
  }

  /** A list a web administrator pastes into the organization's own page as it is. */
  private static String htmlLinks(String base, List<ItaEvidence.ItemStatus> items) {
    StringBuilder html = new StringBuilder("<ul>\n");
    for (ItaEvidence.ItemStatus s : items) {
      html.append("  <li><a href=\"").append(HtmlUtils.htmlEscape(base + s.itemPath())).append("\">")
          .append(HtmlUtils.htmlEscape(s.item().code() + " " + s.item().title())).append("</a></li>\n");
    }
    return html.append("</ul>").toString();
  }
}
