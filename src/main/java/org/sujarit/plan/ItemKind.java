package org.sujarit.plan;

import java.util.regex.Pattern;
import org.sujarit.common.Codes;

/** What a Part 2 item is: โครงการ, กิจกรรม, มาตรการ, or none of these words. */
public enum ItemKind {
  PROJECT("โครงการ"), ACTIVITY("กิจกรรม"), MEASURE("มาตรการ"), OTHER("");

  private static final Pattern LEAD = Pattern.compile("^[\\s\"'“”‘’«(\\[{*]+");
  private final String word;

  ItemKind(String word) {
    this.word = word;
  }

  /** The Thai word the kind's names start with; empty for OTHER. */
  public String word() {
    return word;
  }

  /** The kind a name starts with after quotes and brackets ("“มาตรการ…" → MEASURE), OTHER when none. */
  public static ItemKind of(String name) {
    if (name == null) return OTHER;
    String n = LEAD.matcher(name).replaceFirst("");
    for (ItemKind k : values()) if (k != OTHER && n.startsWith(k.word)) return k;
    return OTHER;
  }

  public static boolean startsWithKindWord(String text) {
    return of(text) != OTHER;
  }

  public static ItemKind parse(String code) {
    return Codes.parse(ItemKind.class, code, OTHER);
  }

  public String messageKey() {
    return "item.kind." + name();
  }
}
