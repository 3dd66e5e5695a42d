/**
 * Complaints and whistleblowing (missions 3.2 and 4.3): the general channel and the separate
 * corruption and misconduct channel, the case workflow with its numbering per fiscal year and its
 * deadline, messages with the complainant, satisfaction, and the statistics (computed in
 * {@link org.sujarit.complaint.ComplaintStatistics} only). The domain here knows no Spring.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Complaints",
    allowedDependencies = {"common"})
package org.sujarit.complaint;
