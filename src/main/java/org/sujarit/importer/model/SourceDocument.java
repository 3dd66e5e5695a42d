package org.sujarit.importer.model;

import java.util.List;

/** A source document as lines and table rows, the common form of the text and DOCX readers. */
public record SourceDocument(List<SourceLine> lines) {
  public SourceDocument {
    lines = List.copyOf(lines);
  }

  public int size() {
    return lines.size();
  }

  public SourceLine get(int index) {
    return lines.get(index);
  }
}
