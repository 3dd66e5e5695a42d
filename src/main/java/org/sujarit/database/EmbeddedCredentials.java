package org.sujarit.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import org.sujarit.common.SecretFiles;

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
      Properties p = SecretFiles.properties(file,
          "Sujarit: passwords of the embedded PostgreSQL (postgres, " + DatabaseRoles.OWNER + ", " + DatabaseRoles.APP + ")", () -> {
            EmbeddedCredentials fresh = generate();
            Properties q = new Properties();
            q.setProperty("superuser", fresh.superuser());
            q.setProperty("owner", fresh.owner());
            q.setProperty("app", fresh.app());
            return q;
          });
      return new EmbeddedCredentials(p.getProperty("superuser"), p.getProperty("owner"), p.getProperty("app"));
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
