package org.sujarit.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.sujarit.common.SecretFiles;

/**
 * The TOTP secrets as the database keeps them: sealed by AES-256-GCM with the installation's secret
 * key, which never enters the database (a copy of the tables alone gives nobody the codes). Stored as
 * {@code v1:<key id>:<base64 of IV and ciphertext>}, the account's id bound as associated data so a
 * value copied to another account does not open there; the key id tells a wrong key from altered data.
 */
final class TotpSecrets {
  static final String PREFIX = "v1:";
  private static final int BYTES = 32;
  private static final int IV = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();
  private final SecretKey key;
  private final String id;

  TotpSecrets(byte[] raw) {
    if (raw.length != BYTES) throw new IllegalArgumentException("the secret key must be 32 bytes (AES-256) in base64");
    this.key = new SecretKeySpec(raw.clone(), "AES");
    this.id = idOf(raw);
  }

  /**
   * The key given in base64 ({@code sujarit.security.secret-key}) when there is one, else the one in
   * {@code file}, created with owner-only rights (0600) on the first start.
   */
  static TotpSecrets load(String configured, Path file) {
    try {
      if (configured != null && !configured.isBlank()) return new TotpSecrets(Base64.getDecoder().decode(configured.strip()));
      return new TotpSecrets(Base64.getDecoder().decode(SecretFiles.readOrCreate(file, () -> {
        byte[] raw = new byte[BYTES];
        RANDOM.nextBytes(raw);
        return Base64.getEncoder().encodeToString(raw) + "\n";
      }).strip()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the secret key file " + file, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("the secret key (sujarit.security.secret-key or " + file + ") is not 32 bytes in base64", e);
    }
  }

  /** The first 8 bytes of the key's SHA-256, in hex: names the key without revealing it. */
  String id() {
    return id;
  }

  static boolean sealed(String stored) {
    return stored.startsWith(PREFIX);
  }

  /** The id of the key {@code stored} was sealed with. */
  static String keyIdOf(String stored) {
    return stored.substring(PREFIX.length(), stored.indexOf(':', PREFIX.length()));
  }

  String seal(UUID account, String secret) {
    try {
      byte[] iv = new byte[IV];
      RANDOM.nextBytes(iv);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      c.updateAAD(aad(account));
      byte[] ct = c.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
      return PREFIX + id + ":" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV + ct.length).put(iv).put(ct).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The secret; {@link Unreadable} when it was sealed with another key, for another account, or altered. */
  String open(UUID account, String stored) {
    if (!sealed(stored)) throw new Unreadable("the two-factor secret of account " + account + " is not sealed");
    String keyId = keyIdOf(stored);
    if (!keyId.equals(id)) throw new Unreadable(wrongKey(keyId));
    try {
      byte[] sealed = Base64.getDecoder().decode(stored.substring(stored.indexOf(':', PREFIX.length()) + 1));
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV));
      c.updateAAD(aad(account));
      return new String(c.doFinal(sealed, IV, sealed.length - IV), StandardCharsets.US_ASCII);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new Unreadable("the two-factor secret of account " + account + " failed authentication (altered or copied from another account)");
    }
  }

  String wrongKey(String keyId) {
    return "two-factor secrets were sealed with the secret key " + keyId + ", but this node has the key " + id
        + ": set sujarit.security.secret-key (SUJARIT_SECRET_KEY) to that key or restore its key file";
  }

  private static byte[] aad(UUID account) {
    return ("totp/" + account).getBytes(StandardCharsets.US_ASCII);
  }

  private static String idOf(byte[] raw) {
    try {
      return HexFormat.of().formatHex(Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(raw), 8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A stored secret this key cannot open: never taken as a wrong code, so the cause is seen. */
  static final class Unreadable extends RuntimeException {
    Unreadable(String message) {
      super(message);
    }
  }
}
