package org.sujarit.document.model;

import org.sujarit.document.layout.*;
import java.util.ArrayList;
import java.util.List;
import org.sujarit.common.Baht;
import org.sujarit.common.FiscalYear;
import org.sujarit.document.layout.Table.Cell;
import org.sujarit.document.layout.Table.Column;
import org.sujarit.document.layout.Table.Row;
import org.sujarit.document.layout.Table.RowKind;

/**
 * The Part 2 table in the official layout: มิติ | ภารกิจตามมิติ | โครงการ/กิจกรรม/มาตรการ | one budget
 * column per fiscal year | หมายเหตุ; the dimension and mission cells span their items, each dimension
 * closes with "รวม จำนวน N โครงการ" and the plan with "รวมทั้งสิ้น". Documents print one table per
 * dimension; spreadsheets print the whole grid with formulas for the total rows.
 */
public record PlanGrid(List<Column> columns, List<Row> header, List<List<Row>> dimensions, Row total) {
  public static final float FONT_SIZE = 14;
  /** The budget columns follow มิติ, ภารกิจ and the item. */
  public static final int FIRST_YEAR_COLUMN = 3;
  private static final float YEAR_MIN = 54;
  private static final float YEAR_MAX = 68;
  private static final float REMARK = 78;

  static PlanGrid of(PlanTable table, Wording w, float textWidth) {
    List<FiscalYear> years = table.period().years();
    float yearWidth = yearWidth(table, w);
    float rest = textWidth - REMARK - yearWidth * years.size();
    List<Column> columns = new ArrayList<>(List.of(
        new Column(rest * 0.2f, Align.LEFT), new Column(rest * 0.3f, Align.LEFT), new Column(rest * 0.5f, Align.LEFT)));
    years.forEach(y -> columns.add(new Column(yearWidth, Align.RIGHT)));
    columns.add(new Column(REMARK, Align.LEFT));

    Builder b = new Builder(years, w, yearWidth);
    List<List<Row>> dimensions = table.dimensions().stream().map(b::dimension).toList();
    Row total = b.totalRow(new Cell("รวมทั้งสิ้น", 2, 1, Align.CENTER, true, 0, null), table.itemCount(), table.grandTotal(), RowKind.TOTAL);
    return new PlanGrid(List.copyOf(columns), b.header(), dimensions, total);
  }

  /** One table per dimension, the grand total closing the last. */
  public List<Table> perDimension() {
    List<Table> tables = new ArrayList<>();
    for (int i = 0; i < dimensions.size(); i++) {
      List<Row> rows = new ArrayList<>(header);
      rows.addAll(dimensions.get(i));
      if (i == dimensions.size() - 1) rows.add(total);
      tables.add(new Table(columns, header.size(), rows, FONT_SIZE));
    }
    if (tables.isEmpty()) tables.add(whole());
    return tables;
  }

  /** The whole grid as one table. */
  public Table whole() {
    List<Row> rows = new ArrayList<>(header);
    dimensions.forEach(rows::addAll);
    rows.add(total);
    return new Table(columns, header.size(), rows, FONT_SIZE);
  }

  /** Wide enough for the figures where possible; wider ones get a smaller font in their cell. */
  private static float yearWidth(PlanTable table, Wording w) {
    float widest = 0;
    for (FiscalYear y : table.period().years()) {
      widest = Math.max(widest, DocumentFont.width(w.amount(table.grandTotal().get(y)), FONT_SIZE, true));
    }
    return Math.max(YEAR_MIN, Math.min(YEAR_MAX, widest + 2 * Table.PADDING + 1));
  }

  private record Builder(List<FiscalYear> years, Wording w, float yearWidth) {
    List<Row> header() {
      List<Cell> first = new ArrayList<>(List.of(head("มิติ", 2), head("ภารกิจตามมิติ", 2), head("โครงการ/กิจกรรม/มาตรการ", 2)));
      List<Cell> second = new ArrayList<>();
      for (FiscalYear y : years) {
        first.add(head("ปี " + w.year(y), 1));
        second.add(head("งบประมาณ (บาท)", 1));
      }
      first.add(head("หมายเหตุ", 2));
      return List.of(new Row(RowKind.HEADER, first), new Row(RowKind.HEADER, second));
    }

    List<Row> dimension(PlanTable.Dimension d) {
      List<Row> rows = new ArrayList<>();
      int span = d.missions().stream().mapToInt(m -> Math.max(1, m.items().size())).sum();
      Cell dimensionCell = Cell.text(w.digits(d.no() + ". " + d.name())).span(1, Math.max(1, span) + 1);
      if (d.missions().isEmpty()) {
        rows.add(itemRow(dimensionCell, Cell.text("-"), null));
      }
      for (PlanTable.Mission m : d.missions()) {
        Cell missionCell = Cell.text(w.digits((m.code() + " " + m.name()).strip())).span(1, Math.max(1, m.items().size()));
        if (m.items().isEmpty()) rows.add(itemRow(rows.isEmpty() ? dimensionCell : null, missionCell, null));
        for (PlanTable.Item item : m.items()) {
          rows.add(itemRow(rows.isEmpty() ? dimensionCell : null, item == m.items().get(0) ? missionCell : null, item));
        }
      }
      rows.add(totalRow(new Cell("รวม", 1, 1, Align.CENTER, true, 0, null), d.itemCount(), d.subtotal(), RowKind.SUBTOTAL));
      return rows;
    }

    private Row itemRow(Cell dimension, Cell mission, PlanTable.Item item) {
      List<Cell> cells = new ArrayList<>();
      if (dimension != null) cells.add(dimension);
      if (mission != null) cells.add(mission);
      cells.add(Cell.text(item == null ? "-" : w.digits(item.number() + ") " + item.name())));
      for (FiscalYear y : years) cells.add(amount(item == null ? null : item.budget().get(y), false));
      cells.add(Cell.text(item == null ? "" : w.digits(item.remarkText())));
      return new Row(RowKind.BODY, cells);
    }

    Row totalRow(Cell label, int count, Amounts amounts, RowKind kind) {
      List<Cell> cells = new ArrayList<>(List.of(label, Cell.text(w.digits("จำนวน " + count + " โครงการ")).asBold()));
      for (FiscalYear y : years) cells.add(amount(amounts.get(y), true));
      cells.add(Cell.text(""));
      return new Row(kind, cells);
    }

    private Cell amount(Baht value, boolean bold) {
      String text = w.amount(value);
      float size = DocumentFont.fitting(text, FONT_SIZE, bold, yearWidth - 2 * Table.PADDING);
      return new Cell(text, 1, 1, value != null && value.isZero() ? Align.CENTER : null, bold, size, value);
    }

    private static Cell head(String text, int rows) {
      return new Cell(text, 1, rows, Align.CENTER, true, 0, null);
    }
  }
}
