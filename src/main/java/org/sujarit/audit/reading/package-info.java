/**
 * Reading the trail as a user may: an organization's entries and the chain's verification behind
 * READ_AUDIT, for the module's own pages; other modules record through {@link org.sujarit.audit.AuditEvent}.
 */
package org.sujarit.audit.reading;
