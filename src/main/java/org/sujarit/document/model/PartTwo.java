package org.sujarit.document.model;

import org.sujarit.document.layout.*;
import java.util.List;
import org.sujarit.document.layout.Section.PageNumbers;

/** Part 2, the plan table: one table per dimension on landscape pages. */
final class PartTwo {
  private PartTwo() {}

  static Section of(Context c, PlanGrid grid) {
    Flow f = c.flow()
        .heading(1, "ส่วนที่ 2\nแผนปฏิบัติการป้องกันการทุจริต", FrontMatter.PART_TITLE_SIZE, Align.CENTER, 0, "part2",
            "ส่วนที่ 2 แผนปฏิบัติการป้องกันการทุจริต")
        .paragraph(StandardTexts.TITLE + "\nประจำปีงบประมาณ พ.ศ. " + c.period() + "\n" + c.organization(),
            TextStyle.centered(TextStyle.BODY_SIZE, true, 0))
        .paragraph(c.fill(StandardTexts.PART2_INTRO).replace("{count}", Integer.toString(c.table().itemCount())),
            TextStyle.BODY);
    List<Table> tables = grid.perDimension();
    List<PlanTable.Dimension> dimensions = c.table().dimensions();
    for (int i = 0; i < tables.size(); i++) {
      if (i < dimensions.size()) {
        PlanTable.Dimension d = dimensions.get(i);
        f.heading(2, "มิติที่ " + d.no() + " " + d.name(), TextStyle.BODY_SIZE, Align.LEFT, 10, "part2_d" + d.no());
      }
      f.add(tables.get(i));
    }
    return new Section(PageSetup.LANDSCAPE, PageNumbers.CONTINUED, f.blocks());
  }
}
