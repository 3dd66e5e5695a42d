package org.sujarit.document.layout;

import java.util.List;

/**
 * A table whose first {@code headerRows} rows repeat on every page. Cells spanning rows are given in
 * their first row only (as in HTML), so a row lists just the cells that start in it.
 */
public record Table(List<Column> columns, int headerRows, List<Row> rows, float fontSize) implements Block {
  /** Left and right padding of every cell, in points. */
  public static final float PADDING = 4;
  /** Background of header rows and of total rows, as RGB. */
  public static final int HEADER_SHADE = 0xD9D9D9;
  public static final int TOTAL_SHADE = 0xF2F2F2;

  /** {@code width} in points. */
  public record Column(float width, Align align) {}

  /**
   * Columns sharing {@code width} (e.g. {@link PageSetup#textWidth()}) in proportion to {@code weights},
   * each aligned as {@code aligns} says (LEFT where it says nothing).
   */
  public static List<Column> columns(float width, float[] weights, Align... aligns) {
    double sum = 0;
    for (float w : weights) sum += w;
    List<Column> columns = new java.util.ArrayList<>(weights.length);
    for (int i = 0; i < weights.length; i++) {
      columns.add(new Column((float) (width * weights[i] / sum), i < aligns.length && aligns[i] != null ? aligns[i] : Align.LEFT));
    }
    return List.copyOf(columns);
  }

  public enum RowKind { HEADER, BODY, SUBTOTAL, TOTAL }

  public record Row(RowKind kind, List<Cell> cells) {

    /** A header row: bold, shaded, centred. */
    public static Row header(List<String> texts) {
      return of(RowKind.HEADER, texts, Align.CENTER, false);
    }

    public static Row body(List<String> texts) {
      return of(RowKind.BODY, texts, null, false);
    }

    /** A total row: bold and lightly shaded. */
    public static Row total(List<String> texts) {
      return of(RowKind.TOTAL, texts, null, true);
    }

    private static Row of(RowKind kind, List<String> texts, Align align, boolean bold) {
      return new Row(kind, texts.stream().map(t -> new Cell(t == null ? "" : t, 1, 1, align, bold, 0, null)).toList());
    }
  }

  /**
   * {@code fontSize} 0 means the table's size; {@code align} null means the column's alignment;
   * {@code amount} is the figure behind an amount cell's text, for spreadsheets.
   */
  public record Cell(String text, int colSpan, int rowSpan, Align align, boolean bold, float fontSize,
      org.sujarit.common.Baht amount) {

    public static Cell text(String text) {
      return new Cell(text, 1, 1, null, false, 0, null);
    }

    public Cell asBold() {
      return new Cell(text, colSpan, rowSpan, align, true, fontSize, amount);
    }

    public Cell span(int cols, int rows) {
      return new Cell(text, cols, rows, align, bold, fontSize, amount);
    }
  }

  /**
   * Where a cell stands: its grid row and first column. {@code continued} marks a row that a cell
   * spanning from a row above passes through (Word needs a merged-cell continuation there).
   */
  public record Placed(Cell cell, int row, int column, boolean continued) {}

  /** Per row, in column order: the cells that start in it and those that continue from above. */
  public List<List<Placed>> placed() {
    Placed[] spanning = new Placed[columns.size()]; // the cell covering a column from above, by first column
    List<List<Placed>> grid = new java.util.ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<Placed> line = new java.util.ArrayList<>();
      java.util.Iterator<Cell> cells = rows.get(r).cells().iterator();
      int column = 0;
      while (column < spanning.length) {
        Placed above = spanning[column];
        if (above != null && above.row() + above.cell().rowSpan() > r) {
          line.add(new Placed(above.cell(), r, column, true));
          column += above.cell().colSpan();
        } else if (cells.hasNext()) {
          Placed p = new Placed(cells.next(), r, column, false);
          line.add(p);
          spanning[column] = p.cell().rowSpan() > 1 ? p : null;
          column += p.cell().colSpan();
        } else {
          break;
        }
      }
      grid.add(line);
    }
    return grid;
  }

  public float width() {
    return (float) columns.stream().mapToDouble(Column::width).sum();
  }
}
