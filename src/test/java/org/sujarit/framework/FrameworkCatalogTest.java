package org.sujarit.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameworkCatalogTest {
  @Test
  void knowsBothNaccCyclesWithTheirDimensionsAndMissions() {
    FrameworkCatalog catalog = FrameworkCatalog.builtIn();
    assertThat(catalog.all()).extracting(Framework::code).containsExactly("NACC_2566", "NACC_2561");

    Framework current = catalog.get("NACC_2566");
    assertThat(current.dimensions()).hasSize(4).allSatisfy(d -> assertThat(d.missions()).hasSize(3));
    assertThat(current.dimension(1).orElseThrow().name()).isEqualTo("การสร้างวัฒนธรรมสุจริต");
    assertThat(current.mission("4.3").orElseThrow().name()).isEqualTo("มาตรการจัดการเรื่องร้องเรียนการทุจริต");

    Framework previous = catalog.get("NACC_2561");
    assertThat(previous.dimension(2).orElseThrow().missions()).extracting(Framework.Mission::code)
        .containsExactly("2.1", "2.2", "2.3", "2.4", "2.5");
    assertThat(previous.dimension(4).orElseThrow().missions()).hasSize(4);
    assertThat(previous.hasMission("2.2.2")).isTrue();
    assertThat(previous.topMissionOf("4.3.1").orElseThrow().code()).isEqualTo("4.3");
    assertThat(catalog.covering(2563).orElseThrow().code()).isEqualTo("NACC_2561");
    assertThat(catalog.covering(2568).orElseThrow().code()).isEqualTo("NACC_2566");
  }

  @Test
  void theComplaintHandlingMissionsTakeTheComplaintStatisticsAsEvidence() {
    Framework current = FrameworkCatalog.builtIn().get("NACC_2566");
    assertThat(current.evidenceFor("3.2")).containsExactly("complaint.statistics");
    assertThat(current.evidenceFor("4.3")).containsExactly("complaint.statistics");
    assertThat(current.evidenceFor("4.3.1")).as("a sub-mission has its mission's").containsExactly("complaint.statistics");
    assertThat(current.evidenceFor("1.1")).isEmpty();
    Framework earlier = FrameworkCatalog.builtIn().get("NACC_2561");
    assertThat(earlier.evidenceFor("2.5.3")).containsExactly("complaint.statistics");
    assertThat(earlier.evidenceFor("3.2.2")).containsExactly("complaint.statistics");
    assertThat(earlier.evidenceFor("4.3")).as("the local council's oversight in 2561").isEmpty();
  }

  @Test
  void aNewCycleIsAddedAsAFileWithoutARelease(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("NACC_2571.json"), """
        {"code": "NACC_2571", "name": "กรอบ พ.ศ. 2571–2575", "firstYear": 2571, "lastYear": 2575,
         "dimensions": [{"no": 1, "name": "มิติใหม่", "missions": [{"code": "1.1", "name": "ภารกิจใหม่"}]}]}""");
    FrameworkCatalog catalog = FrameworkCatalog.load(dir);
    assertThat(catalog.all()).extracting(Framework::code).containsExactly("NACC_2571", "NACC_2566", "NACC_2561");
    assertThat(catalog.covering(2572).orElseThrow().mission("1.1")).isPresent();
  }
}
