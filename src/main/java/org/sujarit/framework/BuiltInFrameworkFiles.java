package org.sujarit.framework;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.stream.Stream;

/**
 * Lists the built-in framework files with the JDK alone, in a folder or a (nested) jar: Spring's
 * resource pattern resolver cost the command line's cold start more than reading the files.
 */
final class BuiltInFrameworkFiles {
  static final String FOLDER = "frameworks/";

  private BuiltInFrameworkFiles() {}

  /** The file names ("NACC_2566.json") in {@code frameworks/} of the class loader's own root, sorted. */
  static List<String> names(ClassLoader loader) throws IOException {
    URL dir = loader.getResource(FOLDER);
    if (dir == null) return List.of();
    if ("file".equals(dir.getProtocol())) {
      try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
        return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
      } catch (URISyntaxException e) {
        throw new IOException("cannot list " + dir, e);
      }
    }
    URLConnection connection = dir.openConnection();
    if (connection instanceof JarURLConnection jar) {
      String prefix = jar.getEntryName();
      return jar.getJarFile().stream().map(JarEntry::getName)
          .filter(n -> n.startsWith(prefix) && n.endsWith(".json") && n.indexOf('/', prefix.length()) < 0)
          .map(n -> n.substring(prefix.length())).sorted().toList();
    }
    throw new IOException("cannot list " + dir);
  }
}
