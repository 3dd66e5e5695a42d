package org.sujarit.document.layout;

/** A4 page and margins in points (Thai official style: 3 cm binding margin, 2 cm elsewhere). */
public enum PageSetup {
  PORTRAIT(595.3f, 841.9f, 85f, 56.7f, 70.9f, 56.7f),
  LANDSCAPE(841.9f, 595.3f, 56.7f, 56.7f, 70.9f, 42.5f);

  public final float width;
  public final float height;
  public final float left;
  public final float right;
  public final float top;
  public final float bottom;

  PageSetup(float width, float height, float left, float right, float top, float bottom) {
    this.width = width;
    this.height = height;
    this.left = left;
    this.right = right;
    this.top = top;
    this.bottom = bottom;
  }

  public float textWidth() {
    return width - left - right;
  }

  public boolean landscape() {
    return width > height;
  }
}
