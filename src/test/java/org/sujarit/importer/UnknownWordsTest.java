package org.sujarit.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.sujarit.importer.pipeline.PlanImporter;
import org.junit.jupiter.api.Test;
import org.sujarit.importer.text.ThaiWords;
import org.sujarit.interchange.PlanInterchange;
import org.sujarit.interchange.PlanInterchange.Diagnostic;

/**
 * Thai runs of names that neither ICU's dictionary nor the compound dictionary of official terms can
 * cut into words are UNKNOWN_WORD at their line; correct names, the organization's own and the
 * framework's are not.
 */
class UnknownWordsTest {
  private static final Path SHARED = Path.of(System.getProperty("sujarit.shared", "/work/shared"));

  @Test
  void aRunNoDictionaryCutsIntoWordsIsUnknown() {
    assertThat(ThaiWords.unknownWords("โครงการอบรมคุณธรรมจริยธรรมบุคคลากร", List.of())).extracting(ThaiWords.Unknown::word)
        .containsExactly("บุคคลากร");
    assertThat(ThaiWords.unknownWords("มาตรการแสดงเจตกรรมณ์ในการนำหลักคุณธรรมมาใช้", List.of())).singleElement()
        .satisfies(u -> assertThat(u.word()).contains("กรรมณ์"));
    // ICU cuts "ธรรมาภิบาล" into pieces that are not words; the compound dictionary has it
    for (String correct : List.of("โครงการอบรมคุณธรรมจริยธรรมบุคลากร", "ธรรมาภิบาล", "โครงการประชุมสภาสัญจร",
        "การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น", "กิจกรรม E-Service ปีงบประมาณ ๒๕๖๖", "ต่าง ๆ ฯลฯ")) {
      assertThat(ThaiWords.unknownWords(correct, List.of())).as(correct).isEmpty();
    }
    // a place name the document establishes is known
    assertThat(ThaiWords.unknownWords("องค์การบริหารส่วนตำบลฮ่องฮี้", List.of())).hasSize(1);
    assertThat(ThaiWords.unknownWords("องค์การบริหารส่วนตำบลฮ่องฮี้", List.of("องค์การบริหารส่วนตำบลฮ่องฮี้"))).isEmpty();
  }

  @Test
  void anUnknownWordOfAnItemNameIsReportedOnceAtItsLine() throws IOException {
    String clean = new String(PlanImporterTest.resource("clean-plan.txt"), StandardCharsets.UTF_8);
    String text = clean.replace("คุณธรรมจริยธรรมบุคลากร", "คุณธรรมจริยธรรมบุคคลากร");
    int sheetLine = (int) text.lines().takeWhile(l -> !l.contains("ชื่อโครงการ : โครงการอบรม")).count() + 1;

    PlanInterchange plan = PlanImporter.withBuiltInFrameworks().read("plan.txt", text.getBytes(StandardCharsets.UTF_8)).plan();

    assertThat(plan.diagnostics()).filteredOn(d -> d.code().equals("UNKNOWN_WORD")).singleElement().satisfies(d -> {
      assertThat(d.line()).isEqualTo(sheetLine);
      assertThat(d.severity()).isEqualTo("WARNING");
      assertThat(d.message()).contains("\"บุคคลากร\"", "ชื่อรายการ");
    });
    assertThat(PlanImporter.withBuiltInFrameworks().read("plan.txt", clean.getBytes(StandardCharsets.UTF_8)).plan().diagnostics())
        .noneMatch(d -> d.code().equals("UNKNOWN_WORD"));
  }

  /**
   * The seeds' unknown words are all damage: seed 000's item "สมชิกสภาพห้องถิ่น" for สมาชิกสภาท้องถิ่น (line 435), mission 1.1 "ฝ่ายสถาปัตย์" for
   * ฝ่ายสภาท้องถิ่น (line 443), an item "เจตกรรมณ์" for เจตนารมณ์ (line 1030) and the headings of the
   * sheet printed in Lao letters (lines 2102–2132); seeds 001 and 003 have none.
   */
  @Test
  void theSeedsUnknownWordsAreDamageOnly() throws IOException {
    Map<String, List<Integer>> expected = Map.of(
        "000_57b82ac8baffe8ef", List.of(435, 443, 1030, 2102, 2112, 2116, 2124, 2128, 2132),
        "001_d1f19dc540dd0745", List.of(),
        "003_84f9b3d3dee21d4b", List.of());
    for (var e : expected.entrySet()) {
      Path file = SHARED.resolve("seeds/" + e.getKey() + ".txt");
      assumeTrue(Files.isReadable(file), "shared seeds not present");
      PlanInterchange plan = PlanImporter.withBuiltInFrameworks().read(e.getKey() + ".txt", Files.readAllBytes(file)).plan();
      assertThat(plan.diagnostics()).as(e.getKey()).filteredOn(d -> d.code().equals("UNKNOWN_WORD")).extracting(Diagnostic::line)
          .containsExactlyElementsOf(e.getValue());
    }
  }
}
