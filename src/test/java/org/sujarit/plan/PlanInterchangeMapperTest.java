package org.sujarit.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sujarit.framework.FrameworkCatalog;
import org.sujarit.importer.pipeline.PlanImporter;
import org.sujarit.interchange.PlanInterchange;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.UnitId;

/** A Part 1 risk's controls are matched to the new plan's items once: the typed row and the risks as read agree. */
class PlanInterchangeMapperTest {
  @Test
  void theRowAndTheRisksAsReadPairTheSameControlsWithTheSameItems() throws IOException {
    byte[] text;
    try (InputStream in = getClass().getResourceAsStream("/importer/clean-plan.txt")) {
      text = in.readAllBytes();
    }
    PlanInterchange read = PlanImporter.withBuiltInFrameworks().read("clean-plan.txt", text).plan();
    PlanInterchange.Risk risk = read.riskAssessment().risks().get(0);
    List<String> controls = Arrays.asList(" กิจกรรมเผยแพร่ข้อมูลข่าวสารการจัดซื้อจัดจ้าง", "ตรวจสอบราคากลาง", " ", null);
    PlanInterchange in = new PlanInterchange(read.source(), read.organization(), read.period(), read.framework(), read.title(), read.targets(),
        read.introduction(), new PlanInterchange.RiskAssessment("RISK_SCORE_TABLE",
            List.of(new PlanInterchange.Risk(risk.process(), risk.risk(), risk.level(), controls))),
        read.dimensions(), read.statedProjectCount(), read.statedGrandTotal(), read.diagnostics());

    Plan plan = PlanInterchangeMapper.toPlan(in, OrganizationId.random(), FrameworkCatalog.builtIn().find("NACC_2566").orElseThrow(),
        name -> UnitId.random(), new WorkflowStamp("test", Instant.EPOCH));
    PlanItemId item = plan.items().stream().filter(i -> i.name().contains("เผยแพร่ข้อมูลข่าวสาร")).findFirst().orElseThrow().id();

    Introduction.RiskRow row = plan.introduction().risks().get(0);
    assertThat(row.controls()).containsExactly(item);
    assertThat(row.controlNote()).as("blank controls are no measure").isEqualTo("ตรวจสอบราคากลาง");
    assertThat(PlanInterchangeMapper.importedRisks(in, plan)).singleElement().satisfies(r -> assertThat(r.controls()).containsExactly(
        new PlanImported.Control("กิจกรรมเผยแพร่ข้อมูลข่าวสารการจัดซื้อจัดจ้าง", item), new PlanImported.Control("ตรวจสอบราคากลาง", null)));
  }
}
