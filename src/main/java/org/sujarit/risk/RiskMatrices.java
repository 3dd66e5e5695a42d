package org.sujarit.risk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sujarit.common.RuleViolation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The risk-level matrices: the built-in data files listed in {@code risk/matrices/index.txt}
 * (NACC 3×3, 4×4, 5×5). Every version stays readable so that old scores keep their matrix.
 */
public final class RiskMatrices {
  public static final String NACC_3X3 = "NACC-3x3";
  private static final String FOLDER = "risk/matrices/";
  private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final Map<String, RiskMatrix> byReference = new LinkedHashMap<>();

  public RiskMatrices(List<RiskMatrix> matrices) {
    for (RiskMatrix m : matrices) {
      if (byReference.putIfAbsent(m.id() + "@" + m.version(), m) != null) throw new RuleViolation("risk.matrix.duplicate", m.reference());
    }
    if (latest(NACC_3X3).isEmpty()) throw new IllegalStateException("the NACC 3×3 matrix is built in");
  }

  public static RiskMatrices builtIn() {
    ClassLoader loader = RiskMatrices.class.getClassLoader();
    List<RiskMatrix> list = new ArrayList<>();
    try (InputStream index = loader.getResourceAsStream(FOLDER + "index.txt")) {
      if (index == null) throw new IllegalStateException("no " + FOLDER + "index.txt");
      for (String line : new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8)).lines().toList()) {
        String name = line.strip();
        if (name.isEmpty() || name.startsWith("#")) continue;
        try (InputStream in = loader.getResourceAsStream(FOLDER + name)) {
          if (in == null) throw new IllegalStateException("missing matrix file " + name);
          list.add(read(in.readAllBytes()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new RiskMatrices(list);
  }

  /** A matrix file; one that is not JSON, not square or has gaps is refused with a Thai message. */
  public static RiskMatrix read(byte[] json) {
    try {
      RiskMatrix m = JSON.readValue(json, RiskMatrix.class);
      if (m == null) throw new RuleViolation("risk.matrix.unreadable");
      return m;
    } catch (JacksonException e) {
      if (e.getCause() instanceof RuleViolation v) throw v;
      throw new RuleViolation("risk.matrix.unreadable");
    }
  }

  /** Every matrix's newest version, NACC 3×3 first: what a new assessment may choose. */
  public List<RiskMatrix> choices() {
    Map<String, RiskMatrix> newest = new LinkedHashMap<>();
    byReference.values().forEach(m -> newest.merge(m.id(), m, (a, b) -> a.version() >= b.version() ? a : b));
    return newest.values().stream().sorted(Comparator.comparing((RiskMatrix m) -> !m.id().equals(NACC_3X3)).thenComparing(RiskMatrix::size))
        .toList();
  }

  public Optional<RiskMatrix> latest(String id) {
    return byReference.values().stream().filter(m -> m.id().equals(id)).max(Comparator.comparingInt(RiskMatrix::version));
  }

  public RiskMatrix get(String id, int version) {
    RiskMatrix m = byReference.get(id + "@" + version);
    if (m == null) throw RuleViolation.field("matrix", "risk.matrix.unknown", id + " v" + version);
    return m;
  }
}
