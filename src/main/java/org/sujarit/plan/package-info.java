/**
 * The anti-corruption action plan: Part 1 (risk assessment, rationale, objectives, goals, benefits),
 * Part 2 items per dimension and mission with yearly budgets, Part 3 detail sheets; its workflow
 * DRAFT → SUBMITTED → APPROVED → PUBLISHED, versions kept for every amendment, and the one place that
 * computes totals and consistency findings.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plans",
    allowedDependencies = {"access", "audit", "common", "framework", "interchange", "organization", "organization :: lookup", "web"})
package org.sujarit.plan;
