package org.sujarit.plan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The built-in corruption-risk area a risk's text names, by the words of {@code plan/risk-area-words.txt}
 * (data, so that the words are one table for the importer and the risk assessment).
 */
public final class RiskAreaWords {
  private static final String RESOURCE = "/plan/risk-area-words.txt";
  private static final Map<String, List<String>> WORDS = load();

  private RiskAreaWords() {}

  /** The code of the first area one of whose words the text holds; empty when it names none. */
  public static Optional<String> areaOf(String text) {
    if (text == null) return Optional.empty();
    for (Map.Entry<String, List<String>> e : WORDS.entrySet()) {
      for (String w : e.getValue()) {
        if (text.contains(w)) return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  /** The areas' codes in the order they are tried. */
  public static List<String> codes() {
    return List.copyOf(WORDS.keySet());
  }

  private static Map<String, List<String>> load() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    try (InputStream in = Objects.requireNonNull(RiskAreaWords.class.getResourceAsStream(RESOURCE), RESOURCE);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] parts = line.split("\t", 2);
        if (parts.length < 2) throw new IllegalStateException(RESOURCE + ": no tab in \"" + line + "\"");
        out.put(parts[0].strip(), List.of(parts[1].strip().split("\\s+")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
