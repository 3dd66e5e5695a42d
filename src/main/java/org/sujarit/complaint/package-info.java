/**
 * Complaints and whistleblowing (missions 3.2 and 4.3): the general channel and the separate
 * corruption and misconduct channel, the case workflow with its numbering per fiscal year and its
 * deadline, messages with the complainant, satisfaction, and the statistics (computed in
 * {@code statistics} only). The base package holds what other modules use: the case and its facts,
 * the events and {@link org.sujarit.complaint.CaseSeal}. The domain types know no Spring; {@code internal}
 * is the service with its views and storage, {@code protection} the encryption, receipts, limits and
 * metadata stripping, {@code web} the public and the officers' pages and API, {@code report} the
 * statistics report on the document engine.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Complaints",
    allowedDependencies = {"common", "access", "organization", "organization :: lookup", "audit", "account", "account :: lookup", "web", "publication", "monitoring", "document :: layout", "database", "mail"})
package org.sujarit.complaint;
