package org.sujarit.document.layout;

/**
 * Text in one style, after an optional bold lead ("1. ชื่อโครงการ : "); a line feed in the text starts
 * a new line within the paragraph.
 */
public record Paragraph(String lead, String text, TextStyle style) implements Block {

  public static Paragraph of(String text, TextStyle style) {
    return new Paragraph(null, text, style);
  }
}
