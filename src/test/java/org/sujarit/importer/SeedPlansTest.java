package org.sujarit.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sujarit.importer.pipeline.PlanImporter;
import org.sujarit.importer.text.NameKey;
import org.sujarit.interchange.PlanInterchange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real plans of {@code shared/seeds} against their human readings in {@code shared/golden}, when
 * present on this machine (they are not copied into the repository): project F1, missions and
 * budget cells at 0.95 or better, organization and period right.
 */
class SeedPlansTest {
  private static final Path SHARED = Path.of(System.getProperty("sujarit.shared", "/work/shared"));
  private static final double SAME = 0.8;

  /** One project of either side, reduced to what is compared. */
  private record Item(String key, String mission, JsonNode budget, PlanInterchange.Project project) {}

  @ParameterizedTest
  @ValueSource(strings = {"000_57b82ac8baffe8ef", "001_d1f19dc540dd0745", "003_84f9b3d3dee21d4b"})
  void matchesTheGoldenReading(String seed) throws IOException {
    Path text = SHARED.resolve("seeds/" + seed + ".txt");
    Path golden = SHARED.resolve("golden/" + seed + ".json");
    assumeTrue(Files.isReadable(text) && Files.isReadable(golden), "shared seeds not present");

    PlanInterchange plan = PlanImporter.withBuiltInFrameworks().read(seed + ".txt", Files.readAllBytes(text)).plan();
    JsonNode gold = JsonMapper.builder().build().readTree(golden.toFile());

    assertThat(plan.organization().name()).isEqualTo(gold.get("organization").get("name").asString());
    assertThat(plan.period().startYear()).isEqualTo(gold.get("period").get("startYear").asInt());
    assertThat(plan.period().endYear()).isEqualTo(gold.get("period").get("endYear").asInt());
    assertThat(plan.framework()).isEqualTo(gold.get("framework").asString());

    List<Item> want = goldItems(gold);
    List<Item> got = new ArrayList<>();
    plan.dimensions().forEach(d -> d.missions().forEach(m -> m.projects().forEach(p -> got.add(new Item(NameKey.of(p.name()), m.code(), null, p)))));
    int matched = 0;
    int missionRight = 0;
    int cells = 0;
    int cellsRight = 0;
    Set<Item> used = new HashSet<>();
    for (Item g : want) {
      Item best = null;
      double bestSim = SAME;
      for (Item p : got) {
        double s = NameKey.similarity(g.key(), p.key());
        if (!used.contains(p) && s >= bestSim) {
          best = p;
          bestSim = s;
        }
      }
      if (best == null) continue;
      used.add(best);
      matched++;
      if (best.mission().equals(g.mission())) missionRight++;
      for (var year : g.budget().properties()) {
        cells++;
        BigDecimal value = best.project().budget() == null ? null : best.project().budget().get(Integer.parseInt(year.getKey()));
        JsonNode expected = year.getValue();
        boolean right = expected.isNull() ? value == null || value.signum() == 0
            : value != null && value.compareTo(expected.decimalValue()) == 0;
        if (right) cellsRight++;
      }
    }
    double precision = (double) matched / got.size();
    double recall = (double) matched / want.size();
    assertThat(2 * precision * recall / (precision + recall)).as("project F1").isGreaterThanOrEqualTo(0.95);
    assertThat((double) missionRight / matched).as("mission accuracy").isGreaterThanOrEqualTo(0.95);
    if (gold.path("scoreBudgets").asBoolean(true)) {
      assertThat((double) cellsRight / cells).as("budget cells").isGreaterThanOrEqualTo(0.95);
    }
  }

  private static List<Item> goldItems(JsonNode gold) {
    List<Item> out = new ArrayList<>();
    for (JsonNode d : gold.get("dimensions")) {
      for (JsonNode m : d.get("missions")) {
        for (JsonNode p : m.get("projects")) out.add(new Item(NameKey.of(p.get("name").asString()), m.get("code").asString(), p.get("budget"), null));
      }
    }
    return out;
  }
}
