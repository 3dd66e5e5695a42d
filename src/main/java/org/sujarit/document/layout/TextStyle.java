package org.sujarit.document.layout;

/**
 * How a paragraph looks; lengths in points. A negative first-line indent makes a hanging list item;
 * a label kept with the next paragraph never ends a page. A paragraph kept with the previous one (a
 * signature under the last paragraph of a letter) never starts a page: the two move together.
 */
public record TextStyle(
    float size, boolean bold, Align align, float indentLeft, float firstLineIndent, float spaceBefore, boolean keepWithNext,
    boolean keepWithPrevious) {

  public TextStyle(float size, boolean bold, Align align, float indentLeft, float firstLineIndent, float spaceBefore, boolean keepWithNext) {
    this(size, bold, align, indentLeft, firstLineIndent, spaceBefore, keepWithNext, false);
  }

  public static final float BODY_SIZE = 16;
  /** Thai official style: the first line of a paragraph is indented 2.5 cm. */
  private static final float PARAGRAPH_INDENT = 71;
  private static final float LIST_INDENT = 42;
  private static final float HANGING = 24;

  public static final TextStyle BODY = new TextStyle(BODY_SIZE, false, Align.JUSTIFY, 0, PARAGRAPH_INDENT, 0, false);
  /** A section label on its own line ("2. หลักการและเหตุผล"). */
  public static final TextStyle LABEL = new TextStyle(BODY_SIZE, true, Align.LEFT, 0, 0, 6, true);
  /** A bold lead followed by plain text on the same line ("1. ชื่อโครงการ : …"). */
  public static final TextStyle FIELD = new TextStyle(BODY_SIZE, false, Align.LEFT, 0, 0, 6, false);
  public static final TextStyle SUBLABEL = new TextStyle(BODY_SIZE, true, Align.LEFT, LIST_INDENT - HANGING, 0, 0, true);
  /** "(1) ..." with the following lines aligned under the text. */
  public static final TextStyle LIST_ITEM = new TextStyle(BODY_SIZE, false, Align.LEFT, LIST_INDENT, -HANGING, 0, false);
  /** An item within a list item ("(2.1) …" under "(2) …"), one step further in. */
  public static final TextStyle SUB_ITEM = new TextStyle(BODY_SIZE, false, Align.LEFT, LIST_INDENT + 2 * HANGING, -HANGING - 8, 0, false);
  /** Text under a numbered section label. */
  public static final TextStyle INDENTED = new TextStyle(BODY_SIZE, false, Align.JUSTIFY, LIST_INDENT - HANGING, 0, 0, false);

  public static TextStyle centered(float size, boolean bold, float spaceBefore) {
    return new TextStyle(size, bold, Align.CENTER, 0, 0, spaceBefore, false);
  }

  /** Lines centred in the right half of the text area, as a signature, kept with the paragraph above it. */
  public static TextStyle signature(float textWidth) {
    return new TextStyle(BODY_SIZE, false, Align.CENTER, textWidth * 0.45f, 0, 24, false, true);
  }
}
