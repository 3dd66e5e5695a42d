package org.sujarit.document;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PreviewScratch {
  @Test
  void render() throws Exception {
    Path dir = Files.createDirectories(Path.of("target/scratch"));
    Files.write(dir.resolve("plan.pdf"), new PlanDocuments().render(TestPlans.fiveYear(), DocumentFormat.PDF, TestPlans.OPTIONS));
    Files.write(dir.resolve("plan.docx"), new PlanDocuments().render(TestPlans.fiveYear(), DocumentFormat.DOCX, TestPlans.OPTIONS));
  }
}
