/**
 * Monitoring and reporting: progress of each plan item per fiscal year and round (the 6-month and the
 * annual report), its review by the planner and the executive's acknowledgement, evidence files, the
 * figures of the dashboard (computed in {@link org.sujarit.monitoring.ProgressFigures} only), and the
 * reports as DOCX and PDF with their charts, built on the document engine ({@code document :: layout}). It reads the framework only for the names of its
 * dimensions in the reports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring and reporting",
    allowedDependencies = {"common", "access", "organization", "organization :: lookup", "plan", "audit", "web", "framework", "document :: layout", "database", "mail"})
package org.sujarit.monitoring;
