package org.sujarit.monitoring;

import java.math.BigDecimal;
import org.sujarit.plan.DetailSheet;

/** The achieved value of one indicator of the item's detail sheet, by its position there (0-based). */
public record IndicatorResult(int index, BigDecimal achieved) {

  /** Achieved at least the target ("ไม่น้อยกว่าร้อยละ 80"); false when the indicator has no numeric target. */
  public boolean meets(DetailSheet.Indicator indicator) {
    return indicator.target() != null && achieved != null && achieved.compareTo(indicator.target()) >= 0;
  }
}
