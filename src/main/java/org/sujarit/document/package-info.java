/**
 * Official documents of a plan: the plan as DOCX, PDF and XLSX in the form LGOs publish, and the
 * yearly E-PlanNACC record. {@link org.sujarit.document.PlanDocuments} is the API; {@code model} builds
 * one layout of the plan (texts, figures, tables) that the {@code pdf}, {@code docx} and {@code xlsx}
 * writers render. Runs without Spring, so the command line can use it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents",
    allowedDependencies = {"common", "interchange", "framework"})
package org.sujarit.document;
