/**
 * Monitoring and reporting: progress of each plan item per fiscal year and round (the 6-month and the
 * annual report), its review by the planner and the executive's acknowledgement, evidence files, the
 * figures of the dashboard (computed in {@link org.sujarit.monitoring.ProgressFigures} only), and the
 * reports as DOCX and PDF with their charts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring and reporting")
package org.sujarit.monitoring;
