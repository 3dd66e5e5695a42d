package org.sujarit.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.sujarit.importer.text.Amounts;
import org.sujarit.plan.ItemKind;
import org.sujarit.importer.text.ItemMarker;
import org.sujarit.importer.text.Markup;
import org.sujarit.importer.text.NameKey;
import org.sujarit.importer.text.ThaiText;

/** The small rules the recognizers are built from. */
class TextRulesTest {
  @Test
  void budgetCells() {
    assertThat(Amounts.cellValue("5,000")).isEqualByComparingTo("5000");
    assertThat(Amounts.cellValue("๑,๕๐๐,๐๐๐")).isEqualByComparingTo("1500000");
    assertThat(Amounts.cellValue("10,000.50 บาท")).isEqualByComparingTo("10000.50");
    assertThat(Amounts.cellValue("-")).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(Amounts.cellValue("0")).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(Amounts.cellValue("ไม่ใช้งบประมาณ")).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(Amounts.cellValue("")).isNull();
    assertThat(Amounts.cellValue("ตามโครงการ")).isNull();
    assertThat(Amounts.isBudgetCell("กองคลัง")).isFalse();
    assertThat(Amounts.inText("จำนวน 50,000 บาท (ห้าหมื่นบาทถ้วน) และ ๑๒๐,๐๐๐ บาท")).containsExactly(new BigDecimal("50000"), new BigDecimal("120000"));
  }

  @Test
  void itemMarkersSplitCellsOnlyWhereTheNumberingContinues() {
    assertThat(ItemMarker.splitItems("5) มาตรการปรับปรุงศูนย์ข้อมูล 6) มาตรการเปิดเผยข้อมูล"))
        .containsExactly("5) มาตรการปรับปรุงศูนย์ข้อมูล", "6) มาตรการเปิดเผยข้อมูล");
    assertThat(ItemMarker.splitItems("4.1.1 โครงการตรวจสอบ 4.1.2 กิจกรรมติดตาม 4.1.3 มาตรการบริหารความเสี่ยง")).hasSize(3);
    assertThat(ItemMarker.splitItems("(๑) โครงการตามมาตรา 9 (8) แห่งพระราชบัญญัติ")).hasSize(1);
    ItemMarker thai = ItemMarker.atStart("(๑๒) มาตรการ");
    assertThat(thai.number()).isEqualTo(12);
    assertThat(ItemMarker.atStart("2.2.3 โครงการ").missionCode()).isEqualTo("2.2");
    assertThat(ItemMarker.atStart("1. การสร้าง")).isNull();
  }

  @Test
  void kindsAndNameKeys() {
    assertThat(ItemKind.of("“มาตรการ No Gift Policy”")).isEqualTo(ItemKind.MEASURE);
    assertThat(ItemKind.of("มาตรฐานการยกระดับ")).isEqualTo(ItemKind.OTHER);
    assertThat(NameKey.of("โครงการ  ประชุม “สภา” ๒๕๖๖")).isEqualTo(NameKey.of("ประชุมสภา 2566"));
    assertThat(NameKey.similarity(NameKey.of("กิจกรรมติดตามผลการประเมินผลการควบคุมภายใน"), NameKey.of("กิจกรรมติดตามประเมินผลการควบคุมภายใน")))
        .isGreaterThan(0.9);
  }

  @Test
  void thaiTextNormalization() {
    assertThat(ThaiText.normalize("ดํารง\u200Bตน")).isEqualTo("ดำรงตน");
    assertThat(ThaiText.normalize("ธร\u2060รมาภิ\u2060บาล 25,000\u00A0บาท")).isEqualTo("ธรรมาภิบาล 25,000 บาท"); // our own DOCX, re-imported
    assertThat(ThaiText.normalize("(မ.၂၅၆၆)")).isEqualTo("(မ.2566)");
    assertThat(ThaiText.laoToThai("ງົບປະມານ 50,000 ບາທ")).isEqualTo("งับปะมาน 50,000 บาท");
    assertThat(ThaiText.withoutForeignLetters("ปลด包袱จากการทุจริต")).isEqualTo("ปลดจากการทุจริต");
    assertThat(ThaiText.withoutForeignLetters("มาตรการ No Gift Policy")).isEqualTo("มาตรการ No Gift Policy");
  }

  @Test
  void markupFragments() {
    assertThat(Markup.strip("<p>๓.๒ การรับฟัง</p> <p>๓.๓ การส่งเสริม</p>").strip()).isEqualTo("๓.๒ การรับฟัง   ๓.๓ การส่งเสริม");
    assertThat(Markup.strip("ดู <http://www.nacc.go.th> &amp; ^{ยกระดับ}")).isEqualTo("ดู http://www.nacc.go.th & ยกระดับ");
    assertThat(Markup.splitBoldHeadings("๔.๒.๓ ส่งเสริม**๑. ชื่อโครงการ : กิจกรรม****๒. หลักการและเหตุผล**"))
        .containsExactly("๔.๒.๓ ส่งเสริม", "๑. ชื่อโครงการ : กิจกรรม", "๒. หลักการและเหตุผล");
    assertThat(Markup.splitBoldHeadings("- ๑) **โอกาส** แม้ว่า")).containsExactly("- ๑) โอกาส แม้ว่า");
    assertThat(Markup.markdownCells("| (๑) ผู้แทนชุมชน | ๒ คน |")).containsExactly("(๑) ผู้แทนชุมชน", "๒ คน");
    assertThat(Markup.isTableSeparator("|--|-------|")).isTrue();
  }
}
