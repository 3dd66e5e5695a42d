package org.sujarit.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujarit.importer.pipeline.PlanImporter;
import org.sujarit.interchange.InterchangeJson;
import org.sujarit.interchange.PlanInterchange;

class ImportCommandTest {
  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return ImportCommand.run(args, new PrintStream(out), new PrintStream(err));
  }

  private Path file(String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, content);
    return p;
  }

  @Test
  void printsTheInterchangeJson() throws IOException {
    Path plan = file("plan.txt", PlanImporterTest.resource("clean-plan.txt"));
    assertThat(run(plan.toString(), "--json")).isZero();
    PlanInterchange read = InterchangeJson.read(out.toString(StandardCharsets.UTF_8));
    assertThat(read.source()).isEqualTo("plan.txt");
    assertThat(read.dimensions()).hasSize(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void readsAPdfAndRefusesAPdfWithoutText() throws IOException {
    PlanInterchange plan = PlanImporter.withBuiltInFrameworks().read("plan.txt", PlanImporterTest.resource("clean-plan.txt")).plan();
    byte[] pdf = new org.sujarit.document.PlanDocuments().render(plan, org.sujarit.document.DocumentFormat.PDF,
        org.sujarit.document.RenderOptions.issuedOn(java.time.LocalDate.of(2025, 10, 1)));
    assertThat(run(file("plan.pdf", pdf).toString(), "--json")).isZero();
    assertThat(InterchangeJson.read(out.toString(StandardCharsets.UTF_8)).dimensions()).hasSize(2);
    out.reset();
    byte[] blank;
    try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
      doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      var bytes = new java.io.ByteArrayOutputStream();
      doc.save(bytes);
      blank = bytes.toByteArray();
    }
    assertThat(run(file("scan.pdf", blank).toString(), "--json")).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("สแกน").doesNotContain("Exception");
  }

  @Test
  void printsAThaiSummary() throws IOException {
    Path plan = file("plan.txt", PlanImporterTest.resource("damaged-plan.txt"));
    assertThat(run(plan.toString())).isZero();
    String summary = out.toString(StandardCharsets.UTF_8);
    assertThat(summary).contains("เทศบาลเมืองทดลอง", "มิติที่ 1", "รายการทั้งหมด: 7", "STATED_TOTAL_MISMATCH");
  }

  @Test
  void failsWithAThaiMessageAndNoStackTrace() throws IOException {
    assertThat(run(file("empty.txt", new byte[0]).toString(), "--json")).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("ไฟล์ว่างเปล่า").doesNotContain("Exception", "\tat ");
    assertThat(out.size()).isZero();
    assertThat(run(dir.resolve("missing.txt").toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("ไม่พบไฟล์");
    assertThat(run()).isEqualTo(2);
    assertThat(run("a.txt", "--xml")).isEqualTo(2);
  }
}
