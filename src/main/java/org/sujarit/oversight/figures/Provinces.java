package org.sujarit.oversight.figures;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The provinces of {@code oversight/provinces.csv} (reference data, not code). */
public final class Provinces {
  private static final Provinces INSTANCE = load();

  private final List<Province> all;
  private final Map<String, Province> byCode = new LinkedHashMap<>();
  private final Map<String, Province> byName = new LinkedHashMap<>();

  private Provinces(List<Province> all) {
    this.all = Collections.unmodifiableList(all);
    for (Province p : all) {
      byCode.put(p.code(), p);
      byName.put(p.name(), p);
    }
  }

  public static Provinces get() {
    return INSTANCE;
  }

  public List<Province> all() {
    return all;
  }

  /** By DOPA code ("30") or Thai name ("นครราชสีมา", with or without "จังหวัด"). */
  public Optional<Province> find(String codeOrName) {
    if (codeOrName == null) return Optional.empty();
    String key = codeOrName.strip();
    if (key.startsWith("จังหวัด")) key = key.substring("จังหวัด".length());
    Province p = byCode.get(key);
    return Optional.ofNullable(p != null ? p : byName.get(key));
  }

  private static Provinces load() {
    try (InputStream in = Provinces.class.getResourceAsStream("/oversight/provinces.csv")) {
      if (in == null) throw new IllegalStateException("oversight/provinces.csv missing");
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Province> list = new ArrayList<>();
      boolean header = true;
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) continue;
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split(",", -1);
        list.add(new Province(f[0], f[1], f[2], Province.Region.valueOf(f[3])));
      }
      return new Provinces(list);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
