package org.sujarit.importer.pipeline;

/** The kinds of input the importer reads, told apart by content. */
public enum SourceFormat {
  TEXT,
  DOCX,
  PDF,
  XLSX,
  INTERCHANGE_JSON
}
