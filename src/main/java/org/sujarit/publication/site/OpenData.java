package org.sujarit.publication.site;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.SpreadsheetText;
import org.sujarit.monitoring.Progress;
import org.sujarit.monitoring.ProgressFigures;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanItem;
import org.sujarit.plan.PlanItemId;
import org.sujarit.publication.PublicPaths;

/**
 * A published plan as open data: one row per item and fiscal year of the plan's period, with what the
 * executive acknowledged of that year (the annual round when there is one, else the 6-month round)
 * when the report was made on this very version. The columns are a published interface: add, never rename.
 */
public final class OpenData {
  public static final List<String> COLUMNS = List.of("organization_code", "period", "version", "fiscal_year", "dimension", "mission",
      "item_code", "item", "kind", "planned_budget", "spent", "status");

  private OpenData() {}

  /** {@code status}: the reported ProgressStatus name (DONE, IN_PROGRESS, …); spent and status are null when not reported. */
  public record Row(String organizationCode, String period, int version, int fiscalYear, int dimension, String mission, String itemCode,
      String item, String kind, BigDecimal plannedBudget, BigDecimal spent, String status) {}

  /** {@code acknowledged}: the year's acknowledged report made on this very version, if any. */
  public static List<Row> rows(String organizationCode, Plan plan, Function<FiscalYear, Optional<Progress.Board>> acknowledged) {
    String period = PublicPaths.period(plan.period());
    List<Row> rows = new ArrayList<>();
    for (FiscalYear year : plan.period().years()) {
      Map<PlanItemId, ProgressFigures.Line> reported = acknowledged.apply(year)
          .map(b -> b.figures().lines().stream().collect(java.util.stream.Collectors.toMap(l -> l.item().id(), l -> l, (a, b2) -> a)))
          .orElse(Map.of());
      for (PlanItem item : plan.items()) {
        ProgressFigures.Line line = reported.get(item.id());
        rows.add(new Row(organizationCode, period, plan.version(), year.value(), item.dimensionNo(), item.missionCode(),
            item.missionCode() + "." + item.sequence(), item.name(), item.kind().name(), item.budget().in(year).map(Baht::amount).orElse(null),
            line == null || line.spent() == null ? null : line.spent().amount(),
            line == null ? null : line.status().map(Enum::name).orElse(null)));
      }
    }
    return rows;
  }

  /** A row as JSON: the CSV's column names, in the same order. */
  public static Map<String, Object> json(Row r) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    Object[] values = {r.organizationCode(), r.period(), r.version(), r.fiscalYear(), r.dimension(), r.mission(), r.itemCode(), r.item(),
        r.kind(), r.plannedBudget(), r.spent(), r.status()};
    for (int i = 0; i < COLUMNS.size(); i++) m.put(COLUMNS.get(i), values[i]);
    return m;
  }

  /** Starts a CSV file: a byte-order mark (so that Excel reads the Thai as UTF-8) and the column names. */
  public static void header(Writer w) throws IOException {
    w.write('\uFEFF');
    w.write(String.join(",", COLUMNS));
    w.write("\r\n");
  }

  /** RFC 4180 lines; text made safe from formula injection. */
  public static void write(Writer w, Row r) throws IOException {
    List<String> fields = List.of(r.organizationCode(), r.period(), String.valueOf(r.version()), String.valueOf(r.fiscalYear()),
        String.valueOf(r.dimension()), r.mission(), r.itemCode(), r.item() == null ? "" : r.item(), r.kind(), plain(r.plannedBudget()),
        plain(r.spent()), r.status() == null ? "" : r.status());
    w.write(String.join(",", fields.stream().map(SpreadsheetText::csvField).toList()));
    w.write("\r\n");
  }

  private static String plain(BigDecimal amount) {
    return amount == null ? "" : amount.toPlainString();
  }
}
