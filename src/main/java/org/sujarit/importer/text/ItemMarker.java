package org.sujarit.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sujarit.common.ThaiDigits;

/**
 * The running number in front of a plan item: "(๑)", "3)", a code "4.1.2" (also "๑.๑.๑ (๑)"), and
 * before a kind word also "3.", "3" and the bullets "ก)", "(ข)", "ค.", "a)". Items restart their
 * numbers per mission in some plans and run through the table in others.
 */
public record ItemMarker(Integer number, String code, int start, int end) {
  private static final String D = ThaiText.D;
  /** A kind word and the name after it: what makes a bare "1." or a letter bullet an item's number. */
  private static final String KIND_AHEAD = "(?=\\s*(?:โครงการ|กิจกรรม|มาตรการ)\\S)";
  /** Thai consonants as bullets run, without the obsolete ฃ and ฅ. */
  private static final String THAI_BULLETS = "กขคฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ";
  private static final Pattern MARKER = Pattern.compile(
      "(?<![0-9\u0E50-\u0E59.\u0E01-\u0E4Ea-zA-Z])(?:\\(\\s*(" + D + "{1,3})\\s*\\)|(" + D + "{1,3})\\)"
          + "|(" + D + "{1,2}\\." + D + "{1,2}\\." + D + "{1,3})\\.?(?![0-9\u0E50-\u0E59])(?:\\s*\\(\\s*" + D + "{1,3}\\s*\\))?"
          + "|\\(?([" + THAI_BULLETS + "a-z])(?:\\)|\\." + KIND_AHEAD + ")"
          + "|(" + D + "{1,3})\\.?(?![0-9\u0E50-\u0E59])" + KIND_AHEAD + ")\\s*");

  /** The marker a text starts with, or null. */
  public static ItemMarker atStart(String text) {
    Matcher m = MARKER.matcher(text);
    return m.lookingAt() ? of(m) : null;
  }

  /** The last part of a code or the number itself, for restart and succession checks. */
  public int ordinal() {
    if (number != null) return number;
    return Integer.parseInt(code.substring(code.lastIndexOf('.') + 1));
  }

  /** The mission a code names ("4.1.2" → "4.1"), or null for a plain number. */
  public String missionCode() {
    return code == null ? null : code.substring(0, code.lastIndexOf('.'));
  }

  /** True when {@code next} is the marker that follows this one in the same list. */
  public boolean isFollowedBy(ItemMarker next) {
    if (code != null) {
      return next.code != null && next.missionCode().equals(missionCode()) && next.ordinal() == ordinal() + 1;
    }
    return next.number != null && next.number == number + 1;
  }

  /**
   * A cell that lists several items ("5) มาตรการ… 6) มาตรการ…") split at each marker that continues
   * the numbering of the one before; a number that does not continue it is part of a name.
   */
  public static List<String> splitItems(String cell) {
    Matcher m = MARKER.matcher(cell);
    List<Integer> cuts = new ArrayList<>();
    ItemMarker last = null;
    while (m.find()) {
      boolean boundary = m.start() == 0 || Character.isWhitespace(cell.charAt(m.start() - 1));
      if (!boundary) continue;
      ItemMarker marker = of(m);
      if (last == null ? m.start() == 0 : last.isFollowedBy(marker)) {
        cuts.add(m.start());
        last = marker;
      }
    }
    if (cuts.size() < 2) return List.of(cell.strip());
    List<String> out = new ArrayList<>();
    for (int i = 0; i < cuts.size(); i++) {
      out.add(cell.substring(cuts.get(i), i + 1 < cuts.size() ? cuts.get(i + 1) : cell.length()).strip());
    }
    return out;
  }

  private static ItemMarker of(Matcher m) {
    if (m.group(3) != null) return new ItemMarker(null, ThaiDigits.toArabic(m.group(3)), m.start(), m.end());
    if (m.group(4) != null) {
      char c = m.group(4).charAt(0);
      int ordinal = c >= 'a' && c <= 'z' ? c - 'a' + 1 : THAI_BULLETS.indexOf(c) + 1;
      return new ItemMarker(ordinal, null, m.start(), m.end());
    }
    String n = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(5);
    return new ItemMarker(ThaiText.number(n), null, m.start(), m.end());
  }
}
