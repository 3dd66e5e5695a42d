/**
 * User accounts and sign-in: form login and HTTP Basic for the API, strong password hashing, growing
 * delays after failed sign-ins (never a lock-out), password reset by e-mail, optional TOTP two-step
 * sign-in, people's names for histories, and self-service member management by each organization's ORG_ADMIN.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts",
    allowedDependencies = {"access", "audit", "common", "database", "mail", "organization", "web"})
package org.sujarit.account;
