package org.sujarit.document.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.sujarit.document.layout.Align;
import org.sujarit.document.layout.DocumentFont;
import org.sujarit.document.layout.LineBreakRules;
import org.sujarit.document.layout.TextStyle;

/**
 * Runs of Thai text. Word applies the complex-script slots to Thai: the font in w:rFonts/@w:cs, the
 * size in w:szCs and bold in w:bCs. The document defaults carry the font, 16 pt and the Thai
 * language in both slots; a run sets only what differs, size and bold again in both slots (runs that
 * repeat the defaults would double the document's memory and size).
 */
final class DocxRuns {
  static final String FONT = DocumentFont.OFFICIAL_FAMILY;
  static final String LANGUAGE = "th-TH";

  private DocxRuns() {}

  /**
   * Appends text in the document font; a line feed becomes a line break. The text carries the line
   * breaks of the PDF ({@link LineBreakRules#hinted}), so that Word and LibreOffice, which break Thai
   * by dictionaries of their own, neither split a compound nor part a number from its unit.
   */
  static XWPFRun text(XWPFParagraph p, String text, float size, boolean bold) {
    XWPFRun run = p.createRun();
    style(run, size, bold);
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) run.addBreak();
      run.setText(LineBreakRules.hinted(lines[i]), i);
    }
    return run;
  }

  static void style(XWPFRun run, float size, boolean bold) {
    boolean defaultSize = size == TextStyle.BODY_SIZE;
    if (defaultSize && !bold) return;
    CTRPr pr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
    if (bold) {
      pr.addNewB();
      pr.addNewBCs();
    }
    if (!defaultSize) {
      BigInteger halfPoints = halfPoints(size);
      pr.addNewSz().setVal(halfPoints);
      pr.addNewSzCs().setVal(halfPoints);
    }
  }

  static BigInteger halfPoints(float size) {
    return BigInteger.valueOf(Math.round(size * 2));
  }

  static void fonts(CTFonts f) {
    f.setAscii(FONT);
    f.setHAnsi(FONT);
    f.setCs(FONT);
    f.setEastAsia(FONT);
  }

  static void language(CTLanguage lang) {
    lang.setVal(LANGUAGE);
    lang.setBidi(LANGUAGE);
  }

  /** A field such as PAGE or PAGEREF; Word and LibreOffice compute its value, {@code shown} stands until then. */
  static void field(XWPFParagraph p, String instruction, String shown, float size) {
    XWPFRun begin = p.createRun();
    style(begin, size, false);
    begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    XWPFRun code = p.createRun();
    style(code, size, false);
    code.getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
    XWPFRun separate = p.createRun();
    style(separate, size, false);
    separate.getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    text(p, shown, size, false);
    XWPFRun end = p.createRun();
    style(end, size, false);
    end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
  }

  static ParagraphAlignment alignment(Align align) {
    return switch (align) {
      case LEFT -> ParagraphAlignment.LEFT;
      case CENTER -> ParagraphAlignment.CENTER;
      case RIGHT -> ParagraphAlignment.RIGHT;
      // what Thai Word users justify with; LibreOffice shows it ragged right, as the PDF is
      case JUSTIFY -> ParagraphAlignment.THAI_DISTRIBUTE;
    };
  }

  /** Points to twentieths of a point, Word's unit of length. */
  static int twips(float points) {
    return Math.round(points * 20);
  }

  /** No space after paragraphs: the layout gives space before where it wants it. */
  static void spacing(XWPFParagraph p, float before) {
    p.setSpacingBefore(twips(before));
    p.setSpacingAfter(0);
  }
}
