package org.sujarit.importer.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sujarit.importer.read.PdfSourceReader.Rule;
import org.sujarit.importer.read.PdfSourceReader.Word;

/** One PDF page's words and rulings as lines and table rows in reading order. */
final class PageLayout {
  private static final float SNAP = 2.5f;
  /** A gap of this many font sizes between words on a line separates columns of an unruled table. */
  private static final float COLUMN_GAP = 1.5f;
  private static final int MIN_COLUMNS = 3;

  /** A page number as printed in a margin: "- 5 -", "5", "ก", "(5)". */
  private static final java.util.regex.Pattern PAGE_NUMBER = java.util.regex.Pattern.compile("[-–(]?\\s*[0-9๐-๙ก-ฮ]{1,4}\\s*[-–)]?");
  /** The share of the page at its top and bottom where page numbers stand. */
  private static final float MARGIN = 0.1f;

  private final List<Word> words;
  private final float height;
  private final List<Table> tables = new ArrayList<>();

  /** A ruled table: its column and row boundaries and the rulings themselves. */
  private record Table(float[] xs, float[] ys, List<Rule> vertical, List<Rule> horizontal) {
    boolean contains(float x, float y) {
      return x >= xs[0] - SNAP && x <= xs[xs.length - 1] + SNAP && y >= ys[0] - SNAP && y <= ys[ys.length - 1] + SNAP;
    }
  }

  /** Something to emit at a height of the page. */
  private record Block(float y, String prose, List<String> cells) {}

  PageLayout(List<Word> words, List<Rule> rules, float height) {
    this.words = words;
    this.height = height;
    findTables(rules);
  }

  void emit(LineCleaner cleaner, int[] number) {
    List<Block> blocks = new ArrayList<>();
    List<List<Word>> inTable = new ArrayList<>();
    for (int i = 0; i < tables.size(); i++) inTable.add(new ArrayList<>());
    List<Word> loose = new ArrayList<>();
    for (Word w : words) {
      int t = tableOf(w);
      if (t < 0) loose.add(w);
      else inTable.get(t).add(w);
    }
    for (int i = 0; i < tables.size(); i++) rows(tables.get(i), inTable.get(i), blocks);
    for (List<Word> line : lines(loose)) blocks.add(line(line));
    blocks.sort(Comparator.comparingDouble(Block::y));
    for (Block b : blocks) {
      if (b.prose() != null && (b.y() < height * MARGIN || b.y() > height * (1 - MARGIN))
          && PAGE_NUMBER.matcher(b.prose().strip()).matches()) {
        continue;
      }
      number[0]++;
      if (b.cells() != null) cleaner.row(number[0], b.cells());
      else cleaner.prose(number[0], b.prose());
    }
  }

  private int tableOf(Word w) {
    float x = Math.min(w.x0() + 1, (w.x0() + w.x1()) / 2);
    for (int i = 0; i < tables.size(); i++) {
      if (tables.get(i).contains(x, w.middleY())) return i;
    }
    return -1;
  }

