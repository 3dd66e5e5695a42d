package org.sujarit.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.sujarit.common.RuleViolation;

/**
 * Evidence contents on disk, each file named by its SHA-256 under {@code sujarit.evidence.dir} (by default
 * {@code evidence/} in {@code sujarit.files.dir}, the storage all nodes share). An
 * upload is streamed to a temporary file while its checksum and size are computed, never held in
 * memory; only a file whose content is of the kind its name claims is kept.
 */
@Component
class EvidenceStore {
  private static final int BUFFER = 64 * 1024;
  private final Path dir;
  private final long maxSize;

  EvidenceStore(@Value("${sujarit.evidence.dir:${sujarit.files.dir:${sujarit.db.data-dir:./data}}/evidence}") Path dir,
      @Value("${sujarit.evidence.max-size:20MB}") DataSize maxSize) {
    this.dir = dir.toAbsolutePath();
    this.maxSize = maxSize.toBytes();
  }

  record Stored(String sha256, long size, EvidenceType type) {}

  long maxSize() {
    return maxSize;
  }

  /**
   * @throws RuleViolation when the file is empty, too large, of a kind not accepted, or its content is
   *     not what its name says
   */
  Stored store(String fileName, InputStream in) {
    EvidenceType claimed = EvidenceType.ofFileName(fileName)
        .orElseThrow(() -> RuleViolation.field("file", "monitoring.evidence.type-forbidden", String.valueOf(fileName)));
    Path tmp = null;
    try {
      Files.createDirectories(dir.resolve("tmp"));
      tmp = Files.createTempFile(dir.resolve("tmp"), "upload-", ".part");
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] head = new byte[EvidenceType.HEAD];
      int headLength = 0;
      long size = 0;
      try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), sha)) {
        byte[] buffer = new byte[BUFFER];
        for (int n; (n = in.read(buffer)) > 0; ) {
          if (headLength < head.length) {
            int take = Math.min(n, head.length - headLength);
            System.arraycopy(buffer, 0, head, headLength, take);
            headLength += take;
          }
          size += n;
          if (size > maxSize) throw RuleViolation.field("file", "monitoring.evidence.too-large", maxSize / (1024 * 1024));
          out.write(buffer, 0, n);
        }
      }
      if (size == 0) throw RuleViolation.field("file", "monitoring.evidence.empty");
      EvidenceType actual = EvidenceType.sniff(head, headLength, tmp)
          .orElseThrow(() -> RuleViolation.field("file", "monitoring.evidence.content-unknown", fileName));
      if (actual != claimed) throw RuleViolation.field("file", "monitoring.evidence.content-mismatch", fileName, actual.name());
      String hex = HexFormat.of().formatHex(sha.digest());
      Path target = path(hex);
      if (Files.exists(target)) {
        Files.delete(tmp); // same content stored before: one copy serves both
      } else {
        Files.createDirectories(target.getParent());
        move(tmp, target);
      }
      tmp = null;
      return new Stored(hex, size, actual);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } finally {
      if (tmp != null) deleteQuietly(tmp);
    }
  }

  /** Where the content of a checksum lives: {@code ab/abcdef…}. */
  Path path(String sha256) {
    if (!sha256.matches("[0-9a-f]{64}")) throw new IllegalArgumentException("not a SHA-256: " + sha256);
    return dir.resolve(sha256.substring(0, 2)).resolve(sha256);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // a leftover temporary file is harmless and overwritten by nothing
    }
  }
}
