package org.sujarit.document.layout;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sujarit.common.ThaiDigits;
import org.sujarit.document.docx.DocxDocumentWriter;
import org.sujarit.document.pdf.PdfDocumentWriter;

/**
 * An official document: its file properties and its sections of blocks, rendered as PDF (the shipped
 * Thai font embedded, shaped, broken at Thai word boundaries) or as an editable Word file (TH Sarabun
 * New). The same document gives the same bytes: the files are stamped with {@link DocumentInfo#created()}.
 * Every module builds its official outputs with this; none writes PDF or DOCX itself.
 *
 * <pre>{@code
 * DocumentInfo info = new DocumentInfo("รายงานสถิติเรื่องร้องเรียน", organizationName, "ปีงบประมาณ พ.ศ. 2568",
 *     issued.atStartOfDay(ThaiDates.BANGKOK), thaiDigits);   // a fixed time: the same bytes
 * float width = PageSetup.PORTRAIT.textWidth();
 * Table table = new Table(Table.columns(width, new float[] {60, 20, 20}, Align.LEFT, Align.RIGHT, Align.RIGHT), 1,
 *     List.of(Table.Row.header(List.of("ช่องทาง", "จำนวน", "ร้อยละ")),
 *         Table.Row.body(List.of("เว็บไซต์", "12", "60.00")),
 *         Table.Row.total(List.of("รวม", "20", "100.00"))), 14);   // header rows repeat on every page
 * Picture chart = BarChart.bars("เรื่องร้องเรียนตามช่องทาง", List.of("เว็บไซต์", "โทรศัพท์"),
 *     List.of(new BarChart.Series("จำนวน", new java.awt.Color(0x1565C0), new double[] {12, 8})),
 *     v -> Long.toString(Math.round(v))).withCaption("ภาพที่ 1 เรื่องร้องเรียนตามช่องทาง");
 * OfficialDocument doc = OfficialDocument.builder(info)
 *     .section(PageSetup.PORTRAIT, Section.PageNumbers.FROM_SECOND_PAGE)   // or LANDSCAPE, FROM_ONE, NONE
 *     .add(Heading.title("รายงานสถิติเรื่องร้องเรียน\nณ วันที่ " + ThaiDates.longDate(issued)))   // B.E. date
 *     .add(Heading.section("1. สรุปผล"))
 *     .paragraph("ในปีงบประมาณ พ.ศ. 2568 มีเรื่องร้องเรียน 20 เรื่อง ...")   // TextStyle.BODY: 2.5 cm first-line indent
 *     .caption("ตารางที่ 1 เรื่องร้องเรียนตามช่องทาง").add(table)
 *     .add(chart)
 *     .signature("(ลงชื่อ) ........................", "(นายสมชาย ใจดี)", "นายกองค์การบริหารส่วนตำบล...")
 *     .build();
 * byte[] pdf = doc.pdf();      // or doc.writePdf(out)
 * byte[] docx = doc.docx();    // or doc.writeDocx(out)
 * }</pre>
 *
 * With {@link DocumentInfo#thaiDigits()} the builder writes every text it is given (tables and
 * captions included) and the page numbers with Thai digits. Dates: {@link org.sujarit.common.ThaiDates}.
 * Rendering is CPU-bound; run it off the request thread with {@link org.sujarit.document.DocumentJobs}
 * when it may take long.
 */
public record OfficialDocument(DocumentInfo info, List<Section> sections) {

  public OfficialDocument {
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(info.created(), "info.created");
    sections = List.copyOf(sections);
    if (sections.isEmpty()) throw new IllegalArgumentException("a document has at least one section");
  }

  public void writePdf(OutputStream out) {
    PdfDocumentWriter.write(this, out);
  }

  public void writeDocx(OutputStream out) {
    DocxDocumentWriter.write(this, out);
  }

  public byte[] pdf() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    writePdf(out);
    return out.toByteArray();
  }

  public byte[] docx() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
    writeDocx(out);
    return out.toByteArray();
  }

  public static Builder builder(DocumentInfo info) {
    return new Builder(info);
  }

  /** Collects sections and their blocks in reading order; a section starts on a new page. */
  public static final class Builder {
    private final DocumentInfo info;
    private final List<Section> sections = new ArrayList<>();
    private PageSetup page;
    private Section.PageNumbers numbers;
    private List<Block> blocks;

    private Builder(DocumentInfo info) {
      this.info = Objects.requireNonNull(info, "info");
    }

    /** Starts a section; blocks added before the first call go into an A4 portrait one numbered from page 2. */
    public Builder section(PageSetup setup, Section.PageNumbers pageNumbers) {
      close();
      page = Objects.requireNonNull(setup, "setup");
      numbers = Objects.requireNonNull(pageNumbers, "pageNumbers");
      blocks = new ArrayList<>();
      return this;
    }

    /** Any block; its texts take the document's digits. */
    public Builder add(Block block) {
      if (blocks == null) section(PageSetup.PORTRAIT, Section.PageNumbers.FROM_SECOND_PAGE);
      blocks.add(digits(block));
      return this;
    }

    /** A body paragraph: justified, its first line indented 2.5 cm. */
    public Builder paragraph(String text) {
      return add(Paragraph.of(text, TextStyle.BODY));
    }

    public Builder paragraph(String text, TextStyle style) {
      return add(Paragraph.of(text, style));
    }

    /** A bold line kept with what follows it, such as the title of the next table. */
    public Builder caption(String text) {
      return add(Paragraph.of(text, TextStyle.LABEL));
    }

    /** Lines centred in the right half of the text area: a signature or acknowledgement. */
    public Builder signature(String... lines) {
      return add(Paragraph.of(String.join("\n", lines), TextStyle.signature(currentPage().textWidth())));
    }

    public Builder pageBreak() {
      return add(new PageBreak());
    }

    /** The width text and tables have in the current section. */
    public float textWidth() {
      return currentPage().textWidth();
    }

    public OfficialDocument build() {
      close();
      return new OfficialDocument(info, sections);
    }

    private PageSetup currentPage() {
      return page == null ? PageSetup.PORTRAIT : page;
    }

    private void close() {
      if (blocks != null) sections.add(new Section(page, numbers, List.copyOf(blocks)));
      blocks = null;
    }

    private Block digits(Block block) {
      if (!info.thaiDigits()) return block;
      if (block instanceof Heading h) {
        return new Heading(h.level(), thai(h.text()), h.size(), h.align(), h.spaceBefore(), h.anchor(), thai(h.title()));
      }
      if (block instanceof Paragraph p) return new Paragraph(thai(p.lead()), thai(p.text()), p.style());
      if (block instanceof Table t) {
        return new Table(t.columns(), t.headerRows(), t.rows().stream().map(r -> new Table.Row(r.kind(), r.cells().stream()
            .map(c -> new Table.Cell(thai(c.text()), c.colSpan(), c.rowSpan(), c.align(), c.bold(), c.fontSize(), c.amount()))
            .toList())).toList(), t.fontSize());
      }
      if (block instanceof Picture pic) return pic.withCaption(thai(pic.caption()));
      if (block instanceof TableOfContents toc) {
        return new TableOfContents(thai(toc.pageColumnTitle()), toc.entries().stream()
            .map(e -> new TableOfContents.Entry(e.level(), thai(e.text()), e.anchor())).toList());
      }
      return block;
    }

    private static String thai(String text) {
      return ThaiDigits.toThai(text);
    }
  }
}
