package org.sujarit.importer.read;

import java.util.Arrays;
import java.util.List;
import org.sujarit.importer.model.Findings;
import org.sujarit.importer.model.SourceDocument;
import org.sujarit.importer.text.Markup;

/** Plain text converted from PDF or DOCX: tab-separated table rows, markdown tables, prose lines. */
public final class TextSourceReader {
  private TextSourceReader() {}

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
        if (md != null) cleaner.row(number, md);
        else if (!Markup.isTableSeparator(line)) cleaner.prose(number, line);
      }
      if (end < length && text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n') end++;
      start = end + 1;
    }
    return new SourceDocument(cleaner.lines());
  }
}
