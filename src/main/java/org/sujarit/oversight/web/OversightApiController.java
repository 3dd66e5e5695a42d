package org.sujarit.oversight.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.sujarit.access.CurrentUsers;
import org.sujarit.oversight.figures.OrganizationRow;
import org.sujarit.oversight.figures.Summary;
import org.sujarit.oversight.readmodel.Oversight;

@RestController
@RequestMapping("/api/oversight")
@Tag(name = "Oversight", description = "ภาพรวมระดับจังหวัดและประเทศ (OVERSIGHT, SYSTEM_ADMIN)")
class OversightApiController {
  private final Oversight oversight;

  OversightApiController(Oversight oversight) {
    this.oversight = oversight;
  }

  @GetMapping("/summary")
  @Operation(summary = "The figure set of the country (with one per province) or of one province, for a cycle and fiscal year;"
      + " a province officer gets their own province")
  Summary summary(@RequestParam(defaultValue = OversightPagesController.DEFAULT_CYCLE) String cycle,
      @RequestParam(required = false) Integer fiscalYear, @RequestParam(required = false) String province) {
    return oversight.summary(CurrentUsers.get(), cycle, OversightPagesController.year(fiscalYear), province);
  }

  @GetMapping("/organizations/{id}")
  @Operation(summary = "One organization's oversight row for a cycle and fiscal year")
  OrganizationRow organization(@PathVariable UUID id, @RequestParam(defaultValue = OversightPagesController.DEFAULT_CYCLE) String cycle,
      @RequestParam(required = false) Integer fiscalYear) {
    return oversight.organization(CurrentUsers.get(), cycle, OversightPagesController.year(fiscalYear), id);
  }
}
