package org.sujarit.document.xlsx;

import java.io.OutputStream;
import org.sujarit.document.model.PlanDocumentModel;

public final class EPlanWorkbook {
  private EPlanWorkbook() {}

  public static void write(PlanDocumentModel model, OutputStream out) {
    throw new UnsupportedOperationException();
  }
}
