package org.sujarit.monitoring;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import org.springframework.context.ApplicationContext;

/** A node's evidence store, for tests outside this package. */
public final class EvidenceStores {
  private EvidenceStores() {}

  /** Stores {@code content} as a PDF file on {@code node}; returns its checksum. */
  public static String store(ApplicationContext node, byte[] content) {
    return node.getBean(EvidenceStore.class).store("หลักฐาน.pdf", new ByteArrayInputStream(content)).sha256();
  }

  /** The content {@code node} finds under {@code sha256}, or null when it has none. */
  public static byte[] read(ApplicationContext node, String sha256) throws IOException {
    var path = node.getBean(EvidenceStore.class).path(sha256);
    return Files.exists(path) ? Files.readAllBytes(path) : null;
  }
}
