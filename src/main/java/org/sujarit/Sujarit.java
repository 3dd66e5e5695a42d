package org.sujarit;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

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
        case "import" -> System.exit(org.sujarit.importer.ImportCommand.run(rest, System.out, System.err));
        default -> {
          System.err.println("คำสั่งไม่รู้จัก / unknown command: " + args[0]);
          System.exit(2);
        }
      }
    }
    SpringApplication.run(Sujarit.class, args);
  }
}
