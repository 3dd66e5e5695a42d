package org.sujarit.complaint;

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
 * random id, holding the GCM iv and the ciphertext of the cleaned content under the case's key. File
 * names, kinds and sizes on disk reveal nothing of the complaint.
 */
@Component
class AttachmentFiles {
  private final Path dir;

  AttachmentFiles(@Value("${sujarit.complaint.files-dir:${sujarit.files.dir:${sujarit.db.data-dir:./data}}/complaints}") Path dir) {
    this.dir = dir.toAbsolutePath();
  }

  void write(CaseKey key, UUID attachmentId, byte[] cleaned) {
    Path target = path(attachmentId);
    try {
      Files.createDirectories(target.getParent());
      Path tmp = Files.createTempFile(target.getParent(), "part-", ".tmp");
      byte[] iv = CaseKey.newIv();
      try (OutputStream raw = Files.newOutputStream(tmp)) {
        raw.write(iv);
        try (OutputStream out = new CipherOutputStream(raw, key.streamCipher(Cipher.ENCRYPT_MODE, iv))) {
          out.write(cleaned);
        }
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  byte[] read(CaseKey key, UUID attachmentId) {
    try (InputStream raw = Files.newInputStream(path(attachmentId))) {
      byte[] iv = raw.readNBytes(12);
      try (InputStream in = new CipherInputStream(raw, key.streamCipher(Cipher.DECRYPT_MODE, iv))) {
        return in.readAllBytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path path(UUID attachmentId) {
    String id = attachmentId.toString();
    return dir.resolve(id.substring(0, 2)).resolve(id + ".bin");
  }
}
