package org.sujarit.importer.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sujarit.interchange.PlanInterchange.Diagnostic;

/** Collects the diagnostics of one import, in Thai, each with the source line it concerns. */
public final class Findings {
  private final List<Diagnostic> list = new ArrayList<>();

  public void add(int line, DiagnosticCode code, String message) {
    add(line, code, code.severity(), message);
  }

  public void add(int line, DiagnosticCode code, String severity, String message) {
    list.add(new Diagnostic(line > 0 ? line : null, severity, code.name(), message));
  }

  /** In source order; diagnostics of the whole document (no line) first. */
  public List<Diagnostic> sorted() {
    List<Diagnostic> out = new ArrayList<>(list);
    out.sort(Comparator.comparing((Diagnostic d) -> d.line() == null ? 0 : d.line()));
    return out;
  }
}
