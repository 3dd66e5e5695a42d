package org.sujarit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every Thai message has its English twin, and every message a template names exists. */
class MessageBundlesTest {
  static final Path RESOURCES = Path.of("src/main/resources");
  static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[}(]");

  @Test
  void englishHasEveryThaiMessageAndNoOthers() throws IOException {
    for (Path thai : bundles()) {
      Path english = thai.resolveSibling(thai.getFileName().toString().replace(".properties", "_en.properties"));
      Set<String> th = keys(thai), en = Files.exists(english) ? keys(english) : Set.of();
      assertThat(new TreeSet<>(en)).as("English keys of " + thai).isEqualTo(new TreeSet<>(th));
    }
  }

  @Test
  void everyPermissionHasAName() throws IOException {
    Set<String> thai = keys(RESOURCES.resolve("messages.properties"));
    for (org.sujarit.access.Permission p : org.sujarit.access.Permission.values()) {
      assertThat(thai).as("a 403 names the work it refuses").contains("permission." + p.name());
    }
  }

  @Test
  void templatesNameOnlyExistingMessages() throws IOException {
    Set<String> known = new TreeSet<>();
    for (Path b : bundles()) known.addAll(keys(b));
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
      for (Path t : files.filter(p -> p.toString().endsWith(".html")).toList()) {
        Matcher m = LITERAL_KEY.matcher(Files.readString(t));
        while (m.find()) if (!known.contains(m.group(1))) missing.add(m.group(1) + " in " + RESOURCES.relativize(t));
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyImportDiagnosticHasItsTitle() throws IOException {
    Set<String> thai = keys(RESOURCES.resolve("messages.properties"));
    for (org.sujarit.importer.model.DiagnosticCode code : org.sujarit.importer.model.DiagnosticCode.values()) {
      assertThat(thai).as("title of " + code).contains(code.messageKey());
    }
  }

  private static Set<Path> bundles() throws IOException {
    try (Stream<Path> files = Files.walk(RESOURCES)) {
      return new TreeSet<>(files.filter(p -> p.getFileName().toString().endsWith(".properties"))
          .filter(p -> p.getFileName().toString().startsWith("messages") || p.getParent().endsWith("i18n"))
          .filter(p -> !p.getFileName().toString().contains("_"))
          .toList());
    }
  }

  private static Set<String> keys(Path file) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p.stringPropertyNames();
  }
}
