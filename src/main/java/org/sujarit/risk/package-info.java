/**
 * Corruption-risk assessment per organization and fiscal year in the NACC nine steps
 * (identification, traffic-light status, risk-level matrix, control assessment giving the residual
 * level, the risk management plan whose measures link to items of the organization's plan, surveillance
 * per monitoring round, the management system summary, the management report and the status report
 * per risk); risk-level matrices as versioned data files; and, in {@code risk.nogift}, the No Gift
 * policy with its gift register. {@link org.sujarit.risk.RiskSummaries} is the read API the public
 * pages and oversight may use.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Risk assessment and No Gift",
    allowedDependencies = {"common", "access", "account", "account :: lookup", "interchange", "organization", "organization :: lookup", "plan", "plan :: part1", "audit", "web", "monitoring", "publication", "document :: layout", "database"})
package org.sujarit.risk;
