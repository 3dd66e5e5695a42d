package org.sujarit.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sujarit.importer.PlanImporterTest.every;
import static org.sujarit.importer.PlanImporterTest.missionOf;
import static org.sujarit.importer.PlanImporterTest.project;
import static org.sujarit.importer.PlanImporterTest.projects;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.sujarit.importer.pipeline.ImportResult;
import org.sujarit.importer.pipeline.PlanImporter;
import org.sujarit.importer.pipeline.SourceFormat;
import org.sujarit.interchange.PlanInterchange;

/** A DOCX plan built here with POI: vertically merged dimension and mission cells, a spanned total label. */
class DocxImportTest {
  @Test
  void readsParagraphsAndTablesWithMergedCells() throws IOException {
    ImportResult result = PlanImporter.withBuiltInFrameworks().read("plan.bin", docx());
    PlanInterchange plan = result.plan();

    assertThat(result.format()).isEqualTo(SourceFormat.DOCX);
    assertThat(plan.organization().name()).isEqualTo("เทศบาลตำบลเอกสารเวิร์ด");
    assertThat(plan.organization().kind()).isEqualTo("SUBDISTRICT_MUNICIPALITY");
    assertThat(plan.period()).isEqualTo(new PlanInterchange.Period(2566, 2570));
    assertThat(projects(plan)).hasSize(3);
    assertThat(missionOf(plan, "ประกาศเจตจำนง")).as("vertically merged mission cell").isEqualTo("1.1");
    assertThat(project(plan, "ประกาศเจตจำนง").budget()).isEqualTo(every(2566, 2570, 0));
    assertThat(project(plan, "อบรม").budget()).isEqualTo(every(2566, 2570, 15_000));
    assertThat(missionOf(plan, "คู่มือ")).isEqualTo("2.3");
    assertThat(plan.dimensions().get(0).statedProjectCount()).as("total label spanning two columns").isEqualTo(2);
    assertThat(plan.dimensions().get(0).statedTotal()).isEqualTo(every(2566, 2570, 15_000));
    assertThat(project(plan, "อบรม").details().targetGroup()).isEqualTo("พนักงานเทศบาล");
    assertThat(plan.diagnostics()).extracting(PlanInterchange.Diagnostic::code).doesNotContain("STATED_TOTAL_MISMATCH");
  }

  private static byte[] docx() throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. 2566 – 2570)");
      doc.createParagraph().createRun().setText("เทศบาลตำบลเอกสารเวิร์ด");
      doc.createParagraph().createRun().setText("ส่วนที่ 2");
      String[] years = {"ปี 2566", "ปี 2567", "ปี 2568", "ปี 2569", "ปี 2570"};
      XWPFTable t = doc.createTable(1, 9);
      fill(t.getRow(0), "มิติ", "ภารกิจตามมิติ", "โครงการ/กิจกรรม/มาตรการ", years[0], years[1], years[2], years[3], years[4], "หมายเหตุ");
      XWPFTableRow r1 = t.createRow();
      fill(r1, "1. การสร้างวัฒนธรรมสุจริต", "1.1 การเสริมสร้างจิตสำนึกและความตระหนักแก่บุคลากร", "1) กิจกรรมประกาศเจตจำนงสุจริต",
          "-", "-", "-", "-", "-", "สำนักปลัด");
      XWPFTableRow r2 = t.createRow();
      fill(r2, "", "", "2) โครงการอบรมจริยธรรมพนักงาน", "15,000", "15,000", "15,000", "15,000", "15,000", "สำนักปลัด");
      merge(r1.getCell(0), STMerge.RESTART);
      merge(r2.getCell(0), STMerge.CONTINUE);
      merge(r1.getCell(1), STMerge.RESTART);
      merge(r2.getCell(1), STMerge.CONTINUE);
      XWPFTableRow total = t.createRow();
      fill(total, "รวม", "", "จำนวน 2 โครงการ", "15,000", "15,000", "15,000", "15,000", "15,000", "");
      span(total, 0, 2);
      XWPFTableRow r3 = t.createRow();
      fill(r3, "2. การบริหารราชการด้วยความโปร่งใส", "2.3 มาตรการลดการใช้ดุลพินิจในการปฏิบัติงาน", "3) โครงการจัดทำคู่มือการให้บริการ",
          "ไม่ใช้งบประมาณ", "ไม่ใช้งบประมาณ", "ไม่ใช้งบประมาณ", "ไม่ใช้งบประมาณ", "ไม่ใช้งบประมาณ", "กองช่าง");
      doc.createParagraph().createRun().setText("ส่วนที่ 3");
      for (String line : new String[] {"1. ชื่อโครงการ : โครงการอบรมจริยธรรมพนักงาน", "2. หลักการและเหตุผล", "พนักงานต้องมีจริยธรรม",
          "3. กลุ่มเป้าหมาย", "พนักงานเทศบาล"}) {
        doc.createParagraph().createRun().setText(line);
      }
      doc.write(out);
      return out.toByteArray();
    }
  }

  static void fill(XWPFTableRow row, String... texts) {
    for (int i = 0; i < texts.length; i++) row.getCell(i).setText(texts[i]);
  }

  static void merge(XWPFTableCell cell, STMerge.Enum how) {
    CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    pr.addNewVMerge().setVal(how);
    if (how == STMerge.CONTINUE) cell.setText("");
  }

  /** Merges {@code count} cells from {@code first} into one, as Word stores it: a grid span and fewer cells. */
  static void span(XWPFTableRow row, int first, int count) {
    XWPFTableCell cell = row.getCell(first);
    CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    pr.addNewGridSpan().setVal(BigInteger.valueOf(count));
    for (int i = 1; i < count; i++) row.removeCell(first + 1);
  }
}
