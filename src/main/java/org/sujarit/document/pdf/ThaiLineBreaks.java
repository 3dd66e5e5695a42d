package org.sujarit.document.pdf;

import com.ibm.icu.text.BreakIterator;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import java.util.Locale;

/**
 * Lets OpenPDF break lines only where ICU's Thai line breaker allows: Thai has no spaces between
 * words. One instance per chunk, as it caches the iterator of the text it was last asked about.
 */
final class ThaiLineBreaks implements SplitCharacter {
  private static final Locale THAI = Locale.forLanguageTag("th");
  private char[] text;
  private int start;
  private int end;
  private BreakIterator breaks;

  @Override
  public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
    char c = cc[current];
    if (c == ' ' || c == '\u200B') return true;
    if (current + 1 >= end) return false;
    if (cc != text || start != this.start || end != this.end) {
      breaks = BreakIterator.getLineInstance(THAI);
      breaks.setText(new String(cc, start, end - start));
      text = cc;
      this.start = start;
      this.end = end;
    }
    return breaks.isBoundary(current + 1 - start);
  }
}
