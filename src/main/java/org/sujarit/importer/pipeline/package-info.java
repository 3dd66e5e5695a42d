/**
 * The importer itself, free of Spring: {@link org.sujarit.importer.pipeline.PlanImporter} tells a
 * file's format by its content, reads it ({@code importer.read}), recognizes the plan ({@code
 * importer.recognize}) and checks it, within {@link org.sujarit.importer.pipeline.ImportLimits}. The
 * command line, the review pages and other modules' tests of imported seed plans call it.
 */
package org.sujarit.importer.pipeline;
