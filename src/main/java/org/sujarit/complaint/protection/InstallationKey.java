package org.sujarit.complaint.protection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.sujarit.common.SecretFiles;

/**
 * The installation's key-encryption key (AES-256). It never enters the database: it comes from an
 * environment variable (base64) or a key file, created with owner-only rights on first start. Its id
 * (a hash prefix) is stored beside every wrapped case key so rotation knows which key wrapped what.
 */
public final class InstallationKey {
  public static final String ENV = "SUJARIT_COMPLAINT_KEY";
  private static final int BYTES = 32;
  private final SecretKey key;
  private final String id;

  public InstallationKey(byte[] raw) {
    if (raw.length != BYTES) throw new IllegalArgumentException("the installation key must be 32 bytes (AES-256)");
    this.key = new SecretKeySpec(raw.clone(), "AES");
    this.id = idOf(raw);
  }

  public static InstallationKey generate() {
    byte[] raw = new byte[BYTES];
    new SecureRandom().nextBytes(raw);
    return new InstallationKey(raw);
  }

  /** The key from {@code envValue} when given, else from {@code file}, which is created (0600) if absent. */
  public static InstallationKey load(String envValue, Path file) {
    if (envValue != null && !envValue.isBlank()) return new InstallationKey(Base64.getDecoder().decode(envValue.strip()));
    try {
      return new InstallationKey(Base64.getDecoder().decode(SecretFiles.readOrCreate(file, () -> generate().encoded() + "\n").strip()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the complaint key file " + file, e);
    }
  }

  /** Base64, as written in the key file or the environment variable. */
  public String encoded() {
    return Base64.getEncoder().encodeToString(key.getEncoded());
  }

  public String id() {
    return id;
  }

  SecretKey secret() {
    return key;
  }

  private static String idOf(byte[] raw) {
    try {
      return HexFormat.of().formatHex(Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(raw), 8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
