package org.sujarit.document.layout;

/**
 * A heading. {@code level} 1 is a part, 2 a section or dimension, 3 a detail sheet; it is the
 * outline (bookmark) level. A heading with an {@code anchor} gets a bookmark titled {@code title}
 * (the text when null), and those of level 1 and 2 are listed in the table of contents. Anchors are
 * letters, digits and underscores, as Word bookmark names must be.
 */
public record Heading(int level, String text, float size, Align align, float spaceBefore, String anchor, String title)
    implements Block {
  public static final float TITLE_SIZE = 18;

  /** The document's title, centred, in 18 pt; a line feed starts a new line. */
  public static Heading title(String text) {
    return new Heading(1, text, TITLE_SIZE, Align.CENTER, 0, null, null);
  }

  /** A numbered section ("1. สรุปผล"), in body size, with space above. */
  public static Heading section(String text) {
    return new Heading(2, text, TextStyle.BODY_SIZE, Align.LEFT, 10, null, null);
  }

  public String bookmarkTitle() {
    return title == null ? text.replace('\n', ' ') : title;
  }

  /** A part's title stands apart from what follows it. */
  public float spaceAfter() {
    return level == 1 ? 12 : 2;
  }

  public boolean inContents() {
    return anchor != null && level <= 2;
  }
}
