package org.sujarit.importer.text;

import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Letter sequences that no Thai word has, which conversion leaves in damaged text: a mark stacked on
 * another ("ระบู้้"), a mark or a following vowel with nothing to stand on ("เจตนาารมณ", a vowel after
 * a Latin letter or a digit), a leading vowel with no consonant after it, a tone mark written after
 * sara am ("นำ้"). Orthography alone tells them, so they are found without a dictionary and never in
 * a correctly spelled word. Text is expected normalized ({@link ThaiText#normalize}).
 */
public final class ThaiOrthography {
  private static final Locale THAI = Locale.forLanguageTag("th");
  /** Up to this many letters a damaged token is shown whole; longer ones by the dictionary words around the fault. */
  private static final int SHORT_WORD = 24;

  /** What makes a sequence impossible, with the Thai wording of diagnostics. */
  public enum Fault {
    STACKED_MARKS("สระหรือวรรณยุกต์ซ้อนกันบนพยัญชนะตัวเดียว"),
    MARK_WITHOUT_CONSONANT("สระบน สระล่าง หรือวรรณยุกต์ที่ไม่มีพยัญชนะรองรับ"),
    VOWEL_WITHOUT_CONSONANT("สระที่ไม่มีพยัญชนะนำหน้า"),
    LEADING_VOWEL_WITHOUT_CONSONANT("สระหน้าที่ไม่มีพยัญชนะตามหลัง"),
    TONE_AFTER_SARA_AM("วรรณยุกต์อยู่หลังสระอำ");

    private final String thai;

    Fault(String thai) {
      this.thai = thai;
    }

    public String thai() {
      return thai;
    }
  }

  /** One damaged word: as shown to the reader, where it stands in the text and what is wrong with it. */
  public record Damage(String word, int start, int end, Fault fault) {}

  private ThaiOrthography() {}

  public static boolean isDamaged(String text) {
    return faults(text) > 0;
  }

  /** How many letters of the text stand where Thai cannot have them. */
  public static int faults(String text) {
    int n = 0;
    for (int i = 0; text != null && i < text.length(); i++) {
      if (fault(text, i) != null) n++;
    }
    return n;
  }

  /** Each damaged word of the text once, in order. */
  public static List<Damage> damagedWords(String text) {
    List<Damage> out = new ArrayList<>();
    if (text == null) return out;
    for (int i = 0; i < text.length(); i++) {
      Fault f = fault(text, i);
      if (f == null) continue;
      Damage d = word(text, i, f);
      if (out.isEmpty() || out.get(out.size() - 1).end() <= d.start()) out.add(d);
    }
    return out;
  }

  /** The fault of the character at i given its neighbours, or null when Thai may be written so. */
  public static Fault fault(CharSequence s, int i) {
    char c = s.charAt(i);
    char p = i > 0 ? s.charAt(i - 1) : '\0';
    if (isLeading(c)) {
      return i + 1 < s.length() && isConsonant(s.charAt(i + 1)) ? null : Fault.LEADING_VOWEL_WITHOUT_CONSONANT;
    }
    if (isAbove(c) || isBelow(c) || c == MAITAIKHU || c == YAMAKKAN) {
      return isConsonant(p) ? null : misplaced(p);
    }
    if (isTone(c)) {
      if (isConsonant(p) || isAbove(p) || p == SARA_U || p == SARA_UU) return null;
      return p == SARA_AM || p == NIKHAHIT ? Fault.TONE_AFTER_SARA_AM : misplaced(p);
    }
    if (c == THANTHAKHAT) {
      return isConsonant(p) || p == SARA_I || p == SARA_U ? null : misplaced(p);
    }
    if (c == NIKHAHIT) {
      return isConsonant(p) || isTone(p) ? null : misplaced(p);
    }
    if (isFollowing(c)) {
      // "เกาะ": sara a after sara aa closes เ–าะ
      if (isConsonant(p) || isTone(p) || c == SARA_A && p == SARA_AA) return null;
      return Fault.VOWEL_WITHOUT_CONSONANT;
    }
    return null;
  }

  private static Fault misplaced(char previous) {
    return isMark(previous) || previous == SARA_AM ? Fault.STACKED_MARKS : Fault.MARK_WITHOUT_CONSONANT;
  }

  /**
   * The word around a fault: the whole token between spaces when short; else the dictionary words
   * that touch the fault, so that "ข้อมูลสาธารณะของระบู้้องค์กร…" is shown as a few words.
   */
  private static Damage word(String text, int at, Fault f) {
    int start = at;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) start--;
    int end = at + 1;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) end++;
    int from = start;
    int to = end;
    if (end - start > SHORT_WORD) {
      BreakIterator words = BreakIterator.getWordInstance(THAI);
      words.setText(text.substring(start, end));
      int k = at - start;
      int a = words.isBoundary(k) ? k : words.preceding(k);
      int b = words.following(k);
      if (a > 0) a = words.preceding(a);
      if (b < end - start) b = words.following(b);
      from = start + a;
      to = start + b;
    }
    String w = strip(text.substring(from, to));
    return new Damage(w.isEmpty() ? text.substring(from, to) : w, from, to, f);
  }

  /** Without quotes, brackets and punctuation around the word. */
  private static String strip(String w) {
    int a = 0;
    int b = w.length();
    while (a < b && !Character.isLetterOrDigit(w.charAt(a)) && !isThaiSign(w.charAt(a))) a++;
    while (b > a && !Character.isLetterOrDigit(w.charAt(b - 1)) && !isThaiSign(w.charAt(b - 1))) b--;
    return w.substring(a, b);
  }

  private static boolean isThaiSign(char c) {
    return c >= '\u0E30' && c <= '\u0E4E';
  }

  private static final char SARA_A = '\u0E30';
  private static final char SARA_AA = '\u0E32';
  private static final char SARA_AM = '\u0E33';
  private static final char SARA_I = '\u0E34';
  private static final char SARA_U = '\u0E38';
  private static final char SARA_UU = '\u0E39';
  private static final char MAITAIKHU = '\u0E47';
  private static final char THANTHAKHAT = '\u0E4C';
  private static final char NIKHAHIT = '\u0E4D';
  private static final char YAMAKKAN = '\u0E4E';

  /** ก to ฮ, with ฤ and ฦ, which take vowels and marks as consonants do. */
  private static boolean isConsonant(char c) {
    return c >= '\u0E01' && c <= '\u0E2E';
  }

  /** Mai han-akat, sara i, ii, ue, uee. */
  private static boolean isAbove(char c) {
    return c == '\u0E31' || c >= '\u0E34' && c <= '\u0E37';
  }

  /** Sara u, uu and phinthu. */
  private static boolean isBelow(char c) {
    return c >= '\u0E38' && c <= '\u0E3A';
  }

  private static boolean isTone(char c) {
    return c >= '\u0E48' && c <= '\u0E4B';
  }

  /** Every combining sign: above and below vowels, tone marks, maitaikhu, thanthakhat, nikhahit, yamakkan. */
  private static boolean isMark(char c) {
    return isAbove(c) || isBelow(c) || c >= '\u0E47' && c <= '\u0E4E';
  }

  /** Sara e, ae, o, ai maimuan, ai maimalai: written before the consonant they follow in speech. */
  private static boolean isLeading(char c) {
    return c >= '\u0E40' && c <= '\u0E44';
  }

  /** Sara a, aa, am and lakkhangyao, written after their consonant. */
  private static boolean isFollowing(char c) {
    return c == SARA_A || c == SARA_AA || c == SARA_AM || c == '\u0E45';
  }
}
