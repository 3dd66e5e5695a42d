package org.sujarit.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sujarit.importer.pipeline.PlanImporter;
import org.sujarit.importer.text.WrapDamage;
import org.sujarit.interchange.PlanInterchange;

/**
 * Of the Part 2 cell and the Part 3 heading, the reading without table-wrap damage; a dimension name
 * damaged beyond recognition replaced by the framework's; unfilled template words reported.
 */
class NameReadingsTest {
  private static final Path SEED = Path.of(System.getProperty("sujarit.shared", "/work/shared"), "seeds", "001_d1f19dc540dd0745.txt");

  @Test
  void aSpaceInsideAThaiWordOrADoubledMarkIsDamage() {
    assertThat(WrapDamage.of("ธรรมา ภิบาล")).isEqualTo(1);
    assertThat(WrapDamage.withoutSplitSpaces("ธรรมา ภิบาล")).isEqualTo("ธรรมาภิบาล");
    assertThat(WrapDamage.withoutSplitSpaces("เกี่ยว ข้อง")).isEqualTo("เกี่ยวข้อง");
    assertThat(WrapDamage.of("ระบู้้")).isEqualTo(1);
    // a space between words is the writer's
    assertThat(WrapDamage.of("โครงการ อบรม")).isZero();
    assertThat(WrapDamage.withoutSplitSpaces("การ ปฏิบัติงาน")).isEqualTo("การ ปฏิบัติงาน");
  }

  @Test
  void aDimensionNameDamagedBeyondRecognitionIsTheFrameworksAndReported() throws IOException {
    String clean = new String(PlanImporterTest.resource("clean-plan.txt"), java.nio.charset.StandardCharsets.UTF_8);
    String text = clean.replace("1. การสร้างวัฒนธรรมสุจริต\t", "1. กาย สรร วัฒน ธสุจ ริตร\t")
        .replace("2. การบริหารราชการด้วยความโปร่งใส\t", "2. ด้านการบริหารราชการด้วยความโปร่งใส\t");
    long line = text.lines().takeWhile(l -> !l.startsWith("1. กาย")).count() + 1;

    PlanInterchange plan = PlanImporter.withBuiltInFrameworks().read("plan.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8)).plan();

    assertThat(plan.dimensions()).extracting(PlanInterchange.Dimension::name)
        .containsExactly("การสร้างวัฒนธรรมสุจริต", "ด้านการบริหารราชการด้วยความโปร่งใส");
    assertThat(plan.diagnostics()).filteredOn(d -> d.code().equals("OCR_FIXED")).singleElement().satisfies(d -> {
      assertThat(d.line()).isEqualTo((int) line);
      assertThat(d.message()).contains("ชื่อมิติที่ 1", "กาย สรร วัฒน ธสุจ ริตร", "\"การสร้างวัฒนธรรมสุจริต\"");
    });
  }

  @Test
  void wordsThaiCannotSpellAreReportedAtTheirLineAndADamagedMissionNameIsTheFrameworks() throws IOException {
    String clean = new String(PlanImporterTest.resource("clean-plan.txt"), java.nio.charset.StandardCharsets.UTF_8);
    String text = clean.replace("1) โครงการอบรมคุณธรรมจริยธรรมบุคลากร", "1) โครงการอบรมคุณธรรมจริยธรรมบุค้้ลากร")
        .replace("ทุกภาคส่วนในท้องถิ่น", "ทุกภาคส่วนในท้องถิ่่น");
    int itemLine = lineOf(text, "1) โครงการอบรม");
    int missionLine = lineOf(text, "\t1.2 การเสริมสร้าง");

    PlanInterchange plan = PlanImporter.withBuiltInFrameworks().read("plan.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8)).plan();

    assertThat(PlanImporterTest.projects(plan)).extracting(PlanInterchange.Project::name).contains("โครงการอบรมคุณธรรมจริยธรรมบุคลากร");
    assertThat(plan.dimensions().get(0).missions().get(1).name()).isEqualTo("การเสริมสร้างจิตสำนึกและความตระหนักแก่ประชาชนทุกภาคส่วนในท้องถิ่น");
    assertThat(plan.diagnostics()).filteredOn(d -> d.code().equals("DAMAGED_WORD")).singleElement().satisfies(d -> {
      assertThat(d.line()).isEqualTo(itemLine);
      assertThat(d.severity()).isEqualTo("INFO"); // the clean Part 3 heading is the name used
      assertThat(d.message()).contains("้้", "สระหรือวรรณยุกต์ซ้อนกัน", "ชื่อที่ใช้ไม่มีคำนี้");
    });
    assertThat(plan.diagnostics()).filteredOn(d -> d.code().equals("OCR_FIXED") && d.message().contains("ชื่อภารกิจ 1.2")).singleElement()
        .satisfies(d -> {
          assertThat(d.line()).isEqualTo(missionLine);
          assertThat(d.message()).contains("ท้องถิ่่น");
        });
  }

  private static int lineOf(String text, String part) {
    return (int) text.lines().takeWhile(l -> !l.contains(part)).count() + 1;
  }

  @Test
  void seed001TakesTheCleanHeadingAndReportsPlaceholders() throws IOException {
    assumeTrue(Files.isReadable(SEED), "shared seeds not present");
    PlanInterchange plan = PlanImporter.withBuiltInFrameworks().read(SEED.getFileName().toString(), Files.readAllBytes(SEED)).plan();
    List<String> names = plan.dimensions().stream().flatMap(d -> d.missions().stream()).flatMap(m -> m.projects().stream())
        .map(PlanInterchange.Project::name).toList();
    assertThat(names).noneMatch(n -> n.contains("ที่ เกี่ยวข้อง") || n.contains("ระบู้้"));
    assertThat(names).contains("โครงการเผยแพร่ประชาสัมพันธ์ความรู้ด้านกฎหมายและระเบียบที่เกี่ยวข้องกับการปฏิบัติงานให้แก่"
        + "บุคลากรองค์กรปกครองส่วนท้องถิ่น ผู้บริหารและสมาชิกสภาท้องถิ่น");
    assertThat(plan.diagnostics()).filteredOn(d -> d.code().equals("PLACEHOLDER")).extracting(PlanInterchange.Diagnostic::line)
        .contains(62, 149);
    // "ระบู้้" (the Part 3 heading, clean, is the name used) and "เจตนาารมณ" in the Part 2 cells
    assertThat(plan.diagnostics()).filteredOn(d -> d.code().equals("DAMAGED_WORD")).extracting(PlanInterchange.Diagnostic::line)
        .contains(136, 137);
  }
}
