package org.sujarit.document.model;

import org.sujarit.document.layout.*;
import java.util.ArrayList;
import java.util.List;

/** Collects the blocks of one section, writing every text with the chosen digits. */
final class Flow {
  private final Wording wording;
  private final List<Block> blocks = new ArrayList<>();

  Flow(Wording wording) {
    this.wording = wording;
  }

  Flow heading(int level, String text, float size, Align align, float spaceBefore, String anchor) {
    return heading(level, text, size, align, spaceBefore, anchor, null);
  }

  Flow heading(int level, String text, float size, Align align, float spaceBefore, String anchor, String title) {
    blocks.add(new Heading(level, wording.digits(text), size, align, spaceBefore, anchor,
        title == null ? null : wording.digits(title)));
    return this;
  }

  Flow paragraph(String text, TextStyle style) {
    return paragraph(null, text, style);
  }

  Flow paragraph(String lead, String text, TextStyle style) {
    blocks.add(new Paragraph(lead == null ? null : wording.digits(lead), wording.digits(text), style));
    return this;
  }

  /** "(1) text" items, numbered from 1. */
  Flow numbered(List<String> items, String format) {
    for (int i = 0; i < items.size(); i++) paragraph(String.format(format, i + 1) + " " + items.get(i), TextStyle.LIST_ITEM);
    return this;
  }

  /** Texts are expected to carry their digits already (the table builders use {@link Wording}). */
  Flow add(Block block) {
    blocks.add(block);
    return this;
  }

  Flow pageBreak() {
    blocks.add(new PageBreak());
    return this;
  }

  List<Block> blocks() {
    return List.copyOf(blocks);
  }
}
