package org.sujarit.importer.recognize;

import java.util.List;
import java.util.Map;

/**
 * What the Part 2 table states: its items in row order, the subtotals, and the dimension names found
 * in its dimension cells.
 */
record PlanTable(List<TableItem> items, List<Subtotal> subtotals, Map<Integer, Written> dimensionNames, int firstLine) {
  /** A name as a cell writes it, with its line for diagnostics. */
  record Written(String text, int line) {}

  boolean isEmpty() {
    return items.isEmpty();
  }

  Subtotal grandTotal() {
    return subtotals.stream().filter(s -> s.grand).findFirst().orElse(null);
  }
}
