package org.sujarit.complaint.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.CipherOutputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.sujarit.complaint.protection.CaseKey;

/**
 * Attachments on disk under {@code sujarit.complaint.files-dir} (by default {@code complaints/} in
 * {@code sujarit.files.dir}, the storage all nodes share), one file per attachment named by its
 * random id, holding the nonce and the ChaCha20-Poly1305 ciphertext of the cleaned content under the
 * case's key (the case id bound as associated data). File
 * names, kinds and sizes on disk reveal nothing of the complaint.
 */
@Component
class AttachmentFiles {
  /** ChaCha20-Poly1305 files; {@code .bin} ones are AES-GCM, written before. */
  static final String CURRENT = ".c20";
  static final String LEGACY = ".bin";
  private final Path dir;

  AttachmentFiles(@Value("${sujarit.complaint.files-dir:${sujarit.files.dir:${sujarit.db.data-dir:./data}}/complaints}") Path dir) {
    this.dir = dir.toAbsolutePath();
  }

  void write(CaseKey key, UUID attachmentId, byte[] cleaned) {
    Path target = path(attachmentId, CURRENT);
    try {
      Files.createDirectories(target.getParent());
      Path tmp = Files.createTempFile(target.getParent(), "part-", ".tmp");
      byte[] iv = CaseKey.newIv();
      try (OutputStream raw = Files.newOutputStream(tmp)) {
        raw.write(iv);
        try (OutputStream out = new CipherOutputStream(raw, key.fileCipher(Cipher.ENCRYPT_MODE, iv))) {
          out.write(cleaned);
        }
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Files written before ChaCha20-Poly1305 ({@code .bin}, AES-GCM) are read as they are. */
  byte[] read(CaseKey key, UUID attachmentId) {
    Path current = path(attachmentId, CURRENT);
    boolean legacy = !Files.exists(current);
    try (InputStream raw = Files.newInputStream(legacy ? path(attachmentId, LEGACY) : current)) {
      byte[] iv = raw.readNBytes(12);
      Cipher cipher = legacy ? key.streamCipher(Cipher.DECRYPT_MODE, iv) : key.fileCipher(Cipher.DECRYPT_MODE, iv);
      try (InputStream in = new CipherInputStream(raw, cipher)) {
        return in.readAllBytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path path(UUID attachmentId, String extension) {
    String id = attachmentId.toString();
    return dir.resolve(id.substring(0, 2)).resolve(id + extension);
  }
}
