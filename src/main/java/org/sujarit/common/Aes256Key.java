package org.sujarit.common;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * An AES-256 key and its sealing by AES-GCM: a random 12-byte nonce, then the ciphertext with its
 * 128-bit tag, with associated data binding each value to its place. The installation's keys (TOTP
 * secrets, complaint key wrapping) and the complaint cases' data keys are all this one format.
 */
public final class Aes256Key {
  public static final int BYTES = 32;
  public static final int NONCE = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();
  private final SecretKey key;
  private final String id;

  public Aes256Key(byte[] raw) {
    if (raw.length != BYTES) throw new IllegalArgumentException("the key must be 32 bytes (AES-256)");
    this.key = new SecretKeySpec(raw.clone(), "AES");
    this.id = idOf(raw);
  }

  public static Aes256Key generate() {
    byte[] raw = new byte[BYTES];
    RANDOM.nextBytes(raw);
    return new Aes256Key(raw);
  }

  /**
   * The key given in base64 when {@code configured} is set, else the one in {@code file}, created with
   * owner-only rights (0600) on the first start. Not base64 or not 32 bytes: {@link IllegalArgumentException}.
   */
  public static Aes256Key load(String configured, Path file) throws IOException {
    if (configured != null && !configured.isBlank()) return new Aes256Key(Base64.getDecoder().decode(configured.strip()));
    return new Aes256Key(Base64.getDecoder().decode(SecretFiles.readOrCreate(file, () -> generate().base64() + "\n").strip()));
  }

  /** The first 8 bytes of the key's SHA-256, in hex: names the key without revealing it. */
  public String id() {
    return id;
  }

  /** Base64, as written in a key file or an environment variable. */
  public String base64() {
    return Base64.getEncoder().encodeToString(key.getEncoded());
  }

  /** The raw key, for wrapping it or deriving a cipher of another algorithm from it. */
  public byte[] bytes() {
    return key.getEncoded();
  }

  public static byte[] newNonce() {
    byte[] nonce = new byte[NONCE];
    RANDOM.nextBytes(nonce);
    return nonce;
  }

  /** The nonce followed by the ciphertext and tag of {@code plain}, bound to {@code aad}. */
  public byte[] seal(byte[] plain, byte[] aad) {
    try {
      byte[] nonce = newNonce();
      byte[] ct = gcm(Cipher.ENCRYPT_MODE, nonce, aad).doFinal(plain);
      return ByteBuffer.allocate(NONCE + ct.length).put(nonce).put(ct).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What {@link #seal} sealed; {@link GeneralSecurityException} when the key, the associated data or the bytes differ. */
  public byte[] open(byte[] sealed, byte[] aad) throws GeneralSecurityException {
    Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
    c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE));
    c.updateAAD(aad);
    return c.doFinal(sealed, NONCE, sealed.length - NONCE);
  }

  /** An AES-GCM cipher for streaming, with the nonce kept by the caller. */
  public Cipher gcm(int mode, byte[] nonce, byte[] aad) {
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
      c.updateAAD(aad);
      return c;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String idOf(byte[] raw) {
    try {
      return HexFormat.of().formatHex(Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(raw), 8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
