/**
 * Official documents. The document engine, {@code layout} ({@link
 * org.sujarit.document.layout.OfficialDocument}: page set-up, headings, paragraphs, tables, pictures
 * and charts, rendered as PDF and DOCX with the shipped Thai font), is what every module builds its
 * official outputs with; {@link org.sujarit.document.DocumentJobs} renders them in the background.
 * The base package also renders a plan's documents ({@link org.sujarit.document.PlanDocuments}: DOCX,
 * PDF and XLSX in the form LGOs publish, and the yearly E-PlanNACC record), which {@code model} lays
 * out on the engine. Everything but the jobs runs without Spring, so the command line can use it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents",
    allowedDependencies = {"common", "interchange", "framework"})
package org.sujarit.document;
