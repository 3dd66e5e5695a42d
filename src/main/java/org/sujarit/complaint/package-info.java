/**
 * Complaints and whistleblowing (missions 3.2 and 4.3): the general channel and the separate
 * corruption and misconduct channel, the case workflow with its numbering per fiscal year and its
 * deadline, messages with the complainant, satisfaction, and the statistics (computed in
 * {@link org.sujarit.complaint.ComplaintStatistics} only). The domain types know no Spring;
 * {@link org.sujarit.complaint.Complaints} is the service, {@code protection} the encryption, receipts,
 * limits and metadata stripping, {@code web} the public and the officers' pages and API, {@code report}
 * the statistics report on the document engine.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Complaints",
    allowedDependencies = {"common", "access", "organization", "organization :: lookup", "audit", "account", "account :: lookup", "web", "publication", "monitoring", "document :: layout", "database", "mail"})
package org.sujarit.complaint;
