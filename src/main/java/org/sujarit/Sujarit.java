package org.sujarit;

import java.time.Clock;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.sujarit.audit.AuditTrail;
import org.sujarit.audit.AuditVerification;
import org.sujarit.document.RenderCommand;
import org.sujarit.importer.ImportCommand;
import org.sujarit.oversight.NationalDataCommand;

/**
 * Sujarit: with no arguments, the web application; with a command word first, a command-line tool
 * that runs without the web server (and, for document commands, without a database).
 */
@SpringBootApplication
public class Sujarit {
  public static void main(String[] args) {
    if (args.length > 0 && !args[0].startsWith("-")) {
      String[] rest = Arrays.copyOfRange(args, 1, args.length);
      switch (args[0]) {
        case "audit-verify" -> System.exit(verifyAuditTrail(rest));
        case "render" -> System.exit(RenderCommand.run(rest, System.out, System.err));
        case "import" -> System.exit(ImportCommand.run(rest, System.out, System.err));
        case "generate-national" -> System.exit(NationalDataCommand.run(rest, Sujarit.class, System.out, System.err));
        default -> {
          System.err.println("คำสั่งไม่รู้จัก / unknown command: " + args[0]);
          System.exit(2);
        }
      }
    }
    SpringApplication.run(Sujarit.class, args);
  }

  /** Checks the audit trail's hash chain against the configured database; exit 0 intact, 1 broken. */
  private static int verifyAuditTrail(String[] args) {
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Sujarit.class)
        .web(WebApplicationType.NONE).logStartupInfo(false).run(args)) {
      AuditVerification v = context.getBean(AuditTrail.class).verify();
      if (v.intact()) {
        System.out.println("บันทึกการเปลี่ยนแปลงครบถ้วน / audit trail intact: " + v.entriesChecked() + " entries");
        return 0;
      }
      System.out.println("พบการแก้ไขบันทึก / audit trail BROKEN at entry " + v.firstBrokenSeq() + ": " + v.problem());
      return 1;
    }
  }

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
