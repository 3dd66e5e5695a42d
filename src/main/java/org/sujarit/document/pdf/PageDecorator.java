package org.sujarit.document.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfPageLabels;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.sujarit.document.layout.Heading;
import org.sujarit.document.layout.Section.PageNumbers;
import org.sujarit.common.ThaiDigits;

/**
 * Numbers the pages the way Thai plans do ("- ก -" in the front matter, "- 1 -" from Part 1 on, none
 * on the cover), sets matching page labels, and when a heading is laid out records its page for the
 * table of contents and adds its bookmark.
 */
final class PageDecorator extends PdfPageEventHelper {
  /** Thai letters as front-matter page numbers (ฃ and ฅ are obsolete). */
  private static final String LETTERS = "กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ";
  private static final float NUMBER_SIZE = 16;

  private final boolean thaiDigits;
  private final PdfPageLabels labels = new PdfPageLabels();
  private final Map<String, Heading> headings = new HashMap<>();
  private final Map<String, String> pageOfAnchor = new HashMap<>();
  private final Map<String, PdfTemplate> contentsNumbers = new HashMap<>();
  private final Set<String> placed = new HashSet<>();
  private final PdfOutline[] outlineLevels = new PdfOutline[4];

  private PageNumbers pending;
  private PageNumbers numbers = PageNumbers.NONE;
  private int counter;
  /** The writer's page number just before the current numbering began at 1. */
  private int base;
  private String label = "";

  PageDecorator(boolean thaiDigits) {
    this.thaiDigits = thaiDigits;
  }

  /** The numbering of the section that starts with the next page. */
  void startSection(PageNumbers sectionNumbers) {
    pending = sectionNumbers;
  }

  /** Ties a heading's generic tag to the heading, for its page and bookmark. */
  String tag(Heading heading) {
    headings.put(heading.anchor(), heading);
    return heading.anchor();
  }

  /** A placeholder for the page number of an anchor, filled in when the document closes. */
  void numberOf(String anchor, PdfTemplate template) {
    contentsNumbers.put(anchor, template);
  }

  /** Applies a section whose first page had already begun (the previous section ended flush). */
  void applyPendingSection(PdfWriter writer) {
    if (pending != null) onStartPage(writer, null);
  }

  @Override
  public void onStartPage(PdfWriter writer, Document document) {
    startPage(writer.getPageNumber());
    labels.addPageLabel(writer.getPageNumber(), PdfPageLabels.EMPTY, label.isEmpty() ? null : label); // replaces the page's earlier label
  }

  /**
   * The number follows the writer's page number, not a count of start events: OpenPDF may start a
   * page that stays empty and is never written, which a count would number (… 8, 10).
   */
  private void startPage(int page) {
    if (pending != null) {
      numbers = pending;
      if (pending == PageNumbers.LETTERS || pending == PageNumbers.FROM_ONE || pending == PageNumbers.FROM_SECOND_PAGE) base = page - 1;
      pending = null;
    }
    counter = numbers == PageNumbers.NONE ? 0 : page - base;
    label = switch (numbers) {
      case NONE -> "";
      case LETTERS -> String.valueOf(LETTERS.charAt((counter - 1) % LETTERS.length()));
      case FROM_SECOND_PAGE -> counter == 1 ? "" : number();
      case FROM_ONE, CONTINUED -> number();
    };
  }

  private String number() {
    return thaiDigits ? ThaiDigits.toThai(Integer.toString(counter)) : Integer.toString(counter);
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    if (label.isEmpty()) return;
    Rectangle page = document.getPageSize();
    ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
        new Phrase("- " + label + " -", PdfFonts.font(NUMBER_SIZE, false)), page.getWidth() / 2, page.getHeight() - 40, 0);
  }

  @Override
  public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String anchor) {
    if (!placed.add(anchor)) return; // a heading of two lines reports each line
    Heading h = headings.get(anchor);
    pageOfAnchor.put(anchor, label);
    int level = Math.min(h.level(), outlineLevels.length - 1);
    PdfOutline parent = writer.getRootOutline();
    for (int l = level - 1; l >= 1; l--) {
      if (outlineLevels[l] != null) {
        parent = outlineLevels[l];
        break;
      }
    }
    PdfOutline outline = new PdfOutline(parent, new PdfDestination(PdfDestination.FITH, rect.getTop() + h.size()),
        h.bookmarkTitle(), level < 2);
    outlineLevels[level] = outline;
    for (int l = level + 1; l < outlineLevels.length; l++) outlineLevels[l] = null;
  }

  @Override
  public void onCloseDocument(PdfWriter writer, Document document) {
    contentsNumbers.forEach((anchor, template) -> ColumnText.showTextAligned(template, Element.ALIGN_RIGHT,
        new Phrase(pageOfAnchor.getOrDefault(anchor, ""), PdfFonts.font(ContentsLayout.SIZE, false)),
        template.getWidth(), ContentsLayout.BASELINE, 0));
  }

  PdfPageLabels labels() {
    return labels;
  }
}
