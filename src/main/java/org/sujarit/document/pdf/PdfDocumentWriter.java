package org.sujarit.document.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.GregorianCalendar;
import java.util.List;
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
import org.sujarit.document.layout.TableOfContents;
import org.sujarit.document.layout.TextStyle;

/** Renders a document as PDF with the embedded Thai font, the same bytes for the same document. */
public final class PdfDocumentWriter {
  /** Line height as a multiple of the font size: about Word's single spacing for TH Sarabun New. */
  static final float LEADING = 1.25f;
  /** A heading or label this close to the foot of the page moves to the next page with what follows. */
  private static final float KEEP_WITH_NEXT = 90;
  private static final float CAPTION_ROOM = 40;
  /** The height a table that follows the current block needs for its header and first row, else 0. */
  private float tableNext;
  private static final float LAYOUT_GAP = 30;

  private final OfficialDocument model;
  private final Document document = new Document();
  private final PageDecorator decorator;
  private final PdfWriter writer;

  private PdfDocumentWriter(OfficialDocument model, OutputStream out) {
    this.model = model;
    this.decorator = new PageDecorator(model.info().thaiDigits());
    this.writer = PdfWriter.getInstance(document, out);
  }

  public static void write(OfficialDocument model, OutputStream out) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(256 * 1024);
    new PdfDocumentWriter(model, buffer).render();
    try {
      out.write(FileIdentifier.fromContent(buffer.toByteArray()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void render() {
    writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO); // were a line justified: widen spaces, never letters (moves Thai marks)
    writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
    writer.setPageEvent(decorator);
    writer.setPageLabels(decorator.labels());
    describe(model.info());
    boolean first = true;
    for (Section section : model.sections()) {
      setPage(section.page());
      decorator.startSection(section.numbers());
      if (first) {
        document.open();
        writer.getInfo().put(PdfName.CREATIONDATE, created(model.info())); // open() stamps the current time
        first = false;
      } else {
        document.newPage();
        decorator.applyPendingSection(writer);
      }
      List<Block> blocks = section.blocks();
      for (int i = 0; i < blocks.size(); i++) {
        tableNext = i + 1 < blocks.size() && blocks.get(i + 1) instanceof Table t ? PdfTables.openingHeight(t) : 0;
        int kept = i + 1;
        while (blocks.get(i) instanceof Paragraph && kept < blocks.size() && blocks.get(kept) instanceof Paragraph next
            && next.style().keepWithPrevious()) {
          kept++;
        }
        if (kept > i + 1) {
          keptTogether(blocks.subList(i, kept));
          i = kept - 1;
        } else {
          add(blocks.get(i));
        }
      }
    }
    document.close();
  }

  private void describe(DocumentInfo info) {
    document.addTitle(info.title());
    document.addAuthor(info.author());
    document.addSubject(info.subject());
    document.addCreator("Sujarit");
    document.addModificationDate(created(info));
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString("th-TH"));
    writer.getInfo().put(PdfName.FILEID, FileIdentifier.placeholder());
  }

  private static PdfDate created(DocumentInfo info) {
    return new PdfDate(GregorianCalendar.from(info.created()));
  }

  private void setPage(PageSetup page) {
    document.setPageSize(new Rectangle(page.width, page.height));
    document.setMargins(page.left, page.right, page.top, page.bottom);
  }

  private void add(Block block) {
    if (block instanceof Heading h) heading(h);
    else if (block instanceof Paragraph p) paragraph(p);
    else if (block instanceof Table t) PdfTables.add(document, writer, t);
    else if (block instanceof Picture pic) document.add(PdfPictures.of(pic, document.right() - document.left(), usableHeight()));
    else if (block instanceof TableOfContents toc) contents(toc);
    else document.newPage();
  }

  private void heading(Heading h) {
    keepWithNext();
    Chunk chunk = chunk(h.text(), PdfFonts.font(h.size(), true));
    if (h.anchor() != null) {
      chunk.setGenericTag(decorator.tag(h));
      chunk.setLocalDestination(h.anchor());
    }
    com.lowagie.text.Paragraph p = PdfFonts.paragraph(h.size(), h.size() * LEADING);
    p.add(chunk);
    p.setAlignment(alignment(h.align()));
    space(p, h.spaceBefore());
    p.setSpacingAfter(h.spaceAfter());
    document.add(p);
  }

  private void paragraph(Paragraph para) {
    if (para.style().keepWithNext()) keepWithNext();
    document.add(pdfParagraph(para));
  }

  /**
   * Paragraphs that move to the next page together when they do not fit (a signature with the
   * paragraph above it): one borderless cell of a table kept together.
   */
  private void keptTogether(List<Block> paragraphs) {
    PdfPTable box = new PdfPTable(1);
    box.setWidthPercentage(100);
    box.setKeepTogether(true);
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(0);
    for (Block b : paragraphs) cell.addElement(pdfParagraph((Paragraph) b));
    box.addCell(cell);
    document.add(box);
  }

  private com.lowagie.text.Paragraph pdfParagraph(Paragraph para) {
    TextStyle s = para.style();
    com.lowagie.text.Paragraph p = PdfFonts.paragraph(s.size(), s.size() * LEADING);
    if (para.lead() != null) p.add(chunk(para.lead(), PdfFonts.font(s.size(), true)));
    if (!para.text().isEmpty()) p.add(chunk(para.text(), PdfFonts.font(s.size(), s.bold())));
    p.setAlignment(alignment(s.align()));
    p.setIndentationLeft(s.indentLeft());
    p.setFirstLineIndent(s.firstLineIndent());
    space(p, s.spaceBefore());
    return p;
  }

  private void contents(TableOfContents toc) {
    document.add(ContentsLayout.of(toc, document.right() - document.left(), writer.getDirectContent(), decorator));
  }

  /**
   * Space above a paragraph. OpenPDF drops spacing at the top of a page, which is right for the gap
   * between paragraphs but not for a layout gap (a title placed lower on its page): that takes an
   * empty, borderless cell of its height.
   */
  private void space(com.lowagie.text.Paragraph p, float before) {
    if (before < LAYOUT_GAP) {
      p.setSpacingBefore(before);
      return;
    }
    PdfPTable gap = new PdfPTable(1);
    PdfPCell cell = new PdfPCell();
    cell.setFixedHeight(before);
    cell.setBorder(Rectangle.NO_BORDER);
    gap.addCell(cell);
    document.add(gap);
  }

  private float usableHeight() {
    return document.top() - document.bottom();
  }

  /** Starts a new page when too little room is left for a heading and the start of its text. */
  private void keepWithNext() {
    // a caption or heading over a table needs room for the header and one row below it as well
    float needed = tableNext > 0 ? Math.max(KEEP_WITH_NEXT, CAPTION_ROOM + tableNext) : KEEP_WITH_NEXT;
    if (writer.getVerticalPosition(true) - document.bottom() < needed) document.newPage();
  }

  private static Chunk chunk(String text, Font font) {
    Chunk c = new Chunk(text, font);
    c.setSplitCharacter(new ThaiLineBreaks());
    return c;
  }

  static int alignment(Align align) {
    return switch (align) {
      case LEFT -> Element.ALIGN_LEFT;
      case CENTER -> Element.ALIGN_CENTER;
      case RIGHT -> Element.ALIGN_RIGHT;
      // OpenPDF can only widen spaces, which leaves wide gaps in Thai lines (few spaces): ragged right
      // reads better and is how LibreOffice shows Word's "Thai distributed" too
      case JUSTIFY -> Element.ALIGN_LEFT;
    };
  }

}
