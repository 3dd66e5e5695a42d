/**
 * Outgoing mail: one plain-text sender for the modules that mail (reminders, password resets,
 * complaint notices), nothing when no mail server is configured ({@code spring.mail.host}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail", allowedDependencies = {})
package org.sujarit.mail;
