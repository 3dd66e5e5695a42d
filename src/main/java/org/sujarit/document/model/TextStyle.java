package org.sujarit.document.model;

/** How a paragraph looks; lengths in points. A negative first-line indent makes a hanging list item. */
public record TextStyle(
    float size, boolean bold, Align align, float indentLeft, float firstLineIndent, float spaceBefore) {

  public static final float BODY_SIZE = 16;
  /** Thai official style: the first line of a paragraph is indented 2.5 cm. */
  private static final float PARAGRAPH_INDENT = 71;
  private static final float LIST_INDENT = 42;
  private static final float HANGING = 24;

  public static final TextStyle BODY = new TextStyle(BODY_SIZE, false, Align.JUSTIFY, 0, PARAGRAPH_INDENT, 0);
  public static final TextStyle PLAIN = new TextStyle(BODY_SIZE, false, Align.LEFT, 0, 0, 0);
  public static final TextStyle LABEL = new TextStyle(BODY_SIZE, true, Align.LEFT, 0, 0, 6);
  public static final TextStyle SUBLABEL = new TextStyle(BODY_SIZE, true, Align.LEFT, LIST_INDENT - HANGING, 0, 0);
  /** "(1) ..." with the following lines aligned under the text. */
  public static final TextStyle LIST_ITEM = new TextStyle(BODY_SIZE, false, Align.LEFT, LIST_INDENT, -HANGING, 0);
  /** Text under a numbered section label. */
  public static final TextStyle INDENTED = new TextStyle(BODY_SIZE, false, Align.JUSTIFY, LIST_INDENT - HANGING, 0, 0);
  public static final TextStyle CENTER = new TextStyle(BODY_SIZE, false, Align.CENTER, 0, 0, 0);

  public static TextStyle centered(float size, boolean bold, float spaceBefore) {
    return new TextStyle(size, bold, Align.CENTER, 0, 0, spaceBefore);
  }

  /** Lines centred in the right half of the text area, as a signature. */
  public static TextStyle signature(float textWidth) {
    return new TextStyle(BODY_SIZE, false, Align.CENTER, textWidth * 0.45f, 0, 24);
  }
}
