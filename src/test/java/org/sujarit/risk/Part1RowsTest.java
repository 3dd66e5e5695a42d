package org.sujarit.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sujarit.plan.Introduction;
import org.sujarit.plan.PlanItemId;
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
}
