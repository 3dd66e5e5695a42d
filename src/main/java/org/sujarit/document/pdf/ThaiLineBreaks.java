package org.sujarit.document.pdf;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import java.util.BitSet;
import org.sujarit.document.layout.LineBreakRules;

/**
 * Lets OpenPDF break lines only where {@link LineBreakRules} allow: Thai has no spaces between
 * words. One instance per chunk, as it caches the breaks of the text it was last asked about.
 */
final class ThaiLineBreaks implements SplitCharacter {
  private char[] text;
  private int start;
  private int end;
  private BitSet breaks;

  @Override
  public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
    if (current + 1 >= end) return cc[current] == ' ' || cc[current] == '\u200B';
    if (cc != text || start != this.start || end != this.end) {
      breaks = LineBreakRules.breaks(new String(cc, start, end - start));
      text = cc;
      this.start = start;
      this.end = end;
    }
    return breaks.get(current - start);
  }
}
