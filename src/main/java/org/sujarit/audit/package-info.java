/**
 * The audit trail: every change to plan and organization data, append-only (who, when, what, before
 * and after) and hash-chained so that an edited or deleted record is detected.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail",
    allowedDependencies = {"access", "common", "database"})
package org.sujarit.audit;
