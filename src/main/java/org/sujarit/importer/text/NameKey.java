package org.sujarit.importer.text;

import org.sujarit.plan.ItemKind;
import java.util.Locale;
import org.sujarit.common.ThaiDigits;

/**
 * Compares item names the way a reader does: spacing, punctuation, quotes, digit script and the kind
 * word in front (โครงการ/กิจกรรม/มาตรการ) do not count.
 */
public final class NameKey {
  private static final int MAX_LENGTH = 400;
  private static final String NOISE = " \t\n\r\"'“”‘’«»()[]{}<>.,:;!?/\\-–—_*#|";

  /** Two rows of the LCS table per thread, reused: matching compares every item with every sheet. */
  private static final ThreadLocal<int[][]> SCRATCH = ThreadLocal.withInitial(() -> new int[][] {new int[MAX_LENGTH + 1], new int[MAX_LENGTH + 1]});

  private NameKey() {}

  public static String of(String name) {
    if (name == null) return "";
    String t = ThaiDigits.toArabic(ThaiText.normalize(name)).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(t.length());
    for (int i = 0; i < t.length() && sb.length() < MAX_LENGTH; i++) {
      char c = t.charAt(i);
      if (NOISE.indexOf(c) < 0 && !Character.isWhitespace(c)) sb.append(c);
    }
    String k = sb.toString();
    for (ItemKind kind : ItemKind.values()) {
      if (kind != ItemKind.OTHER && k.startsWith(kind.word())) return k.substring(kind.word().length());
    }
    return k;
  }

  /** Similarity of two keys in [0, 1]: twice the longest common subsequence over the total length. */
  public static double similarity(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) return 0;
    if (a.equals(b)) return 1;
    int[][] rows = SCRATCH.get();
    if (rows[0].length <= b.length()) {
      rows[0] = new int[b.length() + 1];
      rows[1] = new int[b.length() + 1];
    }
    int[] prev = rows[0];
    int[] cur = rows[1];
    java.util.Arrays.fill(prev, 0, b.length() + 1, 0);
    cur[0] = 0;
    for (int i = 1; i <= a.length(); i++) {
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= b.length(); j++) {
        cur[j] = ca == b.charAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return 2.0 * prev[b.length()] / (a.length() + b.length());
  }
}
