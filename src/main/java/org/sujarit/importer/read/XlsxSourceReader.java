package org.sujarit.importer.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.sujarit.common.SpreadsheetText;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.sujarit.importer.pipeline.ImportException;
import org.sujarit.importer.pipeline.ImportException.Reason;
import org.sujarit.importer.pipeline.ImportLimits;
import org.sujarit.importer.model.Findings;
import org.sujarit.importer.model.SourceDocument;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * An XLSX workbook into rows, sheet after sheet: each sheet row a row of cells by column, a formula
 * by its cached value, a merged cell in its first column with the columns and rows it covers left
 * empty (that is how a workbook stores a merge, and how the other readers give it). Read as a
 * stream, so a sheet of a million rows costs no memory; past the row limit the workbook is refused.
 */
public final class XlsxSourceReader {
  /** Columns past this are not a plan's (an Excel sheet has 16,384). */
  private static final int MAX_COLUMNS = 64;

  private XlsxSourceReader() {}

  private static final class TooManyRows extends RuntimeException {
    TooManyRows() {
      super(null, null, false, false);
    }
  }

  /** A zip with the part every workbook has. */
  public static boolean isWorkbook(byte[] bytes) {
    return ZipDirectory.lists(bytes, "xl/workbook.xml");
  }

  public static SourceDocument read(byte[] bytes, ImportLimits limits, Findings findings) {
    if (!ZipDirectory.lists(bytes, "xl/workbook.xml")) throw new ImportException(Reason.BAD_XLSX);
    DocxSourceReader.guard(limits);
    LineCleaner cleaner = new LineCleaner(findings);
    int[] number = {0};
    int[] rows = {0};
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      StylesTable styles = reader.getStylesTable();
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (sheets.hasNext()) {
        try (InputStream sheet = sheets.next()) {
          Rows handler = new Rows(cleaner, number, rows, limits);
          XMLReader xml = XMLHelper.newXMLReader();
          xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, handler, new DataFormatter(java.util.Locale.US), false));
          xml.parse(new InputSource(sheet));
        }
      }
      return new SourceDocument(cleaner.lines());
    } catch (TooManyRows e) {
      throw new ImportException(Reason.SHEET_TOO_LONG, Reason.SHEET_TOO_LONG.message() + " (ไม่เกิน " + limits.maxSheetRows() + " แถว)", null);
    } catch (ImportException e) {
      throw e;
    } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
      String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
      if (m.contains("zip bomb") || m.contains("exceed") || m.contains("max_entry_size") || m.contains("too large")) {
        throw new ImportException(Reason.ZIP_BOMB, Reason.ZIP_BOMB.message(), e);
      }
      throw new ImportException(Reason.BAD_XLSX, Reason.BAD_XLSX.message(), e);
    }
  }

  /** Collects one sheet row's cells by column and hands the row on. */
  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final LineCleaner cleaner;
    private final int[] number;
    private final int[] rows;
    private final ImportLimits limits;
    private final List<String> cells = new ArrayList<>();

    Rows(LineCleaner cleaner, int[] number, int[] rows, ImportLimits limits) {
      this.cleaner = cleaner;
      this.number = number;
      this.rows = rows;
      this.limits = limits;
    }

    @Override
    public void startRow(int rowNum) {
      if (++rows[0] > limits.maxSheetRows()) throw new TooManyRows();
      cells.clear();
    }

    @Override
    public void endRow(int rowNum) {
      int last = cells.size();
      while (last > 0 && cells.get(last - 1).isBlank()) last--;
      if (last == 0 || number[0] >= limits.maxLines()) return;
      number[0]++;
      List<String> row = cells.subList(0, last);
      if (row.stream().filter(c -> !c.isBlank()).count() == 1 && !row.get(0).isBlank()) cleaner.prose(number[0], row.get(0));
      else cleaner.row(number[0], row);
    }

    @Override
    public void cell(String reference, String formattedValue, XSSFComment comment) {
      if (reference == null || formattedValue == null) return;
      int column = new CellReference(reference).getCol();
      if (column >= MAX_COLUMNS) return;
      while (cells.size() < column) cells.add("");
      if (cells.size() == column) cells.add(SpreadsheetText.unescape(formattedValue).replace('\n', ' ').replace('\t', ' '));
    }
  }
}
