package org.sujarit.complaint.protection;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Receipt codes: 20 random decimal digits (about 66 bits), shown once to the complainant and never
 * stored. Only PBKDF2-HMAC-SHA256 of the code is kept, salted per organization so that a typed code can
 * be looked up by its hash (a per-receipt salt would force hashing against every case). PBKDF2 ships with
 * the JDK (no native or extra library, unlike Argon2/scrypt); the code's entropy, not the iteration
 * count, is what makes a stolen hash table useless, and the iterations add a large constant factor.
 */
public final class Receipts {
  public static final int DIGITS = 20;
  public static final int ITERATIONS = 100_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Receipts() {}

  public static String newCode() {
    StringBuilder b = new StringBuilder(DIGITS);
    for (int i = 0; i < DIGITS; i++) b.append((char) ('0' + RANDOM.nextInt(10)));
    return b.toString();
  }

  /** The code as typed: spaces, dashes and Thai digits accepted; null when it cannot be a receipt. */
  public static String normalize(String typed) {
    if (typed == null) return null;
    StringBuilder b = new StringBuilder();
    for (char ch : typed.toCharArray()) {
      if (ch >= '0' && ch <= '9') b.append(ch);
      else if (ch >= '๐' && ch <= '๙') b.append((char) ('0' + (ch - '๐')));
      else if (ch != ' ' && ch != '-' && ch != '\u00a0') return null;
    }
    return b.length() == DIGITS ? b.toString() : null;
  }

  /** Grouped by four for reading aloud and copying: "1234 5678 …". */
  public static String display(String code) {
    return code.replaceAll("(\\d{4})(?=\\d)", "$1 ");
  }

  public static byte[] newSalt() {
    byte[] s = new byte[16];
    RANDOM.nextBytes(s);
    return s;
  }

  public static String hash(String code, byte[] organizationSalt) {
    try {
      PBEKeySpec spec = new PBEKeySpec(code.toCharArray(), organizationSalt, ITERATIONS, 256);
      byte[] h = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
      spec.clearPassword();
      return HexFormat.of().formatHex(h);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
