package org.sujarit.complaint.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.crypto.Cipher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujarit.complaint.protection.CaseKey;

/** Attachments are written with ChaCha20-Poly1305; the AES-GCM files written before still open; nothing opens under another case. */
class AttachmentFilesTest {
  static final byte[] PHOTO = "ภาพถ่ายของผู้ร้องเรียน".getBytes(StandardCharsets.UTF_8);

  @Test
  void aWrittenFileIsCiphertextAndOpensOnlyWithItsCaseKey(@TempDir Path dir) throws Exception {
    AttachmentFiles files = new AttachmentFiles(dir);
    UUID caseId = UUID.randomUUID();
    CaseKey key = CaseKey.generate(caseId);
    UUID id = UUID.randomUUID();
    files.write(key, id, PHOTO);
    byte[] disk = Files.readAllBytes(files.path(id, AttachmentFiles.CURRENT));
    assertThat(new String(disk, StandardCharsets.ISO_8859_1)).doesNotContain(new String(PHOTO, StandardCharsets.ISO_8859_1));
    assertThat(files.read(key, id)).isEqualTo(PHOTO);
    assertThatThrownBy(() -> files.read(CaseKey.generate(caseId), id)).hasRootCauseInstanceOf(javax.crypto.AEADBadTagException.class);
  }

  @Test
  void aFileStoredWithAesGcmBeforeStillOpens(@TempDir Path dir) throws Exception {
    AttachmentFiles files = new AttachmentFiles(dir);
    CaseKey key = CaseKey.generate(UUID.randomUUID());
    UUID id = UUID.randomUUID();
    byte[] iv = CaseKey.newIv();
    byte[] ct = key.streamCipher(Cipher.ENCRYPT_MODE, iv).doFinal(PHOTO);
    Path legacy = files.path(id, AttachmentFiles.LEGACY);
    Files.createDirectories(legacy.getParent());
    Files.write(legacy, java.nio.ByteBuffer.allocate(iv.length + ct.length).put(iv).put(ct).array());
    assertThat(files.read(key, id)).isEqualTo(PHOTO);
  }
}
