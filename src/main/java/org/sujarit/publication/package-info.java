/**
 * The public transparency site (no sign-in) and the ITA (OIT) evidence: each publishing organization's
 * published plans and acknowledged reports under stable links {@code /o/{code}/…}, the OIT item lists
 * of each ITA year as versioned data files ({@code classpath:ita/}), and for the plan officer the link
 * to give ITAS for each item. It reads only what the owners expose to the public
 * ({@code plan.PublicPlans}, {@code monitoring.PublicReports}); other modules add evidence by
 * implementing {@link org.sujarit.publication.PublicEvidence}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public site and ITA evidence",
    allowedDependencies = {"access", "audit", "common", "database", "document", "document :: layout", "framework", "monitoring", "organization", "organization :: lookup", "plan", "web", "workspace"})
package org.sujarit.publication;
