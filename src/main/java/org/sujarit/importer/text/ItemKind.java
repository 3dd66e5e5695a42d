package org.sujarit.importer.text;

import java.util.regex.Pattern;

/** What a plan item calls itself by its first word. */
public enum ItemKind {
  PROJECT("โครงการ"),
  ACTIVITY("กิจกรรม"),
  MEASURE("มาตรการ"),
  OTHER(null);

  private static final Pattern LEAD = Pattern.compile("^[\\s\"'“”‘’«(\\[{*]+");
  private final String word;

  ItemKind(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }

  /** The kind a name starts with, after quotes and brackets; OTHER when it starts with none. */
  public static ItemKind of(String name) {
    if (name == null) return OTHER;
    String t = LEAD.matcher(name).replaceFirst("");
    for (ItemKind k : values()) {
      if (k.word != null && t.startsWith(k.word)) return k;
    }
    return OTHER;
  }

  public static boolean startsWithKindWord(String text) {
    return of(text) != OTHER;
  }
}
