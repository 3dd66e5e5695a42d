/**
 * Oversight across organizations: province and country figures for NACC provincial offices and the
 * DLA (OVERSIGHT) and the system administrator, from a read model kept up to date by the plan,
 * monitoring and organization events; the synthetic national data set that proves it at scale.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Oversight",
    allowedDependencies = {"access", "common", "organization", "plan", "monitoring", "web"})
package org.sujarit.oversight;
