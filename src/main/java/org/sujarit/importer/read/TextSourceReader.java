package org.sujarit.importer.read;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.sujarit.importer.model.Findings;
import org.sujarit.importer.model.SourceDocument;
import org.sujarit.importer.text.Markup;

/** Plain text converted from PDF or DOCX: tab-separated table rows, markdown tables, prose lines. */
public final class TextSourceReader {
  private static final Pattern COLUMN_GAP = Pattern.compile(" {2,}|\u00A0{2,}");
  private static final int MIN_SPACED_CELLS = 3;

  private TextSourceReader() {}

  /**
   * Layout-preserving converters (pdftotext -layout) separate columns by runs of spaces instead of
   * tabs: a line that falls into three or more such cells is a table row.
   */
  static List<String> spacedCells(String line) {
    String t = line.strip();
    if (t.indexOf("  ") < 0) return null;
    List<String> cells = Arrays.asList(COLUMN_GAP.split(t));
    return cells.size() >= MIN_SPACED_CELLS ? cells : null;
  }

  public static SourceDocument read(String text, int maxLines, Findings findings) {
    LineCleaner cleaner = new LineCleaner(findings);
    int number = 0;
    int start = 0;
    int length = text.length();
    while (start <= length && number < maxLines) {
      int end = start;
      while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') end++;
      number++;
      String line = text.substring(start, end);
      if (line.indexOf('\t') >= 0) {
        cleaner.row(number, Arrays.asList(line.split("\t", -1)));
      } else {
        List<String> md = Markup.markdownCells(line);
        List<String> spaced = md == null ? spacedCells(line) : null;
        if (md != null) cleaner.row(number, md);
        else if (spaced != null) cleaner.row(number, spaced);
        else if (!Markup.isTableSeparator(line)) cleaner.prose(number, line);
      }
      if (end < length && text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n') end++;
      start = end + 1;
    }
    return new SourceDocument(cleaner.lines());
  }
}
