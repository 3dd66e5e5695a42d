package org.sujarit.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Semaphore;
import org.sujarit.document.model.PlanDocumentModel;
import org.sujarit.document.model.PlanRenderException;
import org.sujarit.document.xlsx.EPlanWorkbook;
import org.sujarit.document.xlsx.PlanTableWorkbook;
import org.sujarit.framework.FrameworkCatalog;
import org.sujarit.interchange.PlanInterchange;

/**
 * Renders a plan's official documents. Thread-safe; the same plan and options give the same bytes in
 * every format.
 */
public final class PlanDocuments {
  /**
   * Documents rendered at the same time in this JVM. Rendering is CPU-bound, so more at once are not
   * faster, but each holds tens of megabytes while it runs: the rest wait their turn.
   */
  private static final Semaphore RENDERING = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()), true);

  private final FrameworkCatalog frameworks;

  /** With the built-in frameworks, whose names fill in dimensions and missions a plan leaves unnamed. */
  public PlanDocuments() {
    this(FrameworkCatalog.builtIn());
  }

  public PlanDocuments(FrameworkCatalog frameworks) {
    this.frameworks = frameworks;
  }

  /**
   * @throws PlanRenderException when the plan lacks what every document needs (organization, period)
   */
  public void render(PlanInterchange plan, DocumentFormat format, RenderOptions options, OutputStream out) {
    try {
      out.write(render(plan, format, options)); // a slow reader does not hold a rendering turn
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public byte[] render(PlanInterchange plan, DocumentFormat format, RenderOptions options) {
    PlanDocumentModel model = PlanDocumentModel.of(plan, options, frameworks);
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    RENDERING.acquireUninterruptibly();
    try {
      switch (format) {
        case PDF -> model.document().writePdf(out);
        case DOCX -> model.document().writeDocx(out);
        case XLSX -> PlanTableWorkbook.write(model, out);
        case EPLAN_XLSX -> EPlanWorkbook.write(model, out);
      }
    } finally {
      RENDERING.release();
    }
    return out.toByteArray();
  }
}
