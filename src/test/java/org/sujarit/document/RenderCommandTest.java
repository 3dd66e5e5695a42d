package org.sujarit.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The render command line: documents written, Thai messages and exit codes for bad input. */
class RenderCommandTest {
  @TempDir
  Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void writesEachFormat() throws IOException {
    Path plan = plan();
    assertThat(run(plan.toString(), "--format", "pdf", "-o", dir.resolve("p.pdf").toString(), "--thai-digits",
        "--signer", "นายสมชาย ใจดี", "--signer-position", "นายกองค์การบริหารส่วนตำบลหนองบัวงาม", "--issue-date", "2022-09-15")).isZero();
    assertThat(Files.readAllBytes(dir.resolve("p.pdf"))).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    assertThat(out()).contains("p.pdf");
    assertThat(run(plan.toString(), "-f", "docx", "-o", dir.resolve("p.docx").toString())).isZero();
    assertThat(run(plan.toString(), "-f", "xlsx")).isZero();
    assertThat(run(plan.toString(), "-f", "eplan-xlsx")).isZero();
    assertThat(Files.readAllBytes(dir.resolve("p.docx"))).startsWith('P', 'K');
    assertThat(dir.resolve("plan.xlsx")).isRegularFile();
    assertThat(dir.resolve("plan-eplan.xlsx")).isRegularFile();
  }

  @Test
  void sameArgumentsSameFile() throws IOException {
    Path plan = plan();
    run(plan.toString(), "-f", "pdf", "-o", dir.resolve("a.pdf").toString(), "--issue-date", "2022-09-15");
    run(plan.toString(), "-f", "pdf", "-o", dir.resolve("b.pdf").toString(), "--issue-date", "2022-09-15");
    assertThat(Files.readAllBytes(dir.resolve("a.pdf"))).isEqualTo(Files.readAllBytes(dir.resolve("b.pdf")));
  }

  @Test
  void wrongCommandLinesExitTwoWithUsage() throws IOException {
    assertThat(run()).isEqualTo(2);
    assertThat(err()).contains("ไม่ได้ระบุไฟล์แผน", "การใช้งาน");
    assertThat(run(plan().toString())).isEqualTo(2);
    assertThat(err()).contains("ไม่ได้ระบุรูปแบบเอกสาร");
    assertThat(run(plan().toString(), "-f", "odt")).isEqualTo(2);
    assertThat(err()).contains("รูปแบบเอกสารไม่รู้จัก: odt");
    assertThat(run(plan().toString(), "-f", "pdf", "--signer-position", "นายก")).isEqualTo(2);
    assertThat(run(plan().toString(), "-f", "pdf", "--issue-date", "15/09/2565")).isEqualTo(2);
    assertThat(err()).contains("วันที่ไม่ถูกต้อง");
    assertThat(run(plan().toString(), "-f", "pdf", "--colour")).isEqualTo(2);
    assertThat(run("--help")).isZero();
    assertThat(out()).contains("--format");
  }

  @Test
  void unreadablePlansExitOneWithAThaiMessage() throws IOException {
    assertThat(run(dir.resolve("missing.json").toString(), "-f", "pdf")).isEqualTo(1);
    assertThat(err()).contains("ไม่พบไฟล์แผน");
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"organization\": ");
    assertThat(run(broken.toString(), "-f", "pdf")).isEqualTo(1);
    assertThat(err()).contains("ไฟล์แผนไม่ใช่ JSON ของแผนที่ถูกต้อง");
    Path noPeriod = Files.writeString(dir.resolve("no-period.json"), "{\"organization\": {\"name\": \"เทศบาลตำบลทดสอบ\"}}");
    assertThat(run(noPeriod.toString(), "-f", "docx")).isEqualTo(1);
    assertThat(err()).contains("สร้างเอกสารไม่ได้", "ช่วงปีงบประมาณ");
    assertThat(dir.resolve("no-period.docx")).doesNotExist();
  }

  private Path plan() throws IOException {
    try (InputStream in = TestPlans.class.getResourceAsStream("plan-2566.json")) {
      Path plan = dir.resolve("plan.json");
      Files.copy(in, plan, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return plan;
    }
  }

  private int run(String... args) {
    out.reset();
    err.reset();
    return RenderCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
