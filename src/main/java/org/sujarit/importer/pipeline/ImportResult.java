package org.sujarit.importer.pipeline;

import java.util.List;
import org.sujarit.interchange.PlanInterchange;

/**
 * A plan read from a file, with the diagnostics of everything that had to be repaired or guessed.
 *
 * @param plan the plan in interchange form; its {@code diagnostics} list every problem found
 * @param format what the file was, told by its content
 * @param encoding the text encoding the file was read with (null for DOCX)
 */
public record ImportResult(PlanInterchange plan, SourceFormat format, String encoding) {
  public List<PlanInterchange.Diagnostic> diagnostics() {
    return plan.diagnostics();
  }

  /** The number of items over all dimensions and missions. */
  public int projectCount() {
    return plan.dimensions().stream().flatMap(d -> d.missions().stream()).mapToInt(m -> m.projects().size()).sum();
  }
}
