/**
 * The signed-in pages and files that draw on plan, account and document together, so that none of
 * those depends on another above it: the organization's dashboard with the first-run guide of a new
 * administrator, and the plan's official documents (direct downloads, background jobs, and the
 * preparation the public site uses as well).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workspace",
    allowedDependencies = {"access", "account", "account :: lookup", "common", "document", "framework", "interchange", "organization", "plan"})
package org.sujarit.workspace;
