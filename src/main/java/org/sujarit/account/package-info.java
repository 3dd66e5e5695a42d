/**
 * User accounts and sign-in: form login and HTTP Basic for the API, strong password hashing, login
 * rate limiting, and self-service member management by each organization's ORG_ADMIN.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts",
    allowedDependencies = {"access", "audit", "common", "organization", "web"})
package org.sujarit.account;
