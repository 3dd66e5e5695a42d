package org.sujarit.document.layout;

/**
 * A picture, such as a {@link BarChart}, as PNG of {@code width} × {@code height} pixels: centred at
 * nine tenths of the text width (lower when it would not fit the page), kept on one page with its
 * caption under it. {@code caption} may be null.
 */
public record Picture(byte[] png, int width, int height, String caption) implements Block {
  public static final float CAPTION_SIZE = 14;
  /** Room kept under the picture for its caption, in points. */
  private static final float CAPTION_ROOM = 48;

  /** The printed width in points on a text area of the given size, keeping the picture's proportions. */
  public float printedWidth(float textWidth, float textHeight) {
    float w = textWidth * 0.9f;
    float room = textHeight - CAPTION_ROOM;
    return w * height / width <= room ? w : room * width / height;
  }

  public Picture withCaption(String text) {
    return new Picture(png, width, height, text);
  }
}
