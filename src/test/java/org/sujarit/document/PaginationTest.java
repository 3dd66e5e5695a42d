package org.sujarit.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sujarit.interchange.PlanInterchange;

/** Page numbers, the contents and the Part 2 table across pages, as a reader checks them. */
class PaginationTest {
  private static final Pattern NUMBER = Pattern.compile("^\\s*- (\\S+) -\\s*$", Pattern.MULTILINE);
  private static final Pattern CONTENTS_LINE = Pattern.compile("^\\s*(มิติที่ \\d)[^\\n]*?\\s(\\d+)\\s*$", Pattern.MULTILINE);

  private static final Pattern TOTAL_CELL = Pattern.compile("(?m)^รวม(ทั้งสิ้น)?\\s");
  private static final Pattern ITEM = Pattern.compile("(?m)\\d+\\) ");

  @ParameterizedTest
  @ValueSource(ints = {15, 60, 140})
  void numbersAreContinuousTheContentsAgreeAndNoPageStartsWithATotal(int items) throws Exception {
    PlanInterchange plan = items == 15 ? TestPlans.fiveYear() : TestPlans.large(items);
    byte[] pdf = new PlanDocuments().render(plan, DocumentFormat.PDF, TestPlans.OPTIONS);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<String> pages = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(stripper.getText(doc).replace("\r", ""));
      }
      String[] labels = doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
      List<Integer> numbers = new ArrayList<>();
      for (int p = 0; p < pages.size(); p++) {
        Matcher m = NUMBER.matcher(pages.get(p));
        String printed = m.find() ? m.group(1) : "";
        assertThat(labels[p]).as("label of page %d", p + 1).isEqualTo(printed);
        if (printed.matches("\\d+")) numbers.add(Integer.parseInt(printed));
      }
      for (int i = 0; i < numbers.size(); i++) assertThat(numbers.get(i)).as("body page %d", i + 1).isEqualTo(i + 1);

      int contentsPage = indexOf(pages, "สารบัญ");
      Matcher entry = CONTENTS_LINE.matcher(pages.get(contentsPage));
      int checked = 0;
      while (entry.find()) {
        String caption = entry.group(1);
        int at = -1;
        for (int p = contentsPage + 1; p < pages.size() && at < 0; p++) if (pages.get(p).contains(caption)) at = p;
        assertThat(labels[at]).as(caption).isEqualTo(entry.group(2));
        checked++;
        if (checked == 4) break; // the dimensions of Part 2; Part 3's repeat the captions
      }
      assertThat(checked).isEqualTo(4);

      boolean continued = false;
      for (String page : pages) {
        if (!page.contains("ภารกิจตามมิติ")) continue;
        int header = page.indexOf("ภารกิจตามมิติ");
        Matcher total = TOTAL_CELL.matcher(page);
        Matcher item = ITEM.matcher(page);
        if (total.find(header)) {
          assertThat(item.find(header) && item.start() < total.start()).as("an item row before the total on\n%s", page).isTrue();
        }
        continued |= page.contains("(ต่อ)");
      }
      if (items > 15) assertThat(continued).isTrue();
    }
  }

  private static int indexOf(List<String> pages, String text) {
    for (int p = 0; p < pages.size(); p++) if (pages.get(p).contains(text)) return p;
    throw new AssertionError("no page with " + text);
  }
}
