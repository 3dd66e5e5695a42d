package org.sujarit.document;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import org.sujarit.document.docx.DocxPlanWriter;
import org.sujarit.document.model.PlanDocumentModel;
import org.sujarit.document.pdf.PdfPlanWriter;
import org.sujarit.document.xlsx.EPlanWorkbook;
import org.sujarit.document.xlsx.PlanTableWorkbook;
import org.sujarit.framework.FrameworkCatalog;
import org.sujarit.interchange.PlanInterchange;

/**
 * Renders a plan's official documents. Stateless and thread-safe; the same plan and options give
 * the same bytes in every format.
 */
public final class PlanDocuments {
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
    PlanDocumentModel model = PlanDocumentModel.of(plan, options, frameworks);
    switch (format) {
      case PDF -> PdfPlanWriter.write(model, out);
      case DOCX -> DocxPlanWriter.write(model, out);
      case XLSX -> PlanTableWorkbook.write(model, out);
      case EPLAN_XLSX -> EPlanWorkbook.write(model, out);
    }
  }

  public byte[] render(PlanInterchange plan, DocumentFormat format, RenderOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    render(plan, format, options, out);
    return out.toByteArray();
  }
}
