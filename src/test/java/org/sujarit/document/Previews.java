package org.sujarit.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Renders PDF pages to PNG with poppler's pdftoppm, into target/document-previews, for people to look at. */
final class Previews {
  static final Path DIRECTORY = Path.of("target", "document-previews");

  private Previews() {}

  static boolean available(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, command))) return true;
    }
    return false;
  }

  /** One PNG per named page: {@code name-label.png}. */
  static List<Path> pages(Path pdf, String name, Map<String, Integer> pages) throws IOException, InterruptedException {
    List<Path> images = new ArrayList<>();
    for (Map.Entry<String, Integer> page : pages.entrySet()) {
      Path out = DIRECTORY.resolve(name + "-" + page.getKey());
      run(List.of("pdftoppm", "-r", "80", "-f", page.getValue().toString(), "-l", page.getValue().toString(), "-png",
          "-singlefile", pdf.toString(), out.toString()), Map.of());
      images.add(Path.of(out + ".png"));
    }
    return images;
  }

  static void run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().putAll(environment);
    Process p = pb.start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("timed out: " + command);
    }
    if (p.exitValue() != 0) throw new IOException("exit " + p.exitValue() + ": " + command);
  }
}
