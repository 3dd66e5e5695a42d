package org.sujarit.oversight;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.sujarit.complaint.CaseSeal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.sujarit.oversight.generate.NationalGenerator;
import org.sujarit.oversight.readmodel.OversightReadModel;
import org.sujarit.oversight.readmodel.ReadModelRepository;

/**
 * {@code sujarit generate-national --synthetic [--seed N] [--organizations N] [--as-of YYYY-MM-DD]}:
 * fills the configured database with a synthetic country and builds the oversight read model. Refused
 * without {@code --synthetic}, when the database holds more than one organization (a real
 * installation, or a country generated before). Exit 0 done, 1 refused or failed, 2 wrong usage.
 */
public final class NationalDataCommand {
  static final String USAGE = """
      การใช้งาน: java -jar sujarit.jar generate-national --synthetic [--seed N] [--organizations N] [--as-of YYYY-MM-DD] [--planner-password P] [--sujarit.db.…]
        --synthetic        ยืนยันว่าฐานข้อมูลนี้ใช้ทดสอบ (ข้อมูลสมมุติ ห้ามใช้กับระบบจริง)
        --seed N           ค่าตั้งต้นของการสุ่ม (ค่าเดียวกันได้ข้อมูลชุดเดียวกัน) ค่าปริยาย 2566
        --organizations N  จำนวน อปท. ค่าปริยาย 7850 (ทั้งประเทศ)
        --as-of DATE       วันที่ของข้อมูล: สร้างผลการดำเนินงานของรอบที่ครบกำหนดแล้ว ค่าปริยาย 2026-10-31
        --planner-password P  สร้างผู้จัดทำแผน planner1, planner2 … หนึ่งคนต่อองค์กร ด้วยรหัสผ่านนี้ (สำหรับทดสอบภาระงาน)
      """;

  private NationalDataCommand() {}

  public static int run(String[] args, Class<?> application, PrintStream stdout, PrintStream stderr) {
    PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
    long seed = 2566;
    int organizations = 7_850;
    LocalDate asOf = LocalDate.of(2026, 10, 31);
    boolean synthetic = false;
    String plannerPassword = null;
    List<String> springArgs = new ArrayList<>();
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--synthetic" -> synthetic = true;
          case "--seed" -> seed = Long.parseLong(value(args, ++i));
          case "--organizations" -> organizations = Integer.parseInt(value(args, ++i));
          case "--as-of" -> asOf = LocalDate.parse(value(args, ++i));
          case "--planner-password" -> plannerPassword = value(args, ++i);
          case "-h", "--help" -> {
            out.print(USAGE);
            return 0;
          }
          default -> {
            if (!args[i].startsWith("--sujarit.") && !args[i].startsWith("--spring.")) throw new IllegalArgumentException("ตัวเลือกไม่รู้จัก: " + args[i]);
            springArgs.add(args[i]);
          }
        }
      }
      if (organizations < NationalGenerator.MINIMUM) {
        throw new IllegalArgumentException("--organizations ต้องไม่น้อยกว่า " + NationalGenerator.MINIMUM);
      }
    } catch (NumberFormatException | DateTimeParseException e) {
      return usage(err, "ค่าตัวเลือกไม่ถูกต้อง: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      return usage(err, e.getMessage());
    }
    if (!synthetic) {
      err.println("ไม่สร้างข้อมูล: ต้องระบุ --synthetic เพื่อยืนยันว่าฐานข้อมูลนี้ใช้ทดสอบ ไม่ใช่ระบบจริง");
      return 1;
    }
    springArgs.add("--sujarit.demo.enabled=false");
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
        .web(WebApplicationType.NONE).logStartupInfo(false).run(springArgs.toArray(String[]::new))) {
      DataSource dataSource = context.getBean(DataSource.class);
      ReadModelRepository repository = context.getBean(ReadModelRepository.class);
      int existing = repository.organizationsInDatabase();
      if (existing > 1) {
        err.println("ไม่สร้างข้อมูล: ฐานข้อมูลมีองค์กรอยู่แล้ว " + existing + " แห่ง (ใช้กับฐานข้อมูลว่างเท่านั้น)");
        return 1;
      }
      // hashed once with the configured strength: one hash for all, a synthetic country's accounts need no own salt
      String hash = plannerPassword == null ? null : context.getBean(PasswordEncoder.class).encode(plannerPassword);
      NationalGenerator.Result r = new NationalGenerator(seed, asOf, organizations, context.getBean(CaseSeal.class), hash).generate(dataSource);
      repository.recordSynthetic(seed, r.organizations());
      long rebuildStart = System.nanoTime();
      context.getBean(OversightReadModel.class).rebuild();
      long rebuildMillis = (System.nanoTime() - rebuildStart) / 1_000_000;
      String size = repository.analyzedSize();
      out.printf("สร้างข้อมูลสมมุติแล้ว: %,d องค์กร, %,d แผน, %,d รายการ, %,d ผลการดำเนินงาน, %,d รอบที่รับทราบแล้ว, %,d เรื่องร้องเรียน,"
          + " %,d การประเมินความเสี่ยง, %,d รายงานการเฝ้าระวัง, %,d นโยบาย No Gift (ลงนามแล้ว %,d), %,d รายการของขวัญ%n",
          r.organizations(), r.plans(), r.items(), r.progressRecords(), r.acknowledgedRounds(), r.complaints(), r.riskAssessments(),
          r.surveillanceReports(), r.noGiftPolicies(), r.noGiftSigned(), r.gifts());
      out.printf("generated in %.1f s, read model rebuilt in %.1f s, database size %s%n", r.millis() / 1000.0, rebuildMillis / 1000.0, size);
      return 0;
    } catch (RuntimeException e) {
      err.println("สร้างข้อมูลไม่ได้: " + e.getMessage());
      return 1;
    }
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) throw new IllegalArgumentException("ตัวเลือก " + args[i - 1] + " ต้องมีค่า");
    return args[i];
  }

  private static int usage(PrintStream err, String problem) {
    err.println(problem);
    err.print(USAGE);
    return 2;
  }
}
