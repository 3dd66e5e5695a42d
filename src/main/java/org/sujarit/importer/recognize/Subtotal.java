package org.sujarit.importer.recognize;

import java.math.BigDecimal;
import java.util.Map;

/** A stated subtotal of one dimension ("รวม จำนวน 4 โครงการ") or the grand total ("รวมทั้งสิ้น"). */
final class Subtotal {
  final int line;
  final boolean grand;
  Integer dimension;
  Integer count;
  Map<Integer, BigDecimal> totals;

  Subtotal(int line, boolean grand, Integer dimension) {
    this.line = line;
    this.grand = grand;
    this.dimension = dimension;
  }
}
