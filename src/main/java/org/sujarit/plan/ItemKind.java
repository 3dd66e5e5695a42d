package org.sujarit.plan;

import org.sujarit.common.Codes;

/** What a Part 2 item is: โครงการ, กิจกรรม, มาตรการ, or none of these words. */
public enum ItemKind {
  PROJECT("โครงการ"), ACTIVITY("กิจกรรม"), MEASURE("มาตรการ"), OTHER("");

  private final String thaiWord;

  ItemKind(String thaiWord) {
    this.thaiWord = thaiWord;
  }

  /** The kind a name starts with ("โครงการ…" → PROJECT), OTHER when none. */
  public static ItemKind fromName(String name) {
    String n = name == null ? "" : name.strip();
    for (ItemKind k : values()) if (k != OTHER && n.startsWith(k.thaiWord)) return k;
    return OTHER;
  }

  public static ItemKind parse(String code) {
    return Codes.parse(ItemKind.class, code, OTHER);
  }

  public String messageKey() {
    return "item.kind." + name();
  }
}
