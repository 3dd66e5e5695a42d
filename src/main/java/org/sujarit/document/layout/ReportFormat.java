package org.sujarit.document.layout;

import java.util.Locale;
import java.util.Optional;
import org.sujarit.common.NotFoundException;

/** The two formats every module's official reports are downloaded in, with their media types and URL names. */
public enum ReportFormat {
  PDF("application/pdf"), DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private final String mediaType;

  ReportFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  public String mediaType() {
    return mediaType;
  }

  /** "pdf", "docx": the file name extension and the name URLs use. */
  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  public byte[] render(OfficialDocument document) {
    return this == PDF ? document.pdf() : document.docx();
  }

  /** The format a name stands for, in any case. */
  public static Optional<ReportFormat> named(String name) {
    for (ReportFormat f : values()) if (f.name().equalsIgnoreCase(name)) return Optional.of(f);
    return Optional.empty();
  }

  /** The format a URL names; an unknown name is a page not found. */
  public static ReportFormat parse(String name) {
    return named(name).orElseThrow(() -> new NotFoundException("error.not-found"));
  }
}
