package org.sujarit.importer.pipeline;

import java.io.IOException;
import java.io.InputStream;
import org.sujarit.framework.FrameworkCatalog;
import org.sujarit.importer.pipeline.ImportException.Reason;
import org.sujarit.importer.model.Findings;
import org.sujarit.importer.model.SourceDocument;
import org.sujarit.importer.read.DocxSourceReader;
import org.sujarit.importer.read.PdfSourceReader;
import org.sujarit.importer.read.XlsxSourceReader;
import org.sujarit.importer.read.TextDecoder;
import org.sujarit.importer.read.TextSourceReader;
import org.sujarit.importer.recognize.PlanRecognizer;
import org.sujarit.interchange.PlanInterchange;

/**
 * Imports an existing plan: a PDF, DOCX or XLSX file, a text converted from one, or the interchange JSON, told
 * apart by content (the file name only names the source). Thread-safe; free of Spring.
 */
public final class PlanImporter {
  private final FrameworkCatalog catalog;
  private final ImportLimits limits;
  private final PlanRecognizer recognizer;

  public PlanImporter(FrameworkCatalog catalog, ImportLimits limits) {
    this.catalog = catalog;
    this.limits = limits;
    this.recognizer = new PlanRecognizer(catalog);
  }

  /** An importer with the built-in frameworks and default limits, for code that runs without Spring. */
  public static PlanImporter withBuiltInFrameworks() {
    return new PlanImporter(FrameworkCatalog.builtIn(), ImportLimits.DEFAULT);
  }

  /**
   * Reads one file.
   *
   * @throws ImportException with a Thai message when the input is not a usable plan
   */
  public ImportResult read(String fileName, InputStream in) {
    return read(fileName, bytes(in));
  }

  public ImportResult read(String fileName, byte[] bytes) {
    if (bytes.length > limits.maxBytes()) throw tooLarge();
    if (bytes.length == 0) throw new ImportException(Reason.EMPTY);
    if (startsWith(bytes, 'P', 'K', 3, 4) && XlsxSourceReader.isWorkbook(bytes)) {
      return document(fileName, XlsxSourceReader::read, bytes, SourceFormat.XLSX);
    }
    if (startsWith(bytes, 'P', 'K', 3, 4)) return document(fileName, DocxSourceReader::read, bytes, SourceFormat.DOCX);
    if (isPdf(bytes)) return document(fileName, PdfSourceReader::read, bytes, SourceFormat.PDF);
    if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) throw new ImportException(Reason.LEGACY_DOC);
    if (startsWith(bytes, 'P', 'K')) throw new ImportException(Reason.BAD_DOCX);
    TextDecoder.Decoded text = TextDecoder.decode(bytes);
    String trimmed = text.text().strip();
    if (trimmed.isEmpty()) throw new ImportException(Reason.EMPTY);
    if (trimmed.charAt(0) == '{') {
      return new ImportResult(InterchangeValidator.read(trimmed, catalog), SourceFormat.INTERCHANGE_JSON, text.charset());
    }
    Findings findings = new Findings();
    SourceDocument doc = TextSourceReader.read(text.text(), limits.maxLines(), findings);
    return new ImportResult(recognize(doc, fileName, findings), SourceFormat.TEXT, text.charset());
  }

  /** A reader of one binary format. */
  private interface Reader {
    SourceDocument read(byte[] bytes, ImportLimits limits, Findings findings);
  }

  private ImportResult document(String fileName, Reader reader, byte[] bytes, SourceFormat format) {
    Findings findings = new Findings();
    SourceDocument doc = reader.read(bytes, limits, findings);
    return new ImportResult(recognize(doc, fileName, findings), format, null);
  }

  /** "%PDF-" within the first kilobyte, where readers look for it (some files start with junk). */
  private static boolean isPdf(byte[] b) {
    for (int i = 0; i + 4 < Math.min(b.length, 1024); i++) {
      if (b[i] == '%' && b[i + 1] == 'P' && b[i + 2] == 'D' && b[i + 3] == 'F' && b[i + 4] == '-') return true;
    }
    return false;
  }

  private PlanInterchange recognize(SourceDocument doc, String fileName, Findings findings) {
    PlanInterchange plan = recognizer.recognize(doc, fileName, findings);
    if (plan == null) throw new ImportException(Reason.NOT_A_PLAN);
    return plan;
  }

  private byte[] bytes(InputStream in) {
    try {
      byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
      if (b.length > limits.maxBytes()) throw tooLarge();
      return b;
    } catch (IOException e) {
      throw new ImportException(Reason.UNREADABLE, Reason.UNREADABLE.message() + ": " + e.getMessage(), e);
    }
  }

  private ImportException tooLarge() {
    String m = Reason.TOO_LARGE.message() + " (ไม่เกิน " + (limits.maxBytes() >> 20) + " MB)";
    return new ImportException(Reason.TOO_LARGE, m, null);
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) return false;
    }
    return true;
  }
}
