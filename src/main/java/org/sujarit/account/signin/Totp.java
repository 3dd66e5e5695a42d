package org.sujarit.account.signin;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP, HMAC-SHA1, 6 digits, 30 s steps) as
 * every authenticator app computes them, and the RFC 4648 base32 their secrets are written in.
 */
final class Totp {
  static final int DIGITS = 6;
  static final long STEP_SECONDS = 30;
  /** Steps either side of now that still count: the phone's clock may be off by up to 30 s. */
  static final int TOLERANCE = 1;
  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Totp() {}

  /** A new secret of 160 bits (the HMAC-SHA1 block RFC 4226 recommends), in base32. */
  static String newSecret() {
    byte[] key = new byte[20];
    RANDOM.nextBytes(key);
    return base32(key);
  }

  static long step(Instant t) {
    return Math.floorDiv(t.getEpochSecond(), STEP_SECONDS);
  }

  /** The code of one time step, with {@code digits} digits. */
  static String code(byte[] key, long step, int digits) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(key, "HmacSHA1"));
      byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int offset = h[h.length - 1] & 0x0f;
      int binary = ((h[offset] & 0x7f) << 24) | ((h[offset + 1] & 0xff) << 16) | ((h[offset + 2] & 0xff) << 8) | (h[offset + 3] & 0xff);
      int modulus = (int) Math.pow(10, digits);
      return String.format(Locale.ROOT, "%0" + digits + "d", binary % modulus);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The step whose code this is, within the tolerance around {@code now} and later than {@code after}
   * (a code already used may not be used again); empty when it matches none.
   */
  static OptionalLong match(String secret, String code, Instant now, long after) {
    String typed = code == null ? "" : code.replaceAll("[\\s-]", "");
    if (!typed.matches("\\d{" + DIGITS + "}")) return OptionalLong.empty();
    byte[] key = base32(secret);
    long current = step(now);
    for (long s = current - TOLERANCE; s <= current + TOLERANCE; s++) {
      boolean same = MessageDigest.isEqual(code(key, s, DIGITS).getBytes(StandardCharsets.US_ASCII), typed.getBytes(StandardCharsets.US_ASCII));
      if (same && s > after) return OptionalLong.of(s);
    }
    return OptionalLong.empty();
  }

  /** The address an authenticator app reads from a QR code or a link (Google's key URI format). */
  static String uri(String issuer, String account, String secret) {
    String label = encode(issuer) + ":" + encode(account);
    return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer) + "&algorithm=SHA1&digits=" + DIGITS
        + "&period=" + STEP_SECONDS;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String base32(byte[] data) {
    StringBuilder sb = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : data) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        sb.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) sb.append(BASE32.charAt((buffer << (5 - bits)) & 31));
    return sb.toString();
  }

  /** Decodes base32, ignoring case, spaces and padding as people copy secrets. */
  static byte[] base32(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int buffer = 0;
    int bits = 0;
    for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
      if (c == '=' || c == ' ' || c == '-') continue;
      int v = BASE32.indexOf(c);
      if (v < 0) throw new IllegalArgumentException("not base32: " + c);
      buffer = (buffer << 5) | v;
      bits += 5;
      if (bits >= 8) {
        out.write((buffer >> (bits - 8)) & 0xff);
        bits -= 8;
      }
    }
    return out.toByteArray();
  }
}
