package org.sujarit.document.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;
import org.sujarit.document.layout.Align;
import org.sujarit.document.layout.Block;
import org.sujarit.document.layout.DocumentInfo;
import org.sujarit.document.layout.Heading;
import org.sujarit.document.layout.OfficialDocument;
import org.sujarit.document.layout.PageSetup;
import org.sujarit.document.layout.Paragraph;
import org.sujarit.document.layout.Picture;
import org.sujarit.document.layout.Section;
import org.sujarit.document.layout.Table;
import org.sujarit.document.ooxml.OfficeFiles;
import org.sujarit.document.layout.TableOfContents;
import org.sujarit.document.layout.TextStyle;

/** Renders a document as an editable Word document, one Word section per document section. */
public final class DocxDocumentWriter {
  /** The first label of Word's thaiLetters numbering, as of the PDF's. */
  private static final String FIRST_LETTER = "ก";
  private final XWPFDocument doc;
  private final DocxLayout layout;
  private PageSetup page;
  private boolean breakBeforeNext;
  private int bookmarks;
  /** Anchors that open a front-matter section, with the label of that page. */
  private final Map<String, String> firstPages = new HashMap<>();

  private DocxDocumentWriter(XWPFDocument doc, DocumentInfo info) {
    this.doc = doc;
    this.layout = DocxLayout.prepare(doc, info.thaiDigits());
  }

