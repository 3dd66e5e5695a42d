package org.sujarit.document.ooxml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sujarit.document.layout.DocumentInfo;

/**
 * Writes a Word or Excel file with its properties, byte for byte the same for the same content. A
 * workbook's formulas get their values cached, so that a reader that does not recalculate (a viewer,
 * an importer, a phone) still sees the totals.
 */
public final class OfficeFiles {
  private OfficeFiles() {}

  public static void write(POIXMLDocument document, DocumentInfo info, OutputStream out) {
    POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
    Optional<Date> created = Optional.of(Date.from(info.created().toInstant()));
    core.setCreated(created);
    core.setModified(created);
    core.setCreator(info.author());
    core.setLastModifiedByUser(info.author());
    core.setTitle(info.title());
    core.setSubjectProperty(info.subject());
    document.getProperties().getExtendedProperties().setApplication("Sujarit");
    if (document instanceof XSSFWorkbook workbook) XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
    try {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream(128 * 1024);
      document.write(buffer);
      restamp(buffer.toByteArray(), info.created().toInstant().toEpochMilli(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** POI stamps every zip entry with the current time; the same entries stamped with the creation time. */
  private static void restamp(byte[] zip, long time, OutputStream out) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream stamped = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTime(time);
        stamped.putNextEntry(copy);
        in.transferTo(stamped);
        stamped.closeEntry();
      }
    }
  }
}
