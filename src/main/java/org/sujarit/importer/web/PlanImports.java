package org.sujarit.importer.web;

import java.io.InputStream;
import org.springframework.stereotype.Service;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Permission;
import org.sujarit.framework.Framework;
import org.sujarit.framework.FrameworkCatalog;
import org.sujarit.importer.pipeline.ImportResult;
import org.sujarit.importer.pipeline.PlanImporter;
import org.sujarit.interchange.PlanInterchange;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.Organizations;
import org.sujarit.plan.Plan;
import org.sujarit.plan.Plans;

/**
 * Importing into an organization: every step checks that the user may create plans in it, so that
 * an upload, a review and the draft made from it are refused alike once the user's rights are gone.
 */
@Service
public class PlanImports {
  private final PlanImporter importer;
  private final Plans plans;
  private final Organizations organizations;
  private final FrameworkCatalog frameworks;

  PlanImports(PlanImporter importer, Plans plans, Organizations organizations, FrameworkCatalog frameworks) {
    this.importer = importer;
    this.plans = plans;
    this.organizations = organizations;
    this.frameworks = frameworks;
  }

  /** The organization, if the user may create plans in it. */
  public Organization target(CurrentUser user, OrganizationId id) {
    Organization org = organizations.get(user, id);
    user.require(Permission.EDIT_PLAN, org.scope());
    return org;
  }

  /** Reads an uploaded file for the organization; nothing is stored. */
  public ImportResult read(CurrentUser user, OrganizationId id, String fileName, InputStream in) {
    target(user, id);
    return importer.read(fileName == null ? "" : fileName, in);
  }

  /** The framework the plan names, else the one covering its first year; null when neither is known. */
  public Framework frameworkOf(PlanInterchange plan) {
    if (plan.framework() != null) {
      var f = frameworks.find(plan.framework());
      if (f.isPresent()) return f.get();
    }
    return plan.period() == null ? null : frameworks.covering(plan.period().startYear()).orElse(null);
  }

  /** Totals and findings of the draft the plan would make. */
  public Plans.DraftPreview preview(CurrentUser user, OrganizationId id, PlanInterchange plan, Framework framework) {
    return plans.preview(user, id, plan, framework);
  }

  public Plan create(CurrentUser user, OrganizationId id, PlanInterchange plan) {
    return plans.createFrom(user, id, plan);
  }
}
