/**
 * First start: the initial administrator (password printed once on the console) and, unless turned
 * off, a demo organization with its members and a realistic published demo plan with two rounds of progress.
 */
@org.springframework.modulith.ApplicationModule(displayName = "First start and demo data",
    allowedDependencies = {"access", "account", "common", "interchange", "monitoring", "organization", "plan"})
package org.sujarit.demo;
