package org.sujarit.risk;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sujarit.common.RuleViolation;

/**
 * A risk-level matrix, read from a data file: a square grid of likelihood (NACC: surveillance
 * necessity) × impact, each cell naming one of the levels (ordered lowest first, each with its
 * label and colour), and for each control quality the residual level every level leaves. A score is
 * stored with the matrix id and version that produced it ({@link RiskScore}).
 */
public record RiskMatrix(String id, int version, String name, String nameEn, Axis likelihood, Axis impact, List<Level> levels,
    List<List<String>> grid, Map<ControlQuality, Map<String, String>> residual) {

  /** One axis: its title and the label of each value 1..n. */
  public record Axis(String label, String labelEn, List<String> values) {}

  /** {@code treat}: a risk at this level needs a measure in the risk management plan. */
  public record Level(String id, String label, String labelEn, String colour, boolean treat) {}

  public RiskMatrix {
    if (id == null || id.isBlank() || version < 1) throw new RuleViolation("risk.matrix.no-id");
    if (likelihood == null || impact == null || likelihood.values() == null || impact.values() == null) {
      throw new RuleViolation("risk.matrix.no-axes", id);
    }
    int n = likelihood.values().size();
    if (n < 2 || impact.values().size() != n) throw new RuleViolation("risk.matrix.not-square", id, n, impact.values().size());
    if (levels == null || levels.isEmpty()) throw new RuleViolation("risk.matrix.no-levels", id);
    Set<String> ids = new HashSet<>();
    for (Level l : levels) {
      if (l == null || l.id() == null || l.label() == null || l.colour() == null || !l.colour().matches("#[0-9A-Fa-f]{6}")) {
        throw new RuleViolation("risk.matrix.bad-level", id);
      }
      if (!ids.add(l.id())) throw new RuleViolation("risk.matrix.bad-level", id);
    }
    if (grid == null || grid.size() != n) throw new RuleViolation("risk.matrix.not-square", id, n, grid == null ? 0 : grid.size());
    for (int r = 0; r < n; r++) {
      List<String> row = grid.get(r);
      if (row == null || row.size() != n) throw new RuleViolation("risk.matrix.not-square", id, n, row == null ? 0 : row.size());
      for (int c = 0; c < n; c++) {
        if (row.get(c) == null || !ids.contains(row.get(c))) throw new RuleViolation("risk.matrix.gap", id, r + 1, c + 1);
      }
    }
    EnumMap<ControlQuality, Map<String, String>> res = new EnumMap<>(ControlQuality.class);
    for (ControlQuality q : ControlQuality.values()) {
      Map<String, String> m = residual == null ? null : residual.get(q);
      for (String level : ids) {
        if (m == null || m.get(level) == null || !ids.contains(m.get(level))) throw new RuleViolation("risk.matrix.residual-gap", id, q, level);
      }
      res.put(q, Map.copyOf(m));
    }
    residual = java.util.Collections.unmodifiableMap(res);
    levels = List.copyOf(levels);
    grid = grid.stream().map(List::copyOf).toList();
  }

  /** Number of values on each axis. */
  public int size() {
    return grid.size();
  }

  /** "NACC-3x3 v1" */
  public String reference() {
    return id + " v" + version;
  }

  /** Step 3: the score of a risk; values outside the matrix are refused. */
  public RiskScore score(int likelihoodValue, int impactValue) {
    if (likelihoodValue < 1 || likelihoodValue > size()) throw RuleViolation.field("likelihood", "risk.score.outside", likelihoodValue, size());
    if (impactValue < 1 || impactValue > size()) throw RuleViolation.field("impact", "risk.score.outside", impactValue, size());
    return new RiskScore(id, version, likelihoodValue, impactValue, grid.get(likelihoodValue - 1).get(impactValue - 1));
  }

  /** Step 4: the level left once the controls of the given quality act on a risk of {@code levelId}. */
  public String residual(String levelId, ControlQuality quality) {
    String r = residual.get(quality).get(levelId);
    if (r == null) throw RuleViolation.field("level", "risk.level.unknown", levelId, reference());
    return r;
  }

  public Optional<Level> level(String levelId) {
    return levels.stream().filter(l -> l.id().equals(levelId)).findFirst();
  }

  /** Position of a level, lowest first; -1 when the matrix has no such level. */
  public int rank(String levelId) {
    for (int i = 0; i < levels.size(); i++) if (levels.get(i).id().equals(levelId)) return i;
    return -1;
  }

  public boolean needsTreatment(String levelId) {
    return level(levelId).map(Level::treat).orElse(false);
  }

  public boolean produced(RiskScore score) {
    return score != null && score.matrixId().equals(id) && score.matrixVersion() == version;
  }
}
