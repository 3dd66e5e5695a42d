package org.sujarit.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Properties;
import org.sujarit.common.SecretFiles;

/**
 * The installation's audit signing key (Ed25519). Like the complaint key it never enters the
 * database, so whoever can rewrite the tables still cannot sign an anchor: it comes from a key file,
 * created with owner-only rights (0600) on the first start, holding the private and the public key.
 */
public final class AnchorKey {
  private final PrivateKey privateKey;
  private final PublicKey publicKey;
  private final String id;

  private AnchorKey(PrivateKey privateKey, PublicKey publicKey) {
    this.privateKey = privateKey;
    this.publicKey = publicKey;
    this.id = idOf(publicKey);
  }

  static AnchorKey generate() {
    try {
      KeyPair pair = KeyPairGenerator.getInstance(AuditAnchor.ALGORITHM).generateKeyPair();
      return new AnchorKey(pair.getPrivate(), pair.getPublic());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The key in {@code file}, which is created (0600) with a fresh key if absent. */
  public static AnchorKey load(Path file) {
    try {
      Properties p = SecretFiles.properties(file, "Sujarit: the key that signs the audit trail's anchors (Ed25519); keep a copy off this machine",
          () -> {
            AnchorKey fresh = generate();
            Properties q = new Properties();
            q.setProperty("private", Base64.getEncoder().encodeToString(fresh.privateKey.getEncoded()));
            q.setProperty("public", fresh.publicKeyBase64());
            return q;
          });
      KeyFactory kf = KeyFactory.getInstance(AuditAnchor.ALGORITHM);
      return new AnchorKey(kf.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(p.getProperty("private")))),
          publicKey(p.getProperty("public")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the audit key file " + file, e);
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new IllegalStateException("the audit key file " + file + " holds no Ed25519 key pair", e);
    }
  }

  static PublicKey publicKey(String base64) throws GeneralSecurityException {
    return KeyFactory.getInstance(AuditAnchor.ALGORITHM).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
  }

  byte[] sign(byte[] data) {
    try {
      Signature s = Signature.getInstance(AuditAnchor.ALGORITHM);
      s.initSign(privateKey);
      s.update(data);
      return s.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** True when {@code signature} (base64) is this key's signature of {@code data}. */
  boolean verifies(byte[] data, String signature) {
    try {
      Signature s = Signature.getInstance(AuditAnchor.ALGORITHM);
      s.initVerify(publicKey);
      s.update(data);
      return s.verify(Base64.getDecoder().decode(signature));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  public String id() {
    return id;
  }

  public String publicKeyBase64() {
    return Base64.getEncoder().encodeToString(publicKey.getEncoded());
  }

  /** The public key as a PEM file, for download. */
  public String publicKeyPem() {
    return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
        .encodeToString(publicKey.getEncoded()) + "\n-----END PUBLIC KEY-----\n";
  }

  private static String idOf(PublicKey key) {
    try {
      return HexFormat.of().formatHex(Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()), 8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
