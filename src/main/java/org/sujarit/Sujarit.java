package org.sujarit;

import java.time.Clock;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.sujarit.audit.AuditAnchors;
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

  /**
   * Checks the audit trail's hash chain against the configured database; with {@code --against <anchor
   * file or URL>} also that the chain still holds that anchor (not emptied or rewritten). Exit 0
   * intact, 1 broken, 2 an unreadable anchor.
   */
  private static int verifyAuditTrail(String[] args) {
    String against = null;
    java.util.List<String> rest = new java.util.ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--against") && i + 1 < args.length) against = args[++i];
      else if (args[i].startsWith("--against=")) against = args[i].substring("--against=".length());
      else rest.add(args[i]);
    }
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Sujarit.class)
        .web(WebApplicationType.NONE).logStartupInfo(false).run(rest.toArray(String[]::new))) {
      AuditVerification v;
      try {
        v = against == null ? context.getBean(AuditTrail.class).verify() : context.getBean(AuditAnchors.class).check(against);
      } catch (java.io.IOException | RuntimeException e) {
        System.err.println("อ่านหลักฐานยึดโยงไม่ได้ / cannot read the anchor " + against + ": " + e.getMessage());
        return 2;
      }
      if (v.intact()) {
        System.out.println("บันทึกการเปลี่ยนแปลงครบถ้วน / audit trail intact: " + v.entriesChecked() + " entries"
            + (against == null ? "" : ", holding the anchor " + against));
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
