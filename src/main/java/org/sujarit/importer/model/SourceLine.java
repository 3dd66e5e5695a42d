package org.sujarit.importer.model;

import java.util.List;

/**
 * One logical line of the source: its 1-based line number in the original file (several logical lines
 * may share one when a converter joined them), its cleaned text, and the cells when it is a table row.
 */
public record SourceLine(int number, String text, List<String> cells) {
  public SourceLine {
    cells = cells == null ? null : List.copyOf(cells);
  }

  public static SourceLine prose(int number, String text) {
    return new SourceLine(number, text, null);
  }

  public static SourceLine row(int number, List<String> cells) {
    return new SourceLine(number, String.join(" ", cells).strip(), cells);
  }

  public boolean isRow() {
    return cells != null;
  }

  public boolean isBlank() {
    return text.isBlank();
  }
}
