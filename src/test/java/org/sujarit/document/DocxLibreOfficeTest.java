package org.sujarit.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sujarit.common.ThaiDates;
import org.sujarit.document.layout.Align;
import org.sujarit.document.layout.DocumentInfo;
import org.sujarit.document.layout.LineBreakRules;
import org.sujarit.document.layout.OfficialDocument;
import org.sujarit.document.layout.PageSetup;
import org.sujarit.document.layout.Section;
import org.sujarit.document.layout.Table;

/**
 * The DOCX as LibreOffice lays it out (what a server without Word would print), on a machine that
 * has no Thai font at all (fontconfig sees DejaVu only): the text is set in the font the DOCX
 * embeds. Skipped where LibreOffice (libreoffice-writer-nogui) is not installed.
 */
class DocxLibreOfficeTest {
  private static final Pattern PAGE_LABEL = Pattern.compile("^-\\s*(\\S+)\\s*-$");

  @Test
  void libreOfficeLaysOutTheSectionsTablesAndContentsPageNumbers() throws Exception {
    assumeTrue(Previews.available("soffice"), "LibreOffice (soffice) is not installed");
    Path dir = Files.createDirectories(Previews.DIRECTORY.resolve("libreoffice").toAbsolutePath());
    Path pdf = convert(dir, "plan-2566", new PlanDocuments().render(TestPlans.fiveYear(), DocumentFormat.DOCX, TestPlans.OPTIONS));
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      List<PDPage> pages = List.copyOf(toList(doc));
      assertThat(pages).hasSizeGreaterThan(15);
      assertThat(pages.stream().filter(p -> p.getMediaBox().getWidth() > p.getMediaBox().getHeight()).count()).isBetween(2L, 6L);
      // LibreOffice maps some stacked Thai marks to presentation forms in its text layer: check the figures
      String text = PdfDocumentTest.squeeze(new PDFTextStripper().getText(doc));
      assertThat(text).contains("จำนวน15โครงการ105,000112,000122,000102,000107,000.50", "จำนวน4โครงการ45,00045,00050,00035,00035,000");
      assertThat(fonts(doc)).isNotEmpty().allMatch(f -> f.contains("LaksamanTH16"));
      assertThat(new PDFTextStripper().getText(doc)).doesNotContain("\u2060");
      // the contents' page numbers are the labels the pages print (ก for the foreword, then 1, 2 …)
      List<String> labels = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      for (int i = 1; i <= pages.size(); i++) {
        PDFTextStripper page = new PDFTextStripper();
        page.setStartPage(i);
        page.setEndPage(i);
        String t = page.getText(doc);
        texts.add(letters(t));
        Matcher label = PAGE_LABEL.matcher(t.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(""));
        labels.add(label.matches() ? label.group(1) : null);
      }
      assertThat(labels.subList(1, 3)).containsExactly("ก", "ข");
      assertThat(labels.get(3)).isEqualTo("1");
      List<String> entries = contentsLines(doc, 3);
      assertThat(entries).hasSize(17);
      assertThat(entries.get(0)).matches("คำนำ\\.{4,}\\s*ก");
      for (String entry : entries) {
        Matcher m = Pattern.compile("(.+?)\\.{4,}\\s*(\\S+)").matcher(entry);
        assertThat(m.matches()).as(entry).isTrue();
        int page = labels.indexOf(m.group(2));
        assertThat(page).as("a page labelled %s", m.group(2)).isPositive();
        assertThat(texts.get(page)).as("page %s has %s", m.group(2), m.group(1)).contains(letters(m.group(1)));
      }
      Map<String, Integer> previews = new LinkedHashMap<>();
      previews.put("2-foreword", 2);
      previews.put("3-contents", 3);
      for (int i = 0; i < pages.size(); i++) {
        if (pages.get(i).getMediaBox().getWidth() > pages.get(i).getMediaBox().getHeight()) {
          previews.putIfAbsent("5-part2", i + 1);
        }
      }
      if (Previews.available("pdftoppm")) Previews.pages(pdf, "libreoffice/plan-2566", previews);
    }
  }

  /** Every word of the dictionary, and numbers with units, in cells narrow enough to wrap often, as LibreOffice sets them. */
  @Test
  void libreOfficeBreaksNoDictionaryWordAndNoNumberFromItsUnit() throws Exception {
    assumeTrue(Previews.available("soffice"), "LibreOffice (soffice) is not installed");
    Path dir = Files.createDirectories(Previews.DIRECTORY.resolve("libreoffice").toAbsolutePath());
    DocumentInfo info = new DocumentInfo("ทดสอบการตัดบรรทัด", "ทดสอบ", "", LocalDate.of(2026, 1, 5).atStartOfDay(ThaiDates.BANGKOK), false);
    List<Table.Row> rows = new ArrayList<>();
    rows.add(Table.Row.header(List.of("ข้อความ", "ข้อความ")));
    for (String word : LineBreakRules.WORDS) rows.add(Table.Row.body(List.of("ส่งเสริม" + word + "ของประชาชน", "งบประมาณ 25,000 บาท ร้อยละ 80")));
    Table table = new Table(Table.columns(140, new float[] {80, 60}, Align.LEFT, Align.LEFT), 1, rows, 14);
    OfficialDocument narrow = OfficialDocument.builder(info).section(PageSetup.PORTRAIT, Section.PageNumbers.NONE).add(table).build();
    Path pdf = convert(dir, "narrow-cells", narrow.docx());
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).doesNotContain("\u2060");
      List<String> lines = text.lines().map(DocxLibreOfficeTest::letters).toList();
      for (String word : LineBreakRules.WORDS) {
        long rowsWithIt = rows.stream().filter(r -> r.cells().get(0).text().contains(word)).count();
        assertThat(lines.stream().filter(l -> l.contains(letters(word))).count()).as(word).isGreaterThanOrEqualTo(rowsWithIt);
      }
      assertThat(lines).noneMatch(l -> l.endsWith("25000") || l.equals("บท") || l.endsWith("รอยล"));
      if (Previews.available("pdftoppm")) Previews.pages(pdf, "libreoffice/narrow-cells", Map.of("1", 1));
    }
  }

  /** The lines of the contents with a dotted leader, the entry's last line. */
  private static List<String> contentsLines(PDDocument doc, int page) throws Exception {
    PDFTextStripper contents = new PDFTextStripper();
    contents.setStartPage(page);
    contents.setEndPage(page);
    return contents.getText(doc).lines().map(String::strip).filter(l -> l.contains("....")).toList();
  }

  /**
   * Consonants, digits and Latin letters only: LibreOffice's text layer writes some stacked marks as
   * presentation forms, and wrapped lines lose their spaces; what is left still shows a word cut in two.
   */
  private static String letters(String s) {
    return s.codePoints().filter(c -> c >= 'ก' && c <= 'ฮ' || Character.isLetterOrDigit(c) && c < 0x80)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
  }

  private static Path convert(Path dir, String name, byte[] docx) throws Exception {
    Path file = Files.write(dir.resolve(name + ".docx"), docx);
    Previews.run(List.of("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
        "--convert-to", "pdf", "--outdir", dir.toString(), file.toString()), Map.of("HOME", dir.toString(), "FONTCONFIG_FILE", fontConfig(dir).toString()));
    return dir.resolve(name + ".pdf");
  }

  /** The names of the fonts the pages use. */
  private static Set<String> fonts(PDDocument doc) throws Exception {
    Set<String> names = new TreeSet<>();
    for (PDPage page : doc.getPages()) {
      for (COSName f : page.getResources().getFontNames()) names.add(page.getResources().getFont(f).getName());
    }
    return names;
  }

  private static List<PDPage> toList(PDDocument doc) {
    List<PDPage> pages = new java.util.ArrayList<>();
    doc.getPages().forEach(pages::add);
    return pages;
  }

  /** DejaVu only: no Thai font is installed, and none of the application's. */
  private static Path fontConfig(Path dir) throws Exception {
    return Files.writeString(dir.resolve("fonts.conf"), """
        <?xml version="1.0"?>
        <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
        <fontconfig>
          <dir>/usr/share/fonts/truetype/dejavu</dir>
          <cachedir>%s</cachedir>
        </fontconfig>
        """.formatted(dir.resolve("fontcache")));
  }
}
