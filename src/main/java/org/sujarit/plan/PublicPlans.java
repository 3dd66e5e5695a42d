package org.sujarit.plan;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.common.FiscalYear;
import org.sujarit.framework.Framework;
import org.sujarit.framework.FrameworkCatalog;
import org.sujarit.interchange.PlanInterchange;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.Organizations;
import org.sujarit.organization.lookup.OrganizationLookup;
import org.sujarit.plan.part1.Part1RiskTable;
import org.sujarit.plan.part1.Part1Risks;

/**
 * What anyone, signed in or not, may read of plans: published versions only. No user check is made
 * here because nothing else is ever returned: drafts, submitted, approved-but-unpublished and
 * returned versions stay invisible.
 */
@Service
@Transactional(readOnly = true)
public class PublicPlans {
  private final PlanRepository repository;
  private final OrganizationLookup organizations;
  private final FrameworkCatalog frameworks;
  private final ObjectProvider<Part1Risks> assessments;

  PublicPlans(PlanRepository repository, OrganizationLookup organizations, FrameworkCatalog frameworks, ObjectProvider<Part1Risks> assessments) {
    this.repository = repository;
    this.organizations = organizations;
    this.frameworks = frameworks;
    this.assessments = assessments;
  }

  /** The organization's published versions, newest period first, each plan's versions newest first. */
  public List<PublishedVersion> versions(OrganizationId org) {
    return repository.publishedVersions(org);
  }

  /** {@link #versions} of every organization that publishes, in one statement, by organization. */
  public java.util.Map<OrganizationId, List<PublishedVersion>> versions() {
    return repository.publishedVersions();
  }

  public Set<OrganizationId> publishingOrganizations() {
    return repository.publishingOrganizations();
  }

  /** A version of the organization's plan, when it is published. */
  public Optional<Plan> find(OrganizationId org, PlanId id, int version) {
    return repository.find(id, version).filter(p -> p.organizationId().equals(org) && p.status() == PlanStatus.PUBLISHED);
  }

  /** The plan published last among those covering the year: the one in force for the public (the rule is the repository's). */
  public Optional<Plan> inForce(OrganizationId org, FiscalYear year) {
    return repository.inForceVersion(org, year).flatMap(v -> find(org, v.planId(), v.version()));
  }

  /** {@link #inForce}'s version for every organization at once (without loading the plans), by organization. */
  public java.util.Map<OrganizationId, PublishedVersion> inForceVersions(FiscalYear year) {
    return repository.inForceVersions(year);
  }

  /** {@link #inForce}'s version in each year some published version covers, years in order, in one statement (without loading the plans). */
  public java.util.SortedMap<FiscalYear, PublishedVersion> inForceEveryYear(OrganizationId org) {
    return repository.inForceEveryYear(org).getOrDefault(org, new java.util.TreeMap<>());
  }

  /** {@link #inForceEveryYear(OrganizationId)} of every organization that publishes, in one statement, by organization. */
  public java.util.Map<OrganizationId, java.util.SortedMap<FiscalYear, PublishedVersion>> inForceEveryYear() {
    return repository.inForceEveryYear(null);
  }

  public Framework frameworkOf(Plan plan) {
    return frameworks.get(plan.frameworkCode());
  }

  public PlanTotals totals(Plan plan) {
    return PlanTotals.of(plan, frameworkOf(plan));
  }

  /** Part 1's risk table of a published version: the risk assessment once approved, else the typed rows. */
  public Part1RiskTable part1Risks(Plan plan) {
    return Plans.part1Risks(assessments, plan, true);
  }

  /** A published version in interchange form, for its documents; Part 1 takes the risk assessment only once it is approved. */
  public PlanInterchange interchange(Plan plan) {
    if (plan.status() != PlanStatus.PUBLISHED) throw new PlanNotFoundException(plan.id());
    Organization org = organizations.find(plan.organizationId()).orElseThrow();
    return PlanInterchangeMapper.toInterchange(plan, org, frameworkOf(plan), organizations.unitNames(plan.organizationId()),
        part1Risks(plan));
  }
}
