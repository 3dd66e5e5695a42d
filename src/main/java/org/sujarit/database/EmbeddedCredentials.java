package org.sujarit.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The passwords of the embedded server's three roles: the superuser (used only to set up the other
 * two at start), the owner of the schema (Flyway) and the application. Generated once and kept in
 * {@code database.credentials} in the data directory, readable by its owner only (0600); in memory
 * for a throw-away test server.
 */
record EmbeddedCredentials(String superuser, String owner, String app) {
  static final String FILE = "database.credentials";

  static EmbeddedCredentials generate() {
    return new EmbeddedCredentials(random(), random(), random());
  }

  /** Reads the file in {@code dataDir}, creating it with fresh passwords when absent. */
  static EmbeddedCredentials loadOrCreate(Path dataDir) {
    Path file = dataDir.resolve(FILE);
    try {
      if (Files.exists(file)) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
          p.load(r);
        }
        return new EmbeddedCredentials(p.getProperty("superuser"), p.getProperty("owner"), p.getProperty("app"));
      }
      Files.createDirectories(dataDir);
      EmbeddedCredentials fresh = generate();
      Properties p = new Properties();
      p.setProperty("superuser", fresh.superuser());
      p.setProperty("owner", fresh.owner());
      p.setProperty("app", fresh.app());
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1)) {
        p.store(w, "Sujarit: passwords of the embedded PostgreSQL (postgres, " + DatabaseRoles.OWNER + ", " + DatabaseRoles.APP + ")");
      }
      return fresh;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create " + file, e);
    }
  }

  private static String random() {
    byte[] b = new byte[24];
    new SecureRandom().nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  @Override
  public String toString() {
    return "EmbeddedCredentials[…]"; // never print the passwords
  }
}
