package org.sujarit.monitoring.report;

import java.util.List;
import java.util.Set;

/** One piece of a report; the PDF and DOCX writers render every kind the same way. */
public sealed interface ReportBlock {

  /** Level 1: the document title lines; level 2: a numbered section. */
  record Heading(int level, String text) implements ReportBlock {}

  /** Body text; {@code indent} starts the first line 2.5 cm in, as Thai official paragraphs do. */
  record Text(String text, boolean bold, boolean indent) implements ReportBlock {}

  /**
   * A table whose first row is its header (repeated on each page), under an optional bold
   * {@code caption} kept with it. {@code widths} are relative; {@code numeric} columns are
   * right-aligned; {@code totals} rows are bold and shaded.
   */
  record Grid(String caption, float[] widths, List<List<String>> rows, Set<Integer> numeric, Set<Integer> totals)
      implements ReportBlock {}

  /** A chart, the same PNG the dashboard shows, placed at the text width. */
  record Picture(byte[] png, int width, int height, String caption) implements ReportBlock {}

  /** Lines centred in the right half of the page: signature and acknowledgement. */
  record Signature(List<String> lines) implements ReportBlock {}
}