  public static void write(OfficialDocument model, OutputStream out) {
    try (XWPFDocument doc = new XWPFDocument()) {
      new DocxDocumentWriter(doc, model.info()).render(model.sections());
      DocxFonts.embed(doc);
      OfficeFiles.write(doc, model.info(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void render(List<Section> sections) {
    for (Section s : sections) {
      if (s.numbers() == Section.PageNumbers.LETTERS && !s.blocks().isEmpty() && s.blocks().get(0) instanceof Heading h
          && h.anchor() != null) firstPages.put(h.anchor(), FIRST_LETTER);
    }
    for (int i = 0; i < sections.size(); i++) {
      Section section = sections.get(i);
      page = section.page();
      List<Block> blocks = section.blocks();
      for (int b = 0; b < blocks.size(); b++) {
        add(blocks.get(b));
        if (blocks.get(b) instanceof Paragraph && b + 1 < blocks.size() && blocks.get(b + 1) instanceof Paragraph next
            && next.style().keepWithPrevious()) {
          keepWithNext();
        }
      }
      boolean last = i == sections.size() - 1;
      // a section ends with the paragraph holding its properties; the last one's are the body's
      CTSectPr properties = last ? doc.getDocument().getBody().getSectPr() : closingParagraph().getCTPPr().addNewSectPr();
      layout.describe(properties, section);
    }
  }

  private void add(Block block) {
    if (block instanceof Heading h) heading(h);
    else if (block instanceof Paragraph p) paragraph(p);
    else if (block instanceof Table t) table(t);
    else if (block instanceof Picture pic) picture(pic);
    else if (block instanceof TableOfContents toc) contents(toc);
    else breakBeforeNext = true;
  }

  private void heading(Heading h) {
    XWPFParagraph p = newParagraph(h.align(), h.spaceBefore());
    p.setStyle("Heading" + Math.min(h.level(), 3));
    p.setSpacingAfter(DocxRuns.twips(h.spaceAfter()));
    if (h.anchor() == null) {
      DocxRuns.text(p, h.text(), h.size(), true);
      return;
    }
    BigInteger id = BigInteger.valueOf(bookmarks++);
    var start = p.getCTP().addNewBookmarkStart();
    start.setId(id);
    start.setName(h.anchor());
    DocxRuns.text(p, h.text(), h.size(), true);
    p.getCTP().addNewBookmarkEnd().setId(id);
  }

  private void paragraph(Paragraph para) {
    TextStyle s = para.style();
    XWPFParagraph p = newParagraph(s.align(), s.spaceBefore());
    if (s.indentLeft() != 0) p.setIndentationLeft(DocxRuns.twips(s.indentLeft()));
    if (s.firstLineIndent() > 0) p.setIndentationFirstLine(DocxRuns.twips(s.firstLineIndent()));
    if (s.firstLineIndent() < 0) p.setIndentationHanging(DocxRuns.twips(-s.firstLineIndent()));
    if (s.keepWithNext()) p.getCTPPr().addNewKeepNext();
    if (s.keepWithPrevious()) p.getCTPPr().addNewKeepLines();
    if (para.lead() != null) DocxRuns.text(p, para.lead(), s.size(), true);
    if (!para.text().isEmpty()) DocxRuns.text(p, para.text(), s.size(), s.bold());
  }

  /** The paragraph just written moves with the next one (Word's "keep with next" and "keep lines together"). */
  private void keepWithNext() {
    List<XWPFParagraph> ps = doc.getParagraphs();
    if (ps.isEmpty()) return;
    XWPFParagraph last = ps.get(ps.size() - 1);
    last.setKeepNext(true);
    // a paragraph kept with its previous one has "keep lines" already: Word refuses the element twice
    if (!last.getCTPPr().isSetKeepLines()) last.getCTPPr().addNewKeepLines();
  }

  private void table(Table t) {
    if (breakBeforeNext) newParagraph(Align.LEFT, 0);
    DocxTables.add(doc, t);
  }

  /** Centred at nine tenths of the text width, or lower to fit the page, kept with its caption. */
  private void picture(Picture pic) {
    XWPFParagraph p = newParagraph(Align.CENTER, 8);
    p.setKeepNext(pic.caption() != null);
    float width = pic.printedWidth(page.textWidth(), page.height - page.top - page.bottom);
    try {
      p.createRun().addPicture(new ByteArrayInputStream(pic.png()), Document.PICTURE_TYPE_PNG, "picture.png",
          Units.toEMU(width), Units.toEMU(width * pic.height() / pic.width()));
    } catch (IOException | InvalidFormatException e) {
      throw new IllegalStateException("cannot add a picture to the Word document", e);
    }
    if (pic.caption() != null) DocxRuns.text(newParagraph(Align.CENTER, 0), pic.caption(), Picture.CAPTION_SIZE, false);
  }

  /**
   * Entries with a dotted leader to a PAGEREF of the heading's bookmark, which Word and LibreOffice
   * fill in. LibreOffice prints a PAGEREF in digits whatever the page's numbering ("1" for the
   * foreword labelled ก), so a heading that opens a front-matter section gets its label as text.
   */
  private void contents(TableOfContents toc) {
    XWPFParagraph title = newParagraph(Align.RIGHT, 0);
    DocxRuns.text(title, toc.pageColumnTitle(), TextStyle.BODY_SIZE, true);
    for (TableOfContents.Entry e : toc.entries()) {
      XWPFParagraph p = newParagraph(Align.LEFT, e.level() == 1 ? 6 : 0);
      p.setIndentationLeft(DocxRuns.twips((e.level() - 1) * TableOfContents.LEVEL_INDENT));
      p.setIndentationRight(DocxRuns.twips(TableOfContents.NUMBER_WIDTH)); // the number's tab stands in the indent
      CTTabStop tab = p.getCTPPr().addNewTabs().addNewTab();
      tab.setVal(STTabJc.RIGHT);
      tab.setLeader(STTabTlc.DOT);
      tab.setPos(BigInteger.valueOf(DocxRuns.twips(page.textWidth())));
      DocxRuns.text(p, e.text(), TextStyle.BODY_SIZE, e.level() == 1).addTab();
      String fixed = firstPages.get(e.anchor());
      if (fixed != null) DocxRuns.text(p, fixed, TextStyle.BODY_SIZE, false);
      else DocxRuns.field(p, "PAGEREF " + e.anchor() + " \\h", "", TextStyle.BODY_SIZE);
    }
  }

  private XWPFParagraph newParagraph(Align align, float spaceBefore) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(DocxRuns.alignment(align));
    DocxRuns.spacing(p, spaceBefore);
    if (breakBeforeNext) {
      p.setPageBreak(true);
      breakBeforeNext = false;
    }
    return p;
  }

  /** The empty paragraph that carries a section's properties, its mark one point high so it never takes a page. */
  private XWPFParagraph closingParagraph() {
    XWPFParagraph p = newParagraph(Align.LEFT, 0);
    var mark = p.getCTPPr().addNewRPr();
    mark.addNewSz().setVal(DocxRuns.halfPoints(1));
    mark.addNewSzCs().setVal(DocxRuns.halfPoints(1));
    return p;
  }

}
