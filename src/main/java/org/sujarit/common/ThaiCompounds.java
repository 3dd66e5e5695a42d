package org.sujarit.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The compounds and official terms a Thai line must not break inside, which are also words the
 * importer knows: the shipped {@code typesetting/th-unbreakable.txt} plus an installation's own file
 * named by {@code sujarit.typesetting.words} (or {@code SUJARIT_TYPESETTING_WORDS}). One list, so that
 * the documents and the importer agree on what a word is.
 */
public final class ThaiCompounds {
  /** In the file's order, the installation's words after the shipped ones. */
  public static final Set<String> WORDS = read();

  private ThaiCompounds() {}

  private static Set<String> read() {
    Set<String> words = new LinkedHashSet<>(lines(ThaiCompounds.class.getResourceAsStream("/typesetting/th-unbreakable.txt")));
    String own = System.getProperty("sujarit.typesetting.words", System.getenv("SUJARIT_TYPESETTING_WORDS"));
    if (own != null && !own.isBlank()) {
      try {
        words.addAll(lines(Files.newInputStream(Path.of(own))));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the typesetting words " + own, e);
      }
    }
    return java.util.Collections.unmodifiableSet(words);
  }

  /** A word list's lines: blank lines and {@code #} comments left out. */
  public static List<String> lines(InputStream in) {
    if (in == null) throw new IllegalStateException("typesetting data missing from the classpath");
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
