package org.sujarit.publication.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.sujarit.access.CurrentUsers;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.NotFoundException;
import org.sujarit.common.ThaiDates;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.Organizations;
import org.sujarit.publication.OitList;
import org.sujarit.publication.site.ItaEvidence;

/**
 * For the organization's plan officer (any signed-in reader of the organization): each OIT item of a
 * year with the exact public link to give ITAS, whether its evidence is ready, and where a gap is
 * fixed. Public links are absolute: {@code sujarit.public-url} when set (the address citizens use),
 * else the address of this request.
 */
@Controller
class ItaOfficerController {
  private final Organizations organizations;
  private final ItaEvidence ita;
  private final PublicBase base;

  ItaOfficerController(Organizations organizations, ItaEvidence ita, PublicBase base) {
    this.organizations = organizations;
    this.ita = ita;
    this.base = base;
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
    model.addAttribute("items", items);
    model.addAttribute("years", ita.years());
    model.addAttribute("base", base);
    model.addAttribute("allLinks", String.join("\n", items.stream().map(s -> s.item().code() + " " + base + s.itemPath()).toList()));
    return "publication/officer";
  }
}
