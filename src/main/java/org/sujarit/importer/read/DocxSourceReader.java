package org.sujarit.importer.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.sujarit.importer.pipeline.ImportException;
import org.sujarit.importer.pipeline.ImportLimits;
import org.sujarit.importer.model.Findings;
import org.sujarit.importer.model.SourceDocument;

/**
 * A DOCX file into the same lines and rows the text reader makes: each paragraph a line, each table
 * row a row. A merged cell stands in its first column and leaves the columns it covers empty, as
 * PDF-to-text converters do, so one table model serves both.
 */
public final class DocxSourceReader {
  /** POI's own advice for the most text it extracts; more is no plan. */
  private static final long MAX_TEXT_CHARS = 10L << 20;

  private DocxSourceReader() {}

  public static SourceDocument read(byte[] bytes, ImportLimits limits, Findings findings) {
    if (!ZipDirectory.lists(bytes, "word/document.xml")) throw new ImportException(ImportException.Reason.BAD_DOCX);
    guard(limits);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      LineCleaner cleaner = new LineCleaner(findings);
      int[] number = {0};
      for (IBodyElement e : doc.getBodyElements()) {
        if (number[0] >= limits.maxLines()) break;
        element(e, cleaner, number);
      }
      return new SourceDocument(cleaner.lines());
    } catch (IOException | RuntimeException e) {
      throw failure(e);
    }
  }

  /** POI keeps its zip limits in static fields: set them to ours before every read. */
  static synchronized void guard(ImportLimits limits) {
    ZipSecureFile.setMinInflateRatio(limits.minDocxInflateRatio());
    ZipSecureFile.setMaxEntrySize(limits.maxDocxEntryBytes());
    ZipSecureFile.setMaxFileCount(limits.maxDocxEntries());
    ZipSecureFile.setMaxTextSize(Math.min(limits.maxDocxEntryBytes(), MAX_TEXT_CHARS));
  }

  private static void element(IBodyElement e, LineCleaner cleaner, int[] number) {
    if (e instanceof XWPFParagraph p) {
      for (String line : p.getText().split("\\R", -1)) cleaner.prose(++number[0], line);
    } else if (e instanceof XWPFTable t) {
      for (XWPFTableRow row : t.getRows()) cleaner.row(++number[0], cells(row));
    } else if (e instanceof XWPFSDT sdt) {
      for (String line : sdt.getContent().getText().split("\\R", -1)) cleaner.prose(++number[0], line);
    }
  }

  /** The row's cells by grid column: a horizontal merge adds empty cells, a vertical continuation is empty. */
  static List<String> cells(XWPFTableRow row) {
    List<String> out = new ArrayList<>();
    for (XWPFTableCell cell : row.getTableCells()) {
      CTTcPr pr = cell.getCTTc().getTcPr();
      boolean continued = pr != null && pr.isSetVMerge() && (pr.getVMerge().getVal() == null
          || "continue".equals(pr.getVMerge().getVal().toString()));
      out.add(continued ? "" : cellText(cell));
      int span = pr != null && pr.isSetGridSpan() ? ((BigInteger) pr.getGridSpan().getVal()).intValue() : 1;
      for (int i = 1; i < Math.min(span, 64); i++) out.add("");
    }
    return out;
  }

  private static String cellText(XWPFTableCell cell) {
    StringBuilder sb = new StringBuilder();
    for (XWPFParagraph p : cell.getParagraphs()) {
      if (!sb.isEmpty()) sb.append(' ');
      sb.append(p.getText());
    }
    for (XWPFTable nested : cell.getTables()) {
      for (XWPFTableRow r : nested.getRows()) sb.append(' ').append(String.join(" ", cells(r)));
    }
    return sb.toString().replace('\n', ' ').replace('\t', ' ');
  }

  private static ImportException failure(Exception e) {
    String m = String.valueOf(e.getMessage());
    if (m.contains("Zip bomb") || m.contains("zip bomb") || m.contains("exceed") || m.contains("MAX_ENTRY_SIZE")
        || m.contains("max file count") || m.contains("MAX_FILE_COUNT") || m.contains("too large")) {
      return new ImportException(ImportException.Reason.ZIP_BOMB, ImportException.Reason.ZIP_BOMB.message(), e);
    }
    return new ImportException(ImportException.Reason.BAD_DOCX, ImportException.Reason.BAD_DOCX.message(), e);
  }
}
