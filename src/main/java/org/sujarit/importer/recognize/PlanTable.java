package org.sujarit.importer.recognize;

import java.util.List;
import java.util.Map;

/**
 * What the Part 2 table states: its items in row order, the subtotals, and the dimension names found
 * in its dimension cells.
 */
record PlanTable(List<TableItem> items, List<Subtotal> subtotals, Map<Integer, String> dimensionNames, int firstLine) {
  boolean isEmpty() {
    return items.isEmpty();
  }

  Subtotal grandTotal() {
    return subtotals.stream().filter(s -> s.grand).findFirst().orElse(null);
  }
}
