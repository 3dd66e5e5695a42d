package org.sujarit.complaint.protection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.sujarit.common.Aes256Key;

/**
 * The installation's key-encryption key (AES-256). It never enters the database: it comes from an
 * environment variable (base64) or a key file, created with owner-only rights on first start. Its id
 * (a hash prefix) is stored beside every wrapped case key so rotation knows which key wrapped what.
 */
public final class InstallationKey {
  public static final String ENV = "SUJARIT_COMPLAINT_KEY";
  private final Aes256Key key;

  public InstallationKey(byte[] raw) {
    this(new Aes256Key(raw));
  }

  private InstallationKey(Aes256Key key) {
    this.key = key;
  }

  public static InstallationKey generate() {
    return new InstallationKey(Aes256Key.generate());
  }

  /** The key from {@code envValue} when given, else from {@code file}, which is created (0600) if absent. */
  public static InstallationKey load(String envValue, Path file) {
    try {
      return new InstallationKey(Aes256Key.load(envValue, file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the complaint key file " + file, e);
    }
  }

  /** Base64, as written in the key file or the environment variable. */
  public String encoded() {
    return key.base64();
  }

  public String id() {
    return key.id();
  }

  Aes256Key secret() {
    return key;
  }
}
