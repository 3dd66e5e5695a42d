package org.sujarit.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Captions of the nine-step tables are told by their words, whatever their number and its digits. */
class NineStepTableTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ตารางที่ 1 ตารางระบุความเสี่ยง (Know Factor และ Unknow Factor)|1|IDENTIFICATION",
      "ตารางที่ ๒ ตารางแสดงสถานะความเสี่ยง (แยกตามรายสีไฟจราจร)|2|STATUS",
      "ตารางที่ 3 SCORING ทะเบียนข้อมูลที่ต้องเฝ้าระวัง 2 มิติ|3|SCORE",
      "ตาราง 3.1 ระดับความจำเป็นของการเฝ้าระวัง|3.1|NECESSITY",
      "ตารางที่ ๓.๒ ระดับความรุนแรงของผลกระทบ|3.2|IMPACT",
      "ตารางที่ 4 ตารางแสดงการประเมินการควบคุมความเสี่ยง|4|CONTROL",
      "ตาราง ๗ ตารางแผนบริหารความเสี่ยง|7|MEASURES",
      "ตารางที่ 2 เมทริกส์ระดับความเสี่ยง (โอกาส × ผลกระทบ)|2|SCORE",
      "ตารางที่ 6 ตารางจัดทำรายงานผลการเฝ้าระวังความเสี่ยง|6|MONITORING",
      "ตารางที่ 7 ตารางจัดทำระบบความเสี่ยง|7|MONITORING",
      "ตารางที่8 ตารางรายงานการบริหารความเสี่ยง|8|MONITORING",
      "ตารางที่ 9 แบบรายงานผลการดำเนินงานตามแผนบริหารความเสี่ยง|9|MONITORING"})
  void aCaptionIsToldByItsWords(String caption, String number, NineStepTable table) {
    assertThat(NineStepTable.caption(caption)).contains(new NineStepTable.Caption(number, table));
  }

  @Test
  void onlyAParagraphThatIsACaptionOfTheFormIsOne() {
    assertThat(NineStepTable.caption("กรณีหน่วยงานทำการประเมินการควบคุมความเสี่ยงในตารางที่ 4 ไม่พบว่า")).isEmpty();
    assertThat(NineStepTable.caption("ตารางที่ 2")).isEmpty();
    assertThat(NineStepTable.caption("ตารางที่ 1 เรื่องร้องเรียนตามประเภท")).isEmpty();
    assertThat(NineStepTable.MONITORING.atPlanTime()).isFalse();
    assertThat(NineStepTable.CONTROL.atPlanTime()).isTrue();
  }
}
