package org.sujarit.document.model;

import java.util.ArrayList;
import java.util.List;
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalQuarter;
import org.sujarit.common.FiscalYear;

/**
 * The yearly record NACC's E-PlanNACC asks for: per fiscal year, the items planned that year with
 * their budget and planned quarters. An item belongs to a year its budget or quarters name; an item
 * that names no year at all belongs to every year.
 */
public record EPlanRecord(FiscalYear year, List<Line> lines) {

  public record Line(int number, String item, String dimension, Baht budget, List<FiscalQuarter> quarters, String remark) {}

  public static List<EPlanRecord> of(PlanTable table) {
    List<EPlanRecord> records = new ArrayList<>();
    for (FiscalYear year : table.period().years()) {
      List<Line> lines = new ArrayList<>();
      for (PlanTable.Dimension d : table.dimensions()) {
        for (PlanTable.Mission m : d.missions()) {
          for (PlanTable.Item item : m.items()) {
            boolean namesNoYear = !item.budget().statesAnything() && item.quarters().isEmpty();
            if (namesNoYear || item.budget().states(year) || item.quarters().containsKey(year)) {
              lines.add(new Line(lines.size() + 1, item.name(), "มิติที่ " + d.no() + " " + d.name(),
                  item.budget().get(year), item.quarters().getOrDefault(year, List.of()), item.remarkText()));
            }
          }
        }
      }
      records.add(new EPlanRecord(year, List.copyOf(lines)));
    }
    return records;
  }
}
