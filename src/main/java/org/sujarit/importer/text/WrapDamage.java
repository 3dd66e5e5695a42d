package org.sujarit.importer.text;

import com.ibm.icu.text.BreakIterator;
import java.util.Locale;

/**
 * Damage a table cell's wrapping leaves in a Thai name: a space where the cell wrapped inside a word
 * ("ที่ เกี่ยวข้อง" is fine, "เกี่ยว ข้อง" is not), found with ICU's Thai dictionary: a space whose two
 * sides, joined, read as one word; and letters Thai cannot be written as, such as marks stacked twice
 * ("ระบู้้", {@link ThaiOrthography}). Used to pick the better of two readings of one name and to
 * remove the spaces that split a word.
 */
public final class WrapDamage {
  private static final Locale THAI = Locale.forLanguageTag("th");

  private WrapDamage() {}

  /** How many wrap spaces and impossible letters the name has. */
  public static int of(String name) {
    if (name == null) return Integer.MAX_VALUE;
    return ThaiOrthography.faults(name) + splitSpaces(name).length;
  }

  /** The name without the spaces that split a Thai word. */
  public static String withoutSplitSpaces(String name) {
    int[] at = splitSpaces(name);
    if (at.length == 0) return name;
    StringBuilder sb = new StringBuilder(name);
    for (int k = at.length - 1; k >= 0; k--) sb.deleteCharAt(at[k]);
    return sb.toString();
  }

  /** Indexes of single spaces between Thai letters whose removal leaves no word boundary there. */
  private static int[] splitSpaces(String name) {
    java.util.List<Integer> out = new java.util.ArrayList<>();
    for (int i = 1; i + 1 < name.length(); i++) {
      if (name.charAt(i) != ' ' || !isThai(name.charAt(i - 1)) || !isThai(name.charAt(i + 1))) continue;
      int from = Math.max(0, name.lastIndexOf(' ', i - 1) + 1);
      int to = name.indexOf(' ', i + 1);
      String joined = name.substring(from, i) + name.substring(i + 1, to < 0 ? name.length() : to);
      int join = i - from;
      BreakIterator words = BreakIterator.getWordInstance(THAI);
      words.setText(joined);
      if (!words.isBoundary(join)) out.add(i);
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private static boolean isThai(char c) {
    return c >= '\u0E01' && c <= '\u0E4E';
  }
}
