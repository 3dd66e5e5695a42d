package org.sujarit.account.signin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.UUID;
import org.sujarit.common.Aes256Key;

/**
 * The TOTP secrets as the database keeps them: sealed by AES-256-GCM with the installation's secret
 * key, which never enters the database (a copy of the tables alone gives nobody the codes). Stored as
 * {@code v1:<key id>:<base64 of IV and ciphertext>}, the account's id bound as associated data so a
 * value copied to another account does not open there; the key id tells a wrong key from altered data.
 */
final class TotpSecrets {
  static final String PREFIX = "v1:";
  private final Aes256Key key;

  TotpSecrets(byte[] raw) {
    this(new Aes256Key(raw));
  }

  private TotpSecrets(Aes256Key key) {
    this.key = key;
  }

  /**
   * The key given in base64 ({@code sujarit.security.secret-key}) when there is one, else the one in
   * {@code file}, created with owner-only rights (0600) on the first start.
   */
  static TotpSecrets load(String configured, Path file) {
    try {
      return new TotpSecrets(Aes256Key.load(configured, file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the secret key file " + file, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("the secret key (sujarit.security.secret-key or " + file + ") is not 32 bytes in base64", e);
    }
  }

  /** The first 8 bytes of the key's SHA-256, in hex: names the key without revealing it. */
  String id() {
    return key.id();
  }

  static boolean sealed(String stored) {
    return stored.startsWith(PREFIX);
  }

  /** The id of the key {@code stored} was sealed with. */
  static String keyIdOf(String stored) {
    return stored.substring(PREFIX.length(), stored.indexOf(':', PREFIX.length()));
  }

  String seal(UUID account, String secret) {
    return PREFIX + key.id() + ":" + Base64.getEncoder().encodeToString(key.seal(secret.getBytes(StandardCharsets.US_ASCII), aad(account)));
  }

  /** The secret; {@link Unreadable} when it was sealed with another key, for another account, or altered. */
  String open(UUID account, String stored) {
    if (!sealed(stored)) throw new Unreadable("the two-factor secret of account " + account + " is not sealed");
    String keyId = keyIdOf(stored);
    if (!keyId.equals(key.id())) throw new Unreadable(wrongKey(keyId));
    try {
      byte[] sealed = Base64.getDecoder().decode(stored.substring(stored.indexOf(':', PREFIX.length()) + 1));
      return new String(key.open(sealed, aad(account)), StandardCharsets.US_ASCII);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new Unreadable("the two-factor secret of account " + account + " failed authentication (altered or copied from another account)");
    }
  }

  String wrongKey(String keyId) {
    return "two-factor secrets were sealed with the secret key " + keyId + ", but this node has the key " + key.id()
        + ": set sujarit.security.secret-key (SUJARIT_SECRET_KEY) to that key or restore its key file";
  }

  private static byte[] aad(UUID account) {
    return ("totp/" + account).getBytes(StandardCharsets.US_ASCII);
  }

  /** A stored secret this key cannot open: never taken as a wrong code, so the cause is seen. */
  static final class Unreadable extends RuntimeException {
    Unreadable(String message) {
      super(message);
    }
  }
}
