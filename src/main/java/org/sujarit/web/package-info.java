/**
 * The web shell: page layout, sign-in page, Thai/English switching, Thai-digit display, formatting of
 * baht and B.E. dates, and error pages that never show a stack trace.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell",
    allowedDependencies = {"access", "common"})
package org.sujarit.web;
