package org.sujarit.document.docx;

import java.io.OutputStream;
import org.sujarit.document.model.PlanDocumentModel;

public final class DocxPlanWriter {
  private DocxPlanWriter() {}

  public static void write(PlanDocumentModel model, OutputStream out) {
    throw new UnsupportedOperationException();
  }
}
