package org.sujarit.document.layout;

import java.util.List;

/** Entries point at heading anchors; each writer fills in the page numbers its own layout gives. */
public record TableOfContents(String pageColumnTitle, List<Entry> entries) implements Block {
  /** Width kept for the page numbers at the right; entries wrap before it. */
  public static final float NUMBER_WIDTH = 36;
  /** Indent of each level below the first. */
  public static final float LEVEL_INDENT = 24;

  public record Entry(int level, String text, String anchor) {}
}