  /** Rulings that touch each other make one table; one with two rows and two columns or more counts. */
  private void findTables(List<Rule> rules) {
    int n = rules.size();
    if (n < 4 || n > 20_000) return;
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) parent[i] = i;
    for (int i = 0; i < n; i++) {
      Rule a = rules.get(i);
      for (int j = i + 1; j < n; j++) {
        Rule b = rules.get(j);
        if (a.horizontal() != b.horizontal() && touch(a.horizontal() ? a : b, a.horizontal() ? b : a)) union(parent, i, j);
      }
    }
    Map<Integer, List<Rule>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(rules.get(i));
    for (List<Rule> g : groups.values()) {
      List<Rule> h = g.stream().filter(Rule::horizontal).toList();
      List<Rule> v = g.stream().filter(r -> !r.horizontal()).toList();
      float[] xs = cluster(v.stream().map(Rule::x0).toList());
      float[] ys = cluster(h.stream().map(Rule::y0).toList());
      if (xs.length >= 2 && ys.length >= 2) tables.add(new Table(xs, ys, v, h));
    }
  }

  private static boolean touch(Rule h, Rule v) {
    return v.x0() >= h.x0() - SNAP && v.x0() <= h.x1() + SNAP && h.y0() >= v.y0() - SNAP && h.y0() <= v.y1() + SNAP;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    parent[find(parent, a)] = find(parent, b);
  }

  private static float[] cluster(List<Float> values) {
    float[] v = new float[values.size()];
    for (int i = 0; i < v.length; i++) v[i] = values.get(i);
    Arrays.sort(v);
    float[] out = new float[v.length];
    int k = 0;
    for (float x : v) {
      if (k == 0 || x - out[k - 1] > SNAP) out[k++] = x;
    }
    return Arrays.copyOf(out, k);
  }

  private static int index(float[] bounds, float value) {
    int i = 0;
    while (i + 1 < bounds.length - 1 && bounds[i + 1] <= value + SNAP / 2) i++;
    return i;
  }

  /**
   * Each word belongs to the cell whose rulings enclose it: the nearest vertical rulings left and
   * right that reach its height and the nearest horizontal one above that spans it. A cell merged
   * over rows has no ruling between them, so its words all go to its top row.
   */
  private static void rows(Table t, List<Word> words, List<Block> blocks) {
    int columns = t.xs().length - 1;
    int bands = t.ys().length - 1;
    Map<Long, List<Word>> cells = new LinkedHashMap<>();
    for (Word w : words) {
      float x = Math.min(w.x0() + 1, (w.x0() + w.x1()) / 2);
      float y = w.middleY();
      float left = t.xs()[0];
      for (Rule r : t.vertical()) {
        if (r.x0() <= x + SNAP / 2 && r.x0() > left && r.y0() <= y && r.y1() >= y) left = r.x0();
      }
      float top = t.ys()[0];
      for (Rule r : t.horizontal()) {
        if (r.y0() <= y && r.y0() > top && r.x0() <= x + SNAP && r.x1() >= x - SNAP) top = r.y0();
      }
      int column = Math.min(index(t.xs(), left), columns - 1);
      int band = Math.min(index(t.ys(), top), bands - 1);
      cells.computeIfAbsent((long) band << 32 | column, k -> new ArrayList<>()).add(w);
    }
    String[][] grid = new String[bands][];
    float[] y = new float[bands];
    for (Map.Entry<Long, List<Word>> e : cells.entrySet()) {
      int band = (int) (e.getKey() >> 32);
      int column = (int) (long) e.getKey();
      if (grid[band] == null) {
        grid[band] = new String[columns];
        Arrays.fill(grid[band], "");
        y[band] = Float.MAX_VALUE;
      }
      grid[band][column] = cellText(e.getValue());
      for (Word w : e.getValue()) y[band] = Math.min(y[band], w.top());
    }
    for (int b = 0; b < bands; b++) {
      if (grid[b] != null) blocks.add(new Block(Math.max(y[b], t.ys()[b]), null, List.of(grid[b])));
    }
  }

  /** A cell's lines joined: a Thai word wrapped at a line end goes on without a space. */
  private static String cellText(List<Word> words) {
    StringBuilder sb = new StringBuilder();
    for (List<Word> line : lines(words)) {
      String text = joined(line);
      if (!sb.isEmpty() && !(isThai(sb.charAt(sb.length() - 1)) && isThai(text.charAt(0)))) sb.append(' ');
      sb.append(text);
    }
    return sb.toString();
  }

  private static boolean isThai(char c) {
    return c >= '\u0E01' && c <= '\u0E5B';
  }

  private static String joined(List<Word> line) {
    StringBuilder sb = new StringBuilder();
    for (Word w : line) {
      if (!sb.isEmpty()) sb.append(' ');
      sb.append(w.text().strip());
    }
    return sb.toString();
  }

  /** Words on one baseline, each line left to right, lines top to bottom. */
  private static List<List<Word>> lines(List<Word> words) {
    List<Word> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingDouble(Word::middleY));
    List<List<Word>> out = new ArrayList<>();
    float middle = Float.NaN;
    float tolerance = 0;
    for (Word w : sorted) {
      if (out.isEmpty() || Math.abs(w.middleY() - middle) > tolerance) {
        out.add(new ArrayList<>());
        middle = w.middleY();
        tolerance = Math.max(1f, (w.bottom() - w.top()) * 0.4f);
      }
      out.get(out.size() - 1).add(w);
    }
    for (List<Word> line : out) line.sort(Comparator.comparingDouble(Word::x0));
    return out;
  }

  /** A loose line: prose, or a row of an unruled table when its words stand in columns. */
  private static Block line(List<Word> line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    float end = Float.NaN;
    for (Word w : line) {
      if (!Float.isNaN(end) && w.x0() - end > COLUMN_GAP * w.size()) {
        cells.add(cell.toString());
        cell.setLength(0);
      }
      if (!cell.isEmpty()) cell.append(' ');
      cell.append(w.text().strip());
      end = w.x1();
    }
    cells.add(cell.toString());
    float y = line.get(0).top();
    return cells.size() >= MIN_COLUMNS ? new Block(y, null, cells) : new Block(y, String.join(" ", cells), null);
  }
}
