package org.sujarit.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The chain as it stood at {@code publishedAt}: {@code chainLength} entries, the last with hash
 * {@code headHash}, signed (Ed25519, base64) with the installation's audit key {@code keyId}, whose
 * public key ({@code publicKey}, X.509 base64) travels with the anchor for anyone who keeps it.
 */
public record AuditAnchor(
    Instant publishedAt, long chainLength, String headHash, String keyId, String algorithm, String publicKey, String signature) {
  static final String ALGORITHM = "Ed25519";

  /** The bytes the signature covers. */
  static byte[] signedBytes(Instant publishedAt, long chainLength, String headHash, String keyId) {
    return ("sujarit-audit-anchor/1\n" + chainLength + "\n" + headHash + "\n" + publishedAt + "\n" + keyId)
        .getBytes(StandardCharsets.UTF_8);
  }

  byte[] signedBytes() {
    return signedBytes(publishedAt, chainLength, headHash, keyId);
  }
}
