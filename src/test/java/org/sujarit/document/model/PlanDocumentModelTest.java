package org.sujarit.document.model;

import org.sujarit.document.layout.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalQuarter;
import org.sujarit.common.FiscalYear;
import org.sujarit.document.RenderOptions;
import org.sujarit.document.layout.Table.Cell;
import org.sujarit.document.layout.Table.Column;
import org.sujarit.document.layout.Table.Row;
import org.sujarit.document.layout.Table.RowKind;
import org.sujarit.framework.FrameworkCatalog;
import org.sujarit.interchange.InterchangeJson;
import org.sujarit.interchange.PlanInterchange;

class PlanDocumentModelTest {
  private static final RenderOptions OPTIONS = RenderOptions.issuedOn(LocalDate.of(2022, 9, 15));

  @Test
  void placesCellsAroundThoseSpanningFromAbove() {
    List<Column> columns = List.of(new Column(10, Align.LEFT), new Column(10, Align.LEFT), new Column(10, Align.LEFT));
    Table t = new Table(columns, 0, List.of(
        new Row(RowKind.BODY, List.of(Cell.text("a").span(1, 3), Cell.text("b").span(1, 2), Cell.text("c"))),
        new Row(RowKind.BODY, List.of(Cell.text("d"))),
        new Row(RowKind.BODY, List.of(Cell.text("e").span(2, 1)))), 14);
    List<List<Table.Placed>> grid = t.placed();
    assertThat(grid.get(1)).extracting(p -> p.cell().text() + "@" + p.column() + (p.continued() ? "~" : ""))
        .containsExactly("a@0~", "b@1~", "d@2");
    assertThat(grid.get(2)).extracting(p -> p.cell().text() + "@" + p.column() + (p.continued() ? "~" : ""))
        .containsExactly("a@0~", "e@1");
  }

  @Test
  void numbersItemsThroughThePlanAndSumsOnlyWhatIsStated() {
    PlanDocumentModel model = model(plan("""
        {"organization": {"name": "เทศบาลตำบลทดสอบ"}, "period": {"startYear": 2566, "endYear": 2567}, "framework": "NACC_2566",
         "dimensions": [
          {"no": 2, "missions": [{"code": "2.1", "projects": [
            {"name": "ข", "budget": {"2566": 1000.5, "2567": null}, "quarters": {"2567": [4, 1, 1, 7]}}]}]},
          {"no": 1, "missions": [{"code": "1.1", "projects": [
            {"name": "ก", "budget": {"2566": 0, "2567": 250}}, {"name": "ค"}]}]}]}
        """));
    PlanTable t = model.table();
    assertThat(t.dimensions()).extracting(PlanTable.Dimension::no).containsExactly(1, 2);
    assertThat(t.items()).extracting(i -> i.number() + i.name()).containsExactly("1ก", "2ค", "3ข");
    assertThat(t.dimensions().get(0).name()).isEqualTo("การสร้างวัฒนธรรมสุจริต");
    assertThat(t.dimensions().get(1).missions().get(0).name()).isEqualTo("การเปิดเผยข้อมูลสาธารณะขององค์กรปกครองส่วนท้องถิ่น");
    assertThat(t.grandTotal().get(FiscalYear.of(2566))).isEqualTo(Baht.parse("1000.50"));
    assertThat(t.grandTotal().get(FiscalYear.of(2567))).isEqualTo(Baht.of(250));
    assertThat(t.items().get(2).budget().states(FiscalYear.of(2567))).isFalse();
    // E-PlanNACC: an item that names no year at all belongs to every year; quarters are cleaned up
    assertThat(model.ePlan().get(0).lines()).extracting(EPlanRecord.Line::item).containsExactly("ก", "ค", "ข");
    EPlanRecord.Line second = model.ePlan().get(1).lines().get(2);
    assertThat(second.quarters()).containsExactly(FiscalQuarter.Q1, FiscalQuarter.Q4);
    assertThat(second.budget()).isNull();
  }

  @Test
  void shrinksFiguresThatWouldNotFitTheirColumn() {
    PlanDocumentModel model = model(plan("""
        {"organization": {"name": "เทศบาลตำบลทดสอบ"}, "period": {"startYear": 2566, "endYear": 2570},
         "dimensions": [{"no": 1, "missions": [{"code": "1.1", "projects": [
           {"name": "ก", "budget": {"2566": 99999999.99}}, {"name": "ข", "budget": {"2566": 99999999.99}},
           {"name": "ค", "budget": {"2566": 99999999.99}}]}]}]}
        """));
    Row total = model.grid().total();
    Cell grand = total.cells().get(2);
    assertThat(grand.text()).isEqualTo("299,999,999.97");
    float column = model.grid().columns().get(PlanGrid.FIRST_YEAR_COLUMN).width();
    assertThat(DocumentFont.width(grand.text(), grand.fontSize(), true)).isLessThanOrEqualTo(column - 2 * Table.PADDING);
    assertThat(grand.fontSize()).isLessThan(PlanGrid.FONT_SIZE);
  }

  private static PlanDocumentModel model(PlanInterchange plan) {
    return PlanDocumentModel.of(plan, OPTIONS, FrameworkCatalog.builtIn());
  }

  private static PlanInterchange plan(String json) {
    return InterchangeJson.read(json);
  }
}
