package org.sujarit.monitoring;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipFile;

/**
 * The kinds of evidence file accepted: photos (JPEG, PNG), PDF and Word (DOCX). A file's kind is read
 * from its first bytes (and, for DOCX, from the parts inside the ZIP), not trusted from its name.
 */
public enum EvidenceType {
  JPEG("image/jpeg", List.of("jpg", "jpeg"), new int[] {0xFF, 0xD8, 0xFF}),
  PNG("image/png", List.of("png"), new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
  PDF("application/pdf", List.of("pdf"), new int[] {'%', 'P', 'D', 'F', '-'}),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"), new int[] {'P', 'K', 3, 4});

  /** Bytes enough to recognise every kind. */
  static final int HEAD = 8;

  private final String mediaType;
  private final List<String> extensions;
  private final int[] magic;

  EvidenceType(String mediaType, List<String> extensions, int[] magic) {
    this.mediaType = mediaType;
    this.extensions = extensions;
    this.magic = magic;
  }

  public String mediaType() {
    return mediaType;
  }

  public boolean image() {
    return this == JPEG || this == PNG;
  }

  /** The kind a file name claims by its extension. */
  public static Optional<EvidenceType> ofFileName(String name) {
    int dot = name == null ? -1 : name.lastIndexOf('.');
    if (dot < 0) return Optional.empty();
    String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(t -> t.extensions.contains(ext)).findFirst();
  }

  public static EvidenceType ofMediaType(String mediaType) {
    return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(mediaType));
  }

  /** The kind of a stored file from its first bytes; a ZIP counts as DOCX only when it holds a Word document. */
  static Optional<EvidenceType> sniff(byte[] head, int length, Path file) {
    for (EvidenceType t : values()) {
      if (!t.startsWith(head, length)) continue;
      if (t != DOCX) return Optional.of(t);
      return isWordDocument(file) ? Optional.of(t) : Optional.empty();
    }
    return Optional.empty();
  }

  private boolean startsWith(byte[] head, int length) {
    if (length < magic.length) return false;
    for (int i = 0; i < magic.length; i++) if ((head[i] & 0xFF) != magic[i]) return false;
    return true;
  }

  private static boolean isWordDocument(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      return zip.getEntry("word/document.xml") != null && zip.getEntry("[Content_Types].xml") != null;
    } catch (IOException e) {
      return false;
    }
  }
}
