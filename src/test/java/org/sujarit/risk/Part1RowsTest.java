package org.sujarit.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sujarit.plan.Introduction;
import org.sujarit.plan.PlanItemId;
import org.sujarit.plan.RiskAreaWords;
import org.sujarit.plan.RiskLevel;

class Part1RowsTest {
  @Test
  void everyRowBecomesARiskWithItsControlsLinked() {
    PlanItemId item = new PlanItemId(UUID.randomUUID());
    List<Risk> risks = Part1Rows.from(List.of(
        new Introduction.RiskRow("การจัดซื้อจัดจ้าง", "กำหนดคุณลักษณะเอื้อผู้ค้า", RiskLevel.HIGH, List.of(item), "ตรวจสอบราคากลาง"),
        new Introduction.RiskRow("การอนุญาตก่อสร้าง", "ไม่เป็นไปตามลำดับคำขอ", RiskLevel.MEDIUM, List.of(), null),
        new Introduction.RiskRow("การตรวจรับ", "เรียกรับเงินจากผู้รับจ้าง", null, List.of(), null),
        new Introduction.RiskRow("การบริหารงานบุคคล", null, RiskLevel.VERY_HIGH, List.of(), null),
        new Introduction.RiskRow(null, " ", RiskLevel.LOW, List.of(), null)));
    assertThat(risks).hasSize(4);
    assertThat(risks).extracting(Risk::area).containsExactly(RiskArea.BUDGET, RiskArea.APPROVAL, RiskArea.BRIBERY, RiskArea.POWER);
    assertThat(risks).extracting(Risk::light).containsExactly(TrafficLight.ORANGE, TrafficLight.YELLOW, null, TrafficLight.RED);
    assertThat(risks.get(0).measures()).extracting(Measure::planItem).containsExactly(item, null);
    assertThat(risks.get(0).measures().get(1).text()).isEqualTo("ตรวจสอบราคากลาง");
    assertThat(risks.get(3).description()).isEqualTo("การบริหารงานบุคคล");
    assertThat(risks).allSatisfy(r -> assertThat(r.score()).isNull());
  }

  @Test
  void aTypedControlNoteIsOneMeasureAndOnlyAnImportsNoteIsSplit() {
    List<Introduction.RiskRow> rows = List.of(
        new Introduction.RiskRow("การจัดซื้อจัดจ้าง", "กำหนดคุณลักษณะเอื้อผู้ค้า", RiskLevel.HIGH, List.of(), "ตรวจสอบราคากลาง; เปิดเผยผลการจัดซื้อ"));
    assertThat(Part1Rows.from(rows).get(0).measures()).extracting(Measure::text).containsExactly("ตรวจสอบราคากลาง; เปิดเผยผลการจัดซื้อ");
    assertThat(Part1Rows.fromImport(rows).get(0).measures()).extracting(Measure::text).containsExactly("ตรวจสอบราคากลาง", "เปิดเผยผลการจัดซื้อ");
  }

  @Test
  void theAreaWordsAreOneTableOfTheBuiltInAreas() {
    assertThat(RiskAreaWords.codes()).containsExactlyInAnyOrderElementsOf(RiskArea.BUILT_IN);
    // words either reader once knew alone: disbursement (Part 1 rows), resources and the use of power (the nine-step form)
    assertThat(Part1Rows.area("การเบิกจ่ายค่าตอบแทน")).isEqualTo(RiskArea.BUDGET);
    assertThat(Part1Rows.area("การบริหารจัดการทรัพยากรภาครัฐ")).isEqualTo(RiskArea.BUDGET);
    assertThat(Part1Rows.area("ใช้ตำแหน่งหน้าที่เอื้อประโยชน์ในการจัดซื้อ")).isEqualTo(RiskArea.POWER);
    assertThat(Part1Rows.area("การประชุมสภา")).isEqualTo(RiskArea.POWER);
  }

  @Test
  void theLightOfALevelIsThePlansOneMapping() {
    for (RiskLevel level : RiskLevel.values()) assertThat(Part1Rows.light(level).name()).isEqualTo(level.light());
    assertThat(Part1Rows.light(RiskLevel.LOW)).isEqualTo(TrafficLight.GREEN);
    assertThat(Part1Rows.light(null)).isNull();
  }
}
