package org.sujarit.framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The frameworks known to this installation. Built-in ones come from {@code classpath:frameworks/};
 * an administrator may add a directory of further JSON files (a new NACC cycle) without a new release.
 */
public final class FrameworkCatalog {
  private static final JsonMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final Map<String, Framework> byCode;

  private FrameworkCatalog(List<Framework> frameworks) {
    Map<String, Framework> m = new LinkedHashMap<>();
    frameworks.stream().sorted(Comparator.comparingInt(Framework::firstYear).reversed())
        .forEach(f -> m.put(f.code(), f));
    this.byCode = Collections.unmodifiableMap(m);
  }

  public static FrameworkCatalog of(List<Framework> frameworks) {
    return new FrameworkCatalog(frameworks);
  }

  /** The built-in frameworks only, for code that runs without Spring (command line). */
  public static FrameworkCatalog builtIn() {
    return load(null);
  }

  /** Built-in frameworks plus the JSON files of {@code extraDirectory} (which may override a code). */
  public static FrameworkCatalog load(Path extraDirectory) {
    List<Framework> all = new ArrayList<>();
    try {
      ClassLoader loader = FrameworkCatalog.class.getClassLoader();
      for (String name : BuiltInFrameworkFiles.names(loader)) {
        try (InputStream in = loader.getResourceAsStream(BuiltInFrameworkFiles.FOLDER + name)) {
          all.add(JSON.readValue(in, Framework.class));
        }
      }
      if (extraDirectory != null && Files.isDirectory(extraDirectory)) {
        try (Stream<Path> files = Files.list(extraDirectory)) {
          for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
            Framework f = JSON.readValue(p.toFile(), Framework.class);
            all.removeIf(x -> x.code().equals(f.code()));
            all.add(f);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read frameworks", e);
    }
    return new FrameworkCatalog(all);
  }

  public Optional<Framework> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  public Framework get(String code) {
    return find(code).orElseThrow(() -> new UnknownFrameworkException(code));
  }

  /** Newest first. */
  public List<Framework> all() {
    return List.copyOf(byCode.values());
  }

  /** The framework whose cycle covers a B.E. fiscal year, e.g. 2563 → NACC_2561. */
  public Optional<Framework> covering(int fiscalYear) {
    return byCode.values().stream().filter(f -> f.firstYear() <= fiscalYear && fiscalYear <= f.lastYear()).findFirst();
  }
}
