package org.sujarit.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.sujarit.common.BahtText;
import org.sujarit.document.model.PlanRenderException;
import org.sujarit.interchange.InterchangeJson;
import org.sujarit.interchange.PlanInterchange;

/**
 * {@code sujarit render PLAN.json --format pdf|docx|xlsx|eplan-xlsx -o FILE [options]}: renders a plan
 * given as interchange JSON without Spring, a web server or a database. Exit 0 when written, 1 when
 * the plan cannot be read or rendered, 2 for a wrong command line; messages are Thai.
 */
public final class RenderCommand {
  static final String USAGE = """
      การใช้งาน: java -jar sujarit.jar render PLAN.json --format pdf|docx|xlsx|eplan-xlsx [-o FILE] [ตัวเลือก]
        --format, -f          รูปแบบเอกสาร: pdf, docx, xlsx (ตารางส่วนที่ 2 พร้อมสูตร) หรือ eplan-xlsx (ข้อมูล E-PlanNACC รายปี)
        -o, --output FILE     ไฟล์ที่จะเขียน (ไม่ระบุ: ชื่อเดียวกับไฟล์แผน นามสกุลตามรูปแบบ)
        --thai-digits         ใช้เลขไทย (๐–๙)
        --signer NAME         ชื่อผู้ลงนามท้ายคำนำ เช่น "นายสมชาย ใจดี"
        --signer-position P   ตำแหน่งผู้ลงนาม เช่น "นายกองค์การบริหารส่วนตำบลบึงปรือ"
        --issue-date YYYY-MM-DD  วันที่ออกเอกสาร (ค.ศ.; ไม่ระบุ: วันนี้) ใช้เป็นวันที่สร้างไฟล์ และเป็นเดือนปีบนปกเมื่อแผนไม่ได้ระบุวันที่ของตนเอง
        --no-amounts-in-words ไม่เขียนจำนวนเงินเป็นตัวอักษรในวงเล็บ
        --baht-text tens-only อ่าน "เอ็ด" เฉพาะหลังหลักสิบ (101 = หนึ่งร้อยหนึ่ง) แทนแบบ Excel (หนึ่งร้อยเอ็ด)
      """;

  private RenderCommand() {}

  public static int run(String[] args, PrintStream out, PrintStream err) {
    Arguments a;
    try {
      a = Arguments.parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.print(USAGE);
      return 2;
    }
    if (a == null) {
      out.print(USAGE);
      return 0;
    }
    PlanInterchange plan;
    try (InputStream in = Files.newInputStream(a.plan)) {
      plan = InterchangeJson.read(in);
    } catch (NoSuchFileException e) {
      err.println("ไม่พบไฟล์แผน: " + a.plan);
      return 1;
    } catch (IOException e) {
      err.println("อ่านไฟล์แผนไม่ได้: " + a.plan + " (" + e.getMessage() + ")");
      return 1;
    } catch (RuntimeException e) {
      err.println("ไฟล์แผนไม่ใช่ JSON ของแผนที่ถูกต้อง: " + a.plan + " (" + firstLine(e.getMessage()) + ")");
      return 1;
    }
    byte[] document;
    try {
      document = new PlanDocuments().render(plan, a.format, a.options);
    } catch (PlanRenderException e) {
      err.println("สร้างเอกสารไม่ได้: " + e.getMessage());
      return 1;
    }
    try {
      Files.write(a.output, document);
    } catch (IOException e) {
      err.println("เขียนไฟล์ไม่ได้: " + a.output + " (" + e.getMessage() + ")");
      return 1;
    }
    out.println("เขียน " + a.output + " แล้ว (" + Math.max(1, document.length / 1024) + " KB)");
    return 0;
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }

  private record Arguments(Path plan, DocumentFormat format, Path output, RenderOptions options) {

    /** Null when help was asked for. */
    static Arguments parse(String[] args) {
      Deque<String> rest = new ArrayDeque<>(List.of(args));
      Path plan = null;
      Path output = null;
      DocumentFormat format = null;
      RenderOptions options = RenderOptions.defaults();
      String signer = null;
      String position = null;
      while (!rest.isEmpty()) {
        String arg = rest.pop();
        switch (arg) {
          case "-h", "--help" -> {
            return null;
          }
          case "-f", "--format" -> {
            String name = value(rest, arg);
            format = DocumentFormat.fromCommandName(name).orElseThrow(() -> new IllegalArgumentException(
                "รูปแบบเอกสารไม่รู้จัก: " + name + " (ใช้ pdf, docx, xlsx หรือ eplan-xlsx)"));
          }
          case "-o", "--output" -> output = Path.of(value(rest, arg));
          case "--thai-digits" -> options = options.withThaiDigits(true);
          case "--no-amounts-in-words" -> options = options.withAmountsInWords(false);
          case "--signer" -> signer = value(rest, arg);
          case "--signer-position" -> position = value(rest, arg);
          case "--issue-date" -> options = options.withIssueDate(date(value(rest, arg)));
          case "--baht-text" -> options = options.withBahtConvention(convention(value(rest, arg)));
          default -> {
            if (arg.startsWith("-")) throw new IllegalArgumentException("ตัวเลือกไม่รู้จัก: " + arg);
            if (plan != null) throw new IllegalArgumentException("ระบุไฟล์แผนได้ไฟล์เดียว: " + arg);
            plan = Path.of(arg);
          }
        }
      }
      if (plan == null) throw new IllegalArgumentException("ไม่ได้ระบุไฟล์แผน (PLAN.json)");
      if (format == null) throw new IllegalArgumentException("ไม่ได้ระบุรูปแบบเอกสาร (--format)");
      if (position != null && signer == null) throw new IllegalArgumentException("ระบุ --signer-position แล้วต้องระบุ --signer ด้วย");
      if (signer != null) options = options.withSigner(new RenderOptions.Signer(signer, position));
      if (output == null) output = defaultOutput(plan, format);
      return new Arguments(plan, format, output, options);
    }

    private static Path defaultOutput(Path plan, DocumentFormat format) {
      String name = plan.getFileName().toString().replaceFirst("\\.json$", "");
      String suffix = format == DocumentFormat.EPLAN_XLSX ? "-eplan." : ".";
      return plan.resolveSibling(name + suffix + format.extension());
    }

    private static String value(Deque<String> rest, String option) {
      if (rest.isEmpty()) throw new IllegalArgumentException("ตัวเลือก " + option + " ต้องมีค่า");
      return rest.pop();
    }

    private static LocalDate date(String text) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("วันที่ไม่ถูกต้อง: " + text + " (ใช้รูปแบบ YYYY-MM-DD ปี ค.ศ. เช่น 2022-09-15)");
      }
    }

    private static BahtText.Convention convention(String name) {
      return switch (name) {
        case "excel" -> BahtText.Convention.EXCEL;
        case "tens-only" -> BahtText.Convention.TENS_ONLY;
        default -> throw new IllegalArgumentException("--baht-text ต้องเป็น excel หรือ tens-only: " + name);
      };
    }
  }
}
