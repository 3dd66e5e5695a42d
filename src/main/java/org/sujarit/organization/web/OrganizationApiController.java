package org.sujarit.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.sujarit.access.Permission;
import org.sujarit.access.Requires;
import org.sujarit.access.CurrentUsers;
import org.sujarit.common.RuleViolation;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.OrganizationKind;
import org.sujarit.organization.Organizations;
import org.sujarit.organization.Unit;
import org.sujarit.organization.UnitId;

@RestController
@RequestMapping("/api")
@Tag(name = "Organizations", description = "องค์กรปกครองส่วนท้องถิ่นและหน่วยงานภายใน")
class OrganizationApiController {
  private final Organizations organizations;

  OrganizationApiController(Organizations organizations) {
    this.organizations = organizations;
  }

  record OrganizationRequest(String name, OrganizationKind kind, String province, String district, OrganizationId parentId) {}

  record UnitRequest(String name, Boolean active) {}

  record CodeRequest(String code) {}

  @GetMapping("/organizations")
  @Operation(summary = "Organizations the caller may read")
  List<Organization> list() {
    return organizations.visibleTo(CurrentUsers.get());
  }

  @Requires(Permission.ADMINISTER_SYSTEM)
  @PostMapping("/organizations")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Register an organization (SYSTEM_ADMIN)")
  Organization create(@RequestBody OrganizationRequest r) {
    return organizations.create(CurrentUsers.get(), r.name(), r.kind() == null ? OrganizationKind.OTHER : r.kind(), r.province(),
        r.district(), r.parentId());
  }

  @GetMapping("/organizations/{id}")
  Organization get(@PathVariable OrganizationId id) {
    return organizations.get(CurrentUsers.get(), id);
  }

  @Requires(Permission.MANAGE_ORGANIZATION)
  @PutMapping("/organizations/{id}/code")
  @Operation(summary = "Set the DLA's 7-digit LGO code as the public code (ORG_ADMIN); the old code keeps answering as an alias")
  Organization assignCode(@PathVariable OrganizationId id, @RequestBody CodeRequest r) {
    return organizations.assignDlaCode(CurrentUsers.get(), id, r.code());
  }

  @GetMapping("/organizations/{id}/units")
  List<Unit> units(@PathVariable OrganizationId id) {
    return organizations.units(CurrentUsers.get(), id);
  }

  @Requires(Permission.MANAGE_ORGANIZATION)
  @PostMapping("/organizations/{id}/units")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add a unit (ORG_ADMIN)")
  Unit addUnit(@PathVariable OrganizationId id, @RequestBody UnitRequest r) {
    return organizations.addUnit(CurrentUsers.get(), id, r.name());
  }

  @Requires(Permission.MANAGE_ORGANIZATION)
  @PutMapping("/units/{unitId}")
  @Operation(summary = "Rename or retire a unit (ORG_ADMIN)")
  Unit updateUnit(@PathVariable UnitId unitId, @RequestBody UnitRequest r) {
    organizations.unit(CurrentUsers.get(), unitId).orElseThrow(() -> new RuleViolation("unit.not-found"));
    return organizations.updateUnit(CurrentUsers.get(), unitId, r.name(), r.active() == null || r.active());
  }
}
