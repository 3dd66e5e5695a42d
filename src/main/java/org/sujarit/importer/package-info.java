/**
 * The plan importer: reads an existing plan (text converted from PDF/DOCX, a DOCX file, or the
 * interchange JSON) into a {@link org.sujarit.interchange.PlanInterchange} with diagnostics of every
 * problem found. Runs without Spring (command line) as well as inside the web application.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Plan importer",
    allowedDependencies = {"common", "interchange", "framework", "access", "organization", "plan", "web"})
package org.sujarit.importer;
