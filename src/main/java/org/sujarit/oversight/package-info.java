/**
 * Oversight across organizations: province and country figures for NACC provincial offices and the
 * DLA (OVERSIGHT) and the system administrator, from a read model kept up to date by the plan,
 * monitoring, organization, complaint and risk events (untreated risks and ITA readiness asked of the
 * risk and publication APIs); the synthetic national data set that proves it at scale.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Oversight",
    allowedDependencies = {"access", "common", "organization", "organization :: lookup", "plan", "monitoring", "complaint", "risk", "publication", "web"})
package org.sujarit.oversight;
