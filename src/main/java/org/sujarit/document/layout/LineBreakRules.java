package org.sujarit.document.layout;

import org.sujarit.common.ThaiCompounds;

import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.sujarit.common.ThaiDigits;

/**
 * Where a line of Thai text may break: ICU's line breaks, except inside a compound or official term
 * of the dictionary (data: {@code typesetting/th-unbreakable.txt}, plus the installation's own file
 * named by {@code sujarit.typesetting.words}), between a number and its unit ("25,000 บาท",
 * "ร้อยละ 80"), and inside a Latin code ("O27", "NACC_2566", an address). The PDF breaks by these
 * rules itself; a word processor, which breaks Thai by its own dictionary, gets them as characters
 * in the text ({@link #hinted}).
 */
public final class LineBreakRules {
  /** Forbids a break between its neighbours; zero width. */
  public static final char JOIN = '\u2060';
  private static final char NO_BREAK_SPACE = '\u00A0';
  private static final Locale THAI = Locale.forLanguageTag("th");
  public static final List<String> WORDS = longestFirst(ThaiCompounds.WORDS);
  private static final Units UNITS = units();

  private LineBreakRules() {}

  /** The offsets after which a line may end (offset i: between text[i] and text[i + 1]). */
  public static BitSet breaks(String text) {
    return ruled(text, icuBreaks(text));
  }

  private static BitSet ruled(String text, BitSet icu) {
    BitSet allowed = (BitSet) icu.clone();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\u200B') allowed.set(i);
    }
    for (String word : WORDS) {
      for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) allowed.clear(at, at + word.length() - 1);
    }
    keepNumbersWithUnits(text, allowed);
    keepCodesWhole(text, allowed);
    return allowed;
  }

  /**
   * The text with these rules written into it, for Word and LibreOffice, which break Thai by their
   * own dictionaries (LibreOffice by ICU's, as the PDF does before the rules): a word joiner where
   * ICU would break and the rules do not (inside a compound, a number, a unit or a code), a no-break
   * space for a space that must not break (between a number and its unit). Break opportunities are
   * not marked with zero-width spaces: both find them, and a mark between every two words would
   * stand in every copied phrase and every search. {@link #plain} takes the marks out again.
   */
  public static String hinted(String text) {
    if (text.length() < 2) return text;
    BitSet icu = icuBreaks(text);
    BitSet allowed = ruled(text, icu);
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean last = i + 1 == text.length();
      if (c == ' ') {
        out.append(allowed.get(i) || last ? c : NO_BREAK_SPACE);
        continue;
      }
      out.append(c);
      if (last || c == JOIN) continue;
      char next = text.charAt(i + 1);
      if (next != ' ' && next != JOIN && !allowed.get(i) && icu.get(i)) out.append(JOIN);
    }
    return out.toString();
  }

  /** The text as written, without the marks of {@link #hinted}: what a reader of the file should compare. */
  public static String plain(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == NO_BREAK_SPACE) out.append(' ');
      else if (c != JOIN) out.append(c);
    }
    return out.toString();
  }

  private static BitSet icuBreaks(String text) {
    BitSet allowed = new BitSet(text.length());
    BreakIterator icu = BreakIterator.getLineInstance(THAI);
    icu.setText(text);
    for (int b = icu.next(); b != BreakIterator.DONE; b = icu.next()) {
      if (b > 0 && b < text.length()) allowed.set(b - 1);
    }
    return allowed;
  }

  private static void keepNumbersWithUnits(String text, BitSet allowed) {
    for (int i = 0; i < text.length(); i++) {
      if (!ThaiDigits.isDigit(text.charAt(i))) continue;
      int end = i;
      while (end < text.length() && (ThaiDigits.isDigit(text.charAt(end)) || ",.".indexOf(text.charAt(end)) >= 0
          && end + 1 < text.length() && ThaiDigits.isDigit(text.charAt(end + 1)))) end++;
      allowed.clear(i, end - 1); // inside the number itself
      int after = skipSpaces(text, end);
      // the unit stays whole too ("ร้อย|ละ 80" would leave the number's word behind)
      for (String u : UNITS.after) {
        if (text.startsWith(u, after)) {
          allowed.clear(end - 1, after + u.length() - 1);
          break;
        }
      }
      int before = i;
      while (before > 0 && text.charAt(before - 1) == ' ') before--;
      for (String u : UNITS.before) {
        if (text.startsWith(u, before - u.length())) {
          allowed.clear(before - u.length(), i);
          break;
        }
      }
      i = end;
    }
  }

  private static void keepCodesWhole(String text, BitSet allowed) {
    for (int i = 0; i < text.length(); i++) {
      if (!latin(text.charAt(i))) continue;
      int from = i;
      while (from > 0 && codeChar(text.charAt(from - 1))) from--;
      int to = i;
      while (to < text.length() && codeChar(text.charAt(to))) to++;
      // a long address may still break: a line cannot hold more than a column's width
      if (to - from <= 24) allowed.clear(from, to - 1);
      i = to;
    }
  }

  private static int skipSpaces(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) == ' ') i++;
    return i;
  }

  private static boolean latin(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean codeChar(char c) {
    return latin(c) || (c >= '0' && c <= '9') || "._-/:@#".indexOf(c) >= 0;
  }

  private record Units(List<String> after, List<String> before) {}

  private static Units units() {
    List<String> after = new ArrayList<>();
    List<String> before = new ArrayList<>();
    List<String> into = after;
    for (String line : ThaiCompounds.lines(LineBreakRules.class.getResourceAsStream("/typesetting/th-number-units.txt"))) {
      if (line.equals("[after]")) into = after;
      else if (line.equals("[before]")) into = before;
      else into.add(line);
    }
    return new Units(longestFirst(after), longestFirst(before));
  }

  private static List<String> longestFirst(java.util.Collection<String> words) {
    return words.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder())).toList();
  }
}
