package org.sujarit.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sujarit.common.RuleViolation;

class RiskMatrixTest {
  static final RiskMatrices MATRICES = RiskMatrices.builtIn();

  @Test
  void threeMatricesShipWithNacc3x3First() {
    assertThat(MATRICES.choices()).extracting(RiskMatrix::reference).containsExactly("NACC-3x3 v1", "RISK-4x4 v1", "RISK-5x5 v1");
  }

  @Test
  void everyCellOfTheNacc3x3() {
    RiskMatrix m = MATRICES.get("NACC-3x3", 1);
    String[][] expected = {{"LOW", "LOW", "MEDIUM"}, {"LOW", "MEDIUM", "HIGH"}, {"MEDIUM", "HIGH", "VERY_HIGH"}};
    for (int l = 1; l <= 3; l++) {
      for (int i = 1; i <= 3; i++) {
        RiskScore s = m.score(l, i);
        assertThat(s.level()).as("%d×%d", l, i).isEqualTo(expected[l - 1][i - 1]);
        assertThat(s.value()).isEqualTo(l * i);
        assertThat(s.matrixId()).isEqualTo("NACC-3x3");
        assertThat(s.matrixVersion()).isEqualTo(1);
      }
    }
    // the seed's rows: necessity 2 × impact 2 = 4, medium
    assertThat(m.score(2, 2).level()).isEqualTo("MEDIUM");
  }

  /** L, M, H, V per cell; rows are likelihood 1 (first) up, columns impact 1 (left) across. */
  static final String GRID_4X4 = """
      L L M M
      L M M H
      M M H V
      M H V V""";
  static final String GRID_5X5 = """
      L L L M M
      L L M M H
      L M M H H
      M M H H V
      M H H V V""";

  @Test
  void everyCellOfThe4x4And5x5() {
    cellByCell(MATRICES.get("RISK-4x4", 1), GRID_4X4);
    cellByCell(MATRICES.get("RISK-5x5", 1), GRID_5X5);
  }

  private static void cellByCell(RiskMatrix m, String grid) {
    String[] rows = grid.strip().split("\n");
    assertThat(rows).hasSize(m.size());
    for (int l = 1; l <= m.size(); l++) {
      String[] cells = rows[l - 1].strip().split(" ");
      assertThat(cells).hasSize(m.size());
      for (int i = 1; i <= m.size(); i++) {
        RiskScore s = m.score(l, i);
        String expected = switch (cells[i - 1]) {
          case "L" -> "LOW";
          case "M" -> "MEDIUM";
          case "H" -> "HIGH";
          default -> "VERY_HIGH";
        };
        assertThat(s.level()).as("%s %d×%d", m.id(), l, i).isEqualTo(expected);
        assertThat(s.value()).isEqualTo(l * i);
        assertThat(s.matrixId()).isEqualTo(m.id());
      }
    }
  }

  @Test
  void scoresOutsideTheMatrixAreRefused() {
    RiskMatrix m = MATRICES.get("NACC-3x3", 1);
    assertThatThrownBy(() -> m.score(4, 1)).isInstanceOf(RuleViolation.class).hasMessageContaining("risk.score.outside");
    assertThatThrownBy(() -> m.score(1, 0)).isInstanceOf(RuleViolation.class).hasMessageContaining("risk.score.outside");
  }

  @Test
  void residualLevelsFollowTheControlQuality() {
    RiskMatrix m = MATRICES.get("NACC-3x3", 1);
    assertThat(m.residual("VERY_HIGH", ControlQuality.GOOD)).isEqualTo("MEDIUM");
    assertThat(m.residual("VERY_HIGH", ControlQuality.FAIR)).isEqualTo("HIGH");
    assertThat(m.residual("VERY_HIGH", ControlQuality.WEAK)).isEqualTo("VERY_HIGH");
    assertThat(m.residual("MEDIUM", ControlQuality.GOOD)).isEqualTo("LOW");
    assertThat(m.residual("LOW", ControlQuality.WEAK)).isEqualTo("MEDIUM");
    for (RiskMatrix any : MATRICES.choices()) {
      for (RiskMatrix.Level level : any.levels()) {
        // good controls never leave more than fair ones, fair never more than weak
        int good = any.rank(any.residual(level.id(), ControlQuality.GOOD));
        int fair = any.rank(any.residual(level.id(), ControlQuality.FAIR));
        int weak = any.rank(any.residual(level.id(), ControlQuality.WEAK));
        assertThat(good).isLessThanOrEqualTo(fair);
        assertThat(fair).isLessThanOrEqualTo(weak);
      }
    }
  }

  @Test
  void aMatrixFileThatIsNotSquareOrHasGapsIsRefused() {
    String good = new String(read("nacc-3x3.json"), StandardCharsets.UTF_8);
    assertRefused(good.replace("[\"MEDIUM\", \"HIGH\", \"VERY_HIGH\"]", "[\"MEDIUM\", \"HIGH\"]"), "risk.matrix.not-square");
    assertRefused(good.replace("[\"LOW\", \"MEDIUM\", \"HIGH\"]", "[\"LOW\", null, \"HIGH\"]"), "risk.matrix.gap");
    assertRefused(good.replace("[\"LOW\", \"MEDIUM\", \"HIGH\"]", "[\"LOW\", \"PURPLE\", \"HIGH\"]"), "risk.matrix.gap");
    assertRefused(good.replace("\"WEAK\": {\"LOW\": \"MEDIUM\", ", "\"WEAK\": {"), "risk.matrix.residual-gap");
    assertRefused("{not json", "risk.matrix.unreadable");
    assertThat(RiskMatrices.read(good.getBytes(StandardCharsets.UTF_8)).size()).isEqualTo(3);
  }

  private static void assertRefused(String json, String key) {
    assertThatThrownBy(() -> RiskMatrices.read(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo(key));
  }

  private static byte[] read(String name) {
    try (var in = RiskMatrixTest.class.getClassLoader().getResourceAsStream("risk/matrices/" + name)) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
