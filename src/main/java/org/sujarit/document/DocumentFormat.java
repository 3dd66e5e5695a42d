package org.sujarit.document;

import java.util.Arrays;
import java.util.Optional;

/** The documents a plan is rendered as, with the name the command line uses and the media type. */
public enum DocumentFormat {
  PDF("pdf", "application/pdf", "pdf"),
  DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  /** The Part 2 table with formulas for its totals. */
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  /** The yearly E-PlanNACC record, one sheet per fiscal year. */
  EPLAN_XLSX("eplan-xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

  private final String commandName;
  private final String mediaType;
  private final String extension;

  DocumentFormat(String commandName, String mediaType, String extension) {
    this.commandName = commandName;
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String commandName() {
    return commandName;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  public static Optional<DocumentFormat> fromCommandName(String name) {
    return Arrays.stream(values()).filter(f -> f.commandName.equalsIgnoreCase(name)).findFirst();
  }
}
