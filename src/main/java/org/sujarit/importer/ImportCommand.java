package org.sujarit.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sujarit.importer.pipeline.ImportException;
import org.sujarit.importer.pipeline.ImportResult;
import org.sujarit.importer.pipeline.PlanImporter;
import org.sujarit.interchange.InterchangeJson;
import org.sujarit.interchange.PlanInterchange;

/**
 * {@code sujarit import FILE [--json]}: imports one plan without starting Spring, the web server or a
 * database. With {@code --json} prints the interchange JSON; otherwise a short Thai summary.
 * Exit status: 0 imported, 1 unusable input, 2 wrong usage.
 */
public final class ImportCommand {
  private static final String USAGE = "วิธีใช้: java -jar sujarit.jar import ไฟล์แผน [--json]";

  private ImportCommand() {}

  public static int run(String[] args, PrintStream stdout, PrintStream stderr) {
    silenceLibraryLogging();
    PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
    List<String> files = new ArrayList<>();
    boolean json = false;
    for (String a : args) {
      if (a.equals("--json")) json = true;
      else if (a.startsWith("-")) return usage(err, "ตัวเลือกไม่รู้จัก: " + a);
      else files.add(a);
    }
    if (files.size() != 1) return usage(err, "ต้องระบุไฟล์แผนหนึ่งไฟล์");
    Path file = Path.of(files.get(0));
    try (InputStream in = Files.newInputStream(file)) {
      ImportResult result = PlanImporter.withBuiltInFrameworks().read(file.getFileName().toString(), in);
      if (json) {
        InterchangeJson.write(result.plan(), out);
        out.println();
      } else {
        summary(result, out);
      }
      return 0;
    } catch (NoSuchFileException e) {
      err.println("ไม่พบไฟล์: " + file);
      return 1;
    } catch (IOException e) {
      err.println("อ่านไฟล์ไม่ได้: " + file + " (" + e.getMessage() + ")");
      return 1;
    } catch (ImportException e) {
      err.println("นำเข้าไม่ได้: " + e.getMessage());
      return 1;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      err.println("นำเข้าไม่ได้: เกิดข้อผิดพลาดภายในระหว่างอ่านไฟล์ (" + e.getClass().getSimpleName() + ")");
      return 1;
    }
  }

  /**
   * Libraries (POI, Spring's resource lookup) log through SLF4J; this command reports problems in Thai
   * itself and stdout must stay pure JSON. Choosing SLF4J's no-op provider before anything logs also
   * spares the cold start logback's set-up. In a JVM whose logging is already set up (the web app,
   * tests) the property has no effect, so the level is lowered there.
   */
  private static void silenceLibraryLogging() {
    System.setProperty("slf4j.internal.verbosity", "ERROR");
    System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
    if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
      root.setLevel(ch.qos.logback.classic.Level.OFF);
    }
  }

  private static int usage(PrintStream err, String problem) {
    err.println(problem);
    err.println(USAGE);
    return 2;
  }

  static void summary(ImportResult r, PrintStream out) {
    PlanInterchange p = r.plan();
    out.println("ไฟล์: " + p.source() + " (" + r.format() + (r.encoding() == null ? "" : ", " + r.encoding()) + ")");
    if (p.organization() != null) {
      out.println("องค์กร: " + p.organization().name() + " (" + p.organization().kind() + ")"
          + (p.organization().district() == null ? "" : " อำเภอ" + p.organization().district())
          + (p.organization().province() == null ? "" : " จังหวัด" + p.organization().province()));
    }
    if (p.period() != null) out.println("ช่วงแผน: พ.ศ. " + p.period().startYear() + "–" + p.period().endYear() + " กรอบ " + p.framework());
    out.println("รายการทั้งหมด: " + r.projectCount() + (p.statedProjectCount() == null ? "" : " (เอกสารระบุ " + p.statedProjectCount() + ")"));
    Map<Integer, BigDecimal> grand = new TreeMap<>();
    for (PlanInterchange.Dimension d : p.dimensions()) {
      int count = d.missions().stream().mapToInt(m -> m.projects().size()).sum();
      Map<Integer, BigDecimal> sums = sums(d);
      sums.forEach((y, v) -> grand.merge(y, v, BigDecimal::add));
      out.println("  มิติที่ " + d.no() + " " + d.name() + ": " + count + " รายการ"
          + (d.statedProjectCount() == null ? "" : " (ระบุ " + d.statedProjectCount() + ")") + " งบประมาณ " + money(sums));
    }
    out.println("งบประมาณรวม: " + money(grand));
    List<PlanInterchange.Diagnostic> ds = r.diagnostics();
    out.println("ข้อสังเกต: " + ds.size() + " รายการ");
    for (PlanInterchange.Diagnostic d : ds) {
      out.println("  " + (d.line() == null ? "-" : "บรรทัด " + d.line()) + " [" + d.severity() + " " + d.code() + "] " + d.message());
    }
  }

  private static Map<Integer, BigDecimal> sums(PlanInterchange.Dimension d) {
    Map<Integer, BigDecimal> sums = new TreeMap<>();
    d.missions().forEach(m -> m.projects().forEach(pr -> {
      if (pr.budget() != null) pr.budget().forEach((y, v) -> sums.merge(y, v == null ? BigDecimal.ZERO : v, BigDecimal::add));
    }));
    return sums;
  }

  private static String money(Map<Integer, BigDecimal> byYear) {
    if (byYear.isEmpty()) return "-";
    StringBuilder sb = new StringBuilder();
    byYear.forEach((y, v) -> sb.append(sb.isEmpty() ? "" : ", ").append(y).append(": ").append(String.format("%,.0f", v)));
    return sb.toString();
  }
}
