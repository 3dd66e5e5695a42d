package org.sujarit.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class EvidenceStoreTest {
  static final byte[] PDF = "%PDF-1.4\n1 0 obj\n%%EOF\n".getBytes();
  @TempDir Path dir;

  @Test
  void storesUnderTheChecksumOnceForTheSameContent() throws IOException {
    EvidenceStore store = new EvidenceStore(dir, DataSize.ofMegabytes(1));
    EvidenceStore.Stored a = store.store("รายงาน.pdf", new ByteArrayInputStream(PDF));
    EvidenceStore.Stored b = store.store("สำเนา.PDF", new ByteArrayInputStream(PDF));
    assertThat(a.sha256()).isEqualTo(b.sha256()).hasSize(64);
    assertThat(a.size()).isEqualTo(PDF.length);
    assertThat(Files.readAllBytes(store.path(a.sha256()))).isEqualTo(PDF);
    assertThat(temporaryFiles()).isZero();
  }

  @Test
  void refusesTooLargeForbiddenEmptyAndMismatchedFilesLeavingNothingBehind() throws IOException {
    EvidenceStore store = new EvidenceStore(dir, DataSize.ofKilobytes(1));
    assertThatThrownBy(() -> store.store("big.pdf", new ByteArrayInputStream(new byte[2048])))
        .hasFieldOrPropertyWithValue("messageKey", "monitoring.evidence.too-large");
    assertThatThrownBy(() -> store.store("tool.exe", new ByteArrayInputStream(PDF)))
        .hasFieldOrPropertyWithValue("messageKey", "monitoring.evidence.type-forbidden");
    assertThatThrownBy(() -> store.store("empty.png", InputStream.nullInputStream()))
        .hasFieldOrPropertyWithValue("messageKey", "monitoring.evidence.empty");
    assertThatThrownBy(() -> store.store("photo.jpg", new ByteArrayInputStream(PDF)))
        .hasFieldOrPropertyWithValue("messageKey", "monitoring.evidence.content-mismatch");
    assertThatThrownBy(() -> store.store("script.pdf", new ByteArrayInputStream("<script>".getBytes())))
        .hasFieldOrPropertyWithValue("messageKey", "monitoring.evidence.content-unknown");
    assertThat(temporaryFiles()).isZero();
  }

  private long temporaryFiles() throws IOException {
    Path tmp = dir.resolve("tmp");
    if (!Files.exists(tmp)) return 0;
    try (Stream<Path> s = Files.list(tmp)) {
      return s.count();
    }
  }
}
