package org.sujarit.document.model;

import java.util.List;

/** Entries point at heading anchors; each writer fills in the page numbers its own layout gives. */
public record TableOfContents(String pageColumnTitle, List<Entry> entries) implements Block {
  public record Entry(int level, String text, String anchor) {}
}
