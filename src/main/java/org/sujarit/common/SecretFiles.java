package org.sujarit.common;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * Files that hold an installation's secrets (keys, the embedded database's passwords): created once with owner-only rights
 * (0600) and read by every later start and every node sharing the directory.
 */
public final class SecretFiles {

  private SecretFiles() {}

  /**
   * The text of {@code file}; when absent, {@code fresh} is written first. The file appears whole or not at all (a hard link
   * of a finished temporary file), so a node that loses the race reads the winner's text, never a half-written one.
   */
  public static String readOrCreate(Path file, Supplier<String> fresh) throws IOException {
    if (!Files.exists(file)) {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      String text = fresh.get();
      Path tmp = Files.createTempFile(dir, ".secret", ".tmp", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      try {
        Files.writeString(tmp, text, StandardCharsets.ISO_8859_1);
        Files.createLink(file, tmp);
        return text;
      } catch (FileAlreadyExistsException raced) {
        // another instance created it meanwhile: read theirs
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
    return Files.readString(file, StandardCharsets.ISO_8859_1);
  }

  /** {@link #readOrCreate} for a properties file; {@code comment} heads a freshly written one. */
  public static Properties properties(Path file, String comment, Supplier<Properties> fresh) throws IOException {
    String text = readOrCreate(file, () -> {
      StringWriter w = new StringWriter();
      try {
        fresh.get().store(w, comment);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return w.toString();
    });
    Properties p = new Properties();
    p.load(new StringReader(text));
    return p;
  }
}
