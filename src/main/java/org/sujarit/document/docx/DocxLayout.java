package org.sujarit.document.docx;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.sujarit.document.layout.PageSetup;
import org.sujarit.document.layout.Section;
import org.sujarit.document.layout.TextStyle;

/**
 * Document-wide Word settings: default font and language, heading styles with outline levels (the
 * navigation pane, and bookmarks when Word saves a PDF), the page-number header and each section's
 * page size, margins and numbering.
 */
final class DocxLayout {
  private static final float HEADER_DISTANCE = 28;

  private final XWPFDocument doc;
  private final String pageHeaderId;
  private final boolean thaiDigits;
  private String emptyHeaderId;

  private DocxLayout(XWPFDocument doc, String pageHeaderId, boolean thaiDigits) {
    this.doc = doc;
    this.pageHeaderId = pageHeaderId;
    this.thaiDigits = thaiDigits;
  }

  static DocxLayout prepare(XWPFDocument doc, boolean thaiDigits) {
    styles(doc);
    doc.enforceUpdateFields(); // Word then computes the contents' page numbers on opening
    XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
    XWPFParagraph p = header.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    DocxRuns.text(p, "- ", TextStyle.BODY_SIZE, false);
    DocxRuns.field(p, "PAGE", "1", TextStyle.BODY_SIZE);
    DocxRuns.text(p, " -", TextStyle.BODY_SIZE, false);
    return new DocxLayout(doc, doc.getRelationId(header), thaiDigits);
  }

  /** Describes a section: page, margins, numbering; the cover has no header, the others the page number. */
  void describe(CTSectPr s, Section section) {
    PageSetup page = section.page();
    CTPageSz size = s.isSetPgSz() ? s.getPgSz() : s.addNewPgSz();
    size.setW(BigInteger.valueOf(DocxRuns.twips(page.width)));
    size.setH(BigInteger.valueOf(DocxRuns.twips(page.height)));
    size.setOrient(page.landscape() ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
    CTPageMar m = s.isSetPgMar() ? s.getPgMar() : s.addNewPgMar();
    m.setTop(BigInteger.valueOf(DocxRuns.twips(page.top)));
    m.setBottom(BigInteger.valueOf(DocxRuns.twips(page.bottom)));
    m.setLeft(BigInteger.valueOf(DocxRuns.twips(page.left)));
    m.setRight(BigInteger.valueOf(DocxRuns.twips(page.right)));
    m.setHeader(BigInteger.valueOf(DocxRuns.twips(HEADER_DISTANCE)));
    m.setFooter(BigInteger.valueOf(DocxRuns.twips(HEADER_DISTANCE)));
    m.setGutter(BigInteger.ZERO);
    if (section.numbers() == Section.PageNumbers.NONE) return;
    if (s.sizeOfHeaderReferenceArray() == 0) {
      var ref = s.addNewHeaderReference();
      ref.setType(STHdrFtr.DEFAULT);
      ref.setId(pageHeaderId);
    }
    firstPageHeader(s, section.numbers() == Section.PageNumbers.FROM_SECOND_PAGE);
    CTPageNumber numbers = s.addNewPgNumType();
    switch (section.numbers()) {
      case LETTERS -> {
        numbers.setFmt(STNumberFormat.THAI_LETTERS);
        numbers.setStart(BigInteger.ONE);
      }
      case FROM_ONE, FROM_SECOND_PAGE -> {
        numbers.setFmt(bodyFormat());
        numbers.setStart(BigInteger.ONE);
      }
      default -> numbers.setFmt(bodyFormat());
    }
  }

  /**
   * The first page of a section numbered from its second page takes an empty header. POI puts the
   * first-page header into the body's (last section's) properties, which it is taken out of when that
   * section shows its first number.
   */
  private void firstPageHeader(CTSectPr s, boolean hidden) {
    if (hidden) {
      String id = emptyHeaderId();
      if (!s.isSetTitlePg()) s.addNewTitlePg();
      for (var ref : s.getHeaderReferenceList()) if (ref.getType() == STHdrFtr.FIRST) return;
      var first = s.addNewHeaderReference();
      first.setType(STHdrFtr.FIRST);
      first.setId(id);
      return;
    }
    if (s.isSetTitlePg()) s.unsetTitlePg();
    for (int i = s.sizeOfHeaderReferenceArray() - 1; i >= 0; i--) {
      if (s.getHeaderReferenceArray(i).getType() == STHdrFtr.FIRST) s.removeHeaderReference(i);
    }
  }

  private String emptyHeaderId() {
    if (emptyHeaderId == null) {
      XWPFHeader empty = doc.createHeader(HeaderFooterType.FIRST);
      empty.createParagraph();
      emptyHeaderId = doc.getRelationId(empty);
    }
    return emptyHeaderId;
  }

  private STNumberFormat.Enum bodyFormat() {
    return thaiDigits ? STNumberFormat.THAI_NUMBERS : STNumberFormat.DECIMAL;
  }

  private static void styles(XWPFDocument doc) {
    CTStyles st = CTStyles.Factory.newInstance();
    var defaults = st.addNewDocDefaults();
    CTRPr rpr = defaults.addNewRPrDefault().addNewRPr();
    DocxRuns.fonts(rpr.addNewRFonts());
    BigInteger size = DocxRuns.halfPoints(TextStyle.BODY_SIZE);
    rpr.addNewSz().setVal(size);
    rpr.addNewSzCs().setVal(size);
    DocxRuns.language(rpr.addNewLang());
    CTPPrGeneral ppr = defaults.addNewPPrDefault().addNewPPr();
    ppr.addNewSpacing().setAfter(BigInteger.ZERO);
    CTStyle normal = st.addNewStyle();
    normal.setType(STStyleType.PARAGRAPH);
    normal.setStyleId("Normal");
    normal.addNewName().setVal("Normal");
    normal.setDefault(true);
    for (int level = 1; level <= 3; level++) {
      CTStyle h = st.addNewStyle();
      h.setType(STStyleType.PARAGRAPH);
      h.setStyleId("Heading" + level);
      h.addNewName().setVal("heading " + level);
      h.addNewBasedOn().setVal("Normal");
      h.addNewNext().setVal("Normal");
      h.addNewQFormat();
      var pPr = h.addNewPPr();
      pPr.addNewKeepNext();
      pPr.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
      var r = h.addNewRPr();
      r.addNewB();
      r.addNewBCs();
    }
    doc.createStyles().setStyles(st);
  }
}
