package org.sujarit.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.sujarit.importer.pipeline.ImportException;
import org.sujarit.importer.pipeline.PlanImporter;

/**
 * Coverage-guided fuzzing of every reader (text, JSON, DOCX, XLSX, PDF, told apart by content):
 * whatever the bytes, the importer gives a plan or refuses with a Thai message, never another
 * exception. In the normal build Jazzer only replays the seeds and the crashes found so far
 * (src/test/resources/org/sujarit/importer/ReadersFuzzTestInputs/readAnything); the profile
 * {@code -Pfuzz} fuzzes for the 10 minutes named here, with -Xmx256m.
 */
class ReadersFuzzTest {
  private static final PlanImporter IMPORTER = PlanImporter.withBuiltInFrameworks();

  @FuzzTest(maxDuration = "10m")
  void readAnything(byte[] input) {
    try {
      assertThat(IMPORTER.read("fuzz", input).plan()).isNotNull();
    } catch (ImportException e) {
      assertThat(e.getMessage()).containsPattern("[ก-๙]");
    }
  }
}
