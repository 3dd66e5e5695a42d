package org.sujarit.publication.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.sujarit.common.FiscalYear;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OIT item lists per ITA year, read at start from {@code classpath:ita/ITA_*.json} and from the
 * optional directory {@code sujarit.ita.dir} (a file there replaces the built-in one of its year), so
 * that next year's list is a data file, not a code change.
 */
@Component
public class OitCatalog {
  private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final Map<Integer, OitList> byYear;

  OitCatalog(@Value("${sujarit.ita.dir:}") String extraDirectory) {
    Map<Integer, OitList> m = new TreeMap<>();
    try {
      for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:ita/ITA_*.json")) {
        try (InputStream in = r.getInputStream()) {
          OitList list = JSON.readValue(in, OitList.class);
          m.put(list.fiscalYear(), list);
        }
      }
      if (!extraDirectory.isBlank() && Files.isDirectory(Path.of(extraDirectory))) {
        try (Stream<Path> files = Files.list(Path.of(extraDirectory))) {
          for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
            OitList list = JSON.readValue(p.toFile(), OitList.class);
            m.put(list.fiscalYear(), list);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the ITA item lists", e);
    }
    this.byYear = Collections.unmodifiableMap(m);
  }

  public Optional<OitList> of(FiscalYear year) {
    return Optional.ofNullable(byYear.get(year.value()));
  }

  /** The years with a list, oldest first. */
  public List<Integer> years() {
    return List.copyOf(byYear.keySet());
  }
}
