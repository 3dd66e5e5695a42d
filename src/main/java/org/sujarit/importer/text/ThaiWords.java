package org.sujarit.importer.text;

import org.sujarit.common.ThaiCompounds;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.BytesTrie;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Thai words no dictionary knows: a run of Thai letters that cannot be cut into words of ICU's Thai
 * dictionary (the one its line and word breaking use) and of the compound dictionary of official terms
 * shipped for typesetting ({@code typesetting/th-unbreakable.txt}, plus an installation's own file named
 * by {@code sujarit.typesetting.words}). Such a run is a misspelling, conversion damage that Thai can
 * still be written as ("เพื่อาระดับ"), or a proper name; callers pass the names the document itself
 * establishes (the organization, its district and province) and the framework's names as known text.
 */
public final class ThaiWords {
  /** ICU's data file of Thai words: a BytesTrie of letters offset by the Thai block's start. */
  private static final String ICU_THAI = "/com/ibm/icu/impl/data/icudata/brkitr/thaidict.dict";
  /** Runs shorter than this are too short to tell a word from a fragment. */
  private static final int MIN_RUN = 3;
  private static final int LONGEST_WORD = 40;
  /** Up to this many letters a run is shown whole; longer ones by the ICU words around the unknown letters. */
  private static final int SHORT_RUN = 24;
  private static final Locale THAI = Locale.forLanguageTag("th");

  /** The letters no dictionary word covers, as shown (with the dictionary words next to them) and where they stand. */
  public record Unknown(String word, int start, int end) {}

  private ThaiWords() {}

  /**
   * The stretches of the text's Thai runs that no cut into known words covers, each shown by the run
   * when short, else by the letters around the first place where every cut fails; a stretch that is
   * part of a known text is left out. Text damaged orthographically is {@link ThaiOrthography}'s.
   */
  public static List<Unknown> unknownWords(String text, Collection<String> knownTexts) {
    List<Unknown> out = new ArrayList<>();
    if (text == null) return out;
    int i = 0;
    while (i < text.length()) {
      if (!isThaiLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && isThaiLetter(text.charAt(i))) i++;
      String run = text.substring(start, i);
      if (run.length() < MIN_RUN || ThaiOrthography.isDamaged(run)) continue;
      int[] gap = gap(run);
      if (gap == null) continue;
      // the unknown letters with the words around them, so that a known text holding them is the same name
      String near = around(run, gap);
      if (knownTexts.stream().anyMatch(k -> k != null && k.contains(near))) continue;
      out.add(new Unknown(run.length() <= SHORT_RUN ? run : near, start, i));
    }
    return out;
  }

  /** Whether the word is one of the dictionaries'. */
  public static boolean isWord(String w) {
    return Dictionary.COMPOUNDS.contains(w) || Dictionary.icu(w);
  }

  /**
   * Null when the run can be cut into known words; else the letters between the furthest point a cut
   * from the start reaches and the nearest point from which a cut reaches the end.
   */
  private static int[] gap(String run) {
    int n = run.length();
    boolean[] fromStart = new boolean[n + 1];
    fromStart[0] = true;
    for (int a = 0; a < n; a++) {
      if (!fromStart[a]) continue;
      for (int b = a + 1; b <= Math.min(n, a + LONGEST_WORD); b++) {
        if (!fromStart[b] && isWord(run.substring(a, b))) fromStart[b] = true;
      }
    }
    if (fromStart[n]) return null;
    boolean[] toEnd = new boolean[n + 1];
    toEnd[n] = true;
    for (int b = n; b > 0; b--) {
      if (!toEnd[b]) continue;
      for (int a = Math.max(0, b - LONGEST_WORD); a < b; a++) {
        if (!toEnd[a] && isWord(run.substring(a, b))) toEnd[a] = true;
      }
    }
    int from = 0;
    for (int k = 0; k <= n; k++) if (fromStart[k]) from = k;
    int to = n;
    for (int k = n; k >= from; k--) if (toEnd[k]) to = k;
    return new int[] {from, Math.max(to, Math.min(n, from + 1))};
  }

  private static String around(String run, int[] gap) {
    BreakIterator words = BreakIterator.getWordInstance(THAI);
    words.setText(run);
    int a = words.isBoundary(gap[0]) ? gap[0] : words.preceding(gap[0]);
    int b = words.isBoundary(gap[1]) ? gap[1] : words.following(gap[1]);
    if (a > 0) a = words.preceding(a);
    if (b < run.length()) b = words.following(b);
    return run.substring(a, b);
  }

  /** Thai consonants, vowels and marks; not digits, ฯ, ๆ or ฿, which stand between words. */
  private static boolean isThaiLetter(char c) {
    return c >= '\u0E01' && c <= '\u0E4E' && c != '\u0E2F' && c != '\u0E46' && c != '\u0E3F';
  }

  /** The two dictionaries, loaded once. */
  private static final class Dictionary {
    static final Set<String> COMPOUNDS = ThaiCompounds.WORDS;
    private static final byte[] TRIE;
    private static final int OFFSET;

    static {
      try (InputStream in = ThaiWords.class.getResourceAsStream(ICU_THAI)) {
        if (in == null) throw new IllegalStateException("ICU's Thai dictionary missing from the classpath: " + ICU_THAI);
        byte[] all = in.readAllBytes();
        ByteBuffer b = ByteBuffer.wrap(all);
        int header = b.getShort(0) & 0xFFFF;
        b.position(header);
        int trieOffset = b.getInt();
        b.getInt();
        b.getInt();
        int totalSize = b.getInt();
        b.getInt();
        int transform = b.getInt();
        TRIE = Arrays.copyOfRange(all, header + trieOffset, header + totalSize);
        OFFSET = transform & 0x1FFFFF;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    static boolean icu(String w) {
      BytesTrie t = new BytesTrie(TRIE, 0);
      BytesTrie.Result r = null;
      for (int i = 0; i < w.length(); i++) {
        int d = w.charAt(i) - OFFSET;
        if (d < 0 || d > 0xFD) return false;
        r = i == 0 ? t.first(d) : t.next(d);
        if (!r.matches()) return false;
      }
      return r != null && r.hasValue();
    }
  }
}
