package org.sujarit.importer.recognize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sujarit.importer.model.DiagnosticCode;
import org.sujarit.importer.model.Findings;
import org.sujarit.importer.model.SourceDocument;
import org.sujarit.importer.model.SourceLine;
import org.sujarit.importer.text.Amounts;
import org.sujarit.importer.text.NameKey;
import org.sujarit.importer.text.ThaiText;

/**
 * The yearly E-PlanNACC records a plan may carry as an appendix (or be, as a workbook): a table per
 * fiscal year whose header has quarter columns ("ไตรมาส 1" … "ไตรมาส 4") beside the item, its
 * dimension and its budget; and yearly summary tables, which name one year of the plan's period in
 * their budget column and have neither quarter nor mission columns. They list the plan's items again, so they are taken out of the document
 * before the Part 2 table is read, and serve afterwards as each item's planned quarters and a second
 * reading of its budget of that year.
 */
final class EPlanListing {
  private static final Pattern QUARTER = Pattern.compile("^(?:ไตรมาส(?:ที่)?|Q)\\s*(" + ThaiText.D + ")?");
  private static final Pattern DIMENSION_NO = Pattern.compile("(?:มิติ(?:ที่)?\\s*)?(" + ThaiText.D + ")");
  private static final double SAME = 0.8;
  /** A title this many lines above the header may name the year. */
  private static final int TITLE_DISTANCE = 4;

  /** One item of one year's record. */
  record Entry(int line, int year, String name, Integer dimension, BigDecimal budget, List<Integer> quarters) {}

  private final SourceDocument rest;
  private final List<Entry> entries;

  private EPlanListing(SourceDocument rest, List<Entry> entries) {
    this.rest = rest;
    this.entries = entries;
  }

  SourceDocument rest() {
    return rest;
  }

  List<Entry> entries() {
    return entries;
  }

  /** Where the columns of one listing stand. */
  private record Columns(int number, int name, int dimension, int budget, int[] quarters, Integer year) {}

  /**
   * @param period the plan's period as its text states it, or null: a table that names one year of a
   *     plan of several, with no quarter and no mission columns, is a yearly summary listing as well
   */
  static EPlanListing read(SourceDocument doc, org.sujarit.common.FiscalPeriod period) {
    List<SourceLine> kept = new ArrayList<>(doc.size());
    List<Entry> entries = new ArrayList<>();
    Columns columns = null;
    for (int i = 0; i < doc.size(); i++) {
      SourceLine line = doc.get(i);
      Columns header = line.isRow() ? header(line.cells(), yearAbove(doc, i), period) : null;
      if (header != null) {
        columns = header;
        continue;
      }
      if (columns != null && line.isRow()) {
        Entry e = entry(line, columns);
        if (e != null) {
          entries.add(e);
          continue;
        }
      }
      if (columns != null && !line.isBlank() && !line.isRow()) columns = null;
      kept.add(line);
    }
    return new EPlanListing(entries.isEmpty() ? doc : new SourceDocument(kept), entries);
  }

  private static Columns header(List<String> cells, Integer year, org.sujarit.common.FiscalPeriod period) {
    List<Integer> quarters = new ArrayList<>();
    int name = -1;
    int dimension = -1;
    int budget = -1;
    int number = -1;
    Integer headerYear = null;
    int yearCells = 0;
    boolean missionColumn = false;
    for (int c = 0; c < cells.size(); c++) {
      String t = cells.get(c).strip();
      if (Patterns.YEAR.matcher(t).find()) yearCells++;
      if (t.startsWith("ภารกิจ") || t.startsWith("มิติ/ภารกิจ")) missionColumn = true;
      if (QUARTER.matcher(t).lookingAt()) quarters.add(c);
      else if (name < 0 && (t.contains("โครงการ") || t.contains("กิจกรรม") || t.startsWith("ชื่อ") || t.equals("รายการ"))) name = c;
      else if (dimension < 0 && t.startsWith("มิติ")) dimension = c;
      else if (budget < 0 && t.contains("งบประมาณ")) {
        budget = c;
        Matcher y = Patterns.YEAR.matcher(t);
        if (y.find()) headerYear = ThaiText.number(y.group(1));
      } else if (number < 0 && (t.startsWith("ลำดับ") || t.equals("ที่"))) number = c;
    }
    if (name < 0) return null;
    boolean yearly = quarters.size() >= 2
        || quarters.isEmpty() && !missionColumn && yearCells == 1 && headerYear != null && budget >= 0 && period != null
            && period.last().value() > period.first().value() && headerYear >= period.first().value() && headerYear <= period.last().value();
    if (!yearly) return null;
    Integer y = headerYear != null ? headerYear : year;
    if (y == null) return null;
    return new Columns(number, name, dimension, budget, quarters.stream().mapToInt(Integer::intValue).toArray(), y);
  }

  /** The last Buddhist year named in a title just above the header: "ปีงบประมาณ พ.ศ. 2566". */
  private static Integer yearAbove(SourceDocument doc, int index) {
    for (int j = index - 1; j >= Math.max(0, index - TITLE_DISTANCE); j--) {
      SourceLine l = doc.get(j);
      if (l.isRow()) continue;
      Matcher m = Patterns.YEAR.matcher(l.text());
      Integer last = null;
      while (m.find()) last = ThaiText.number(m.group(1));
      if (last != null) return last;
    }
    return null;
  }

  private static Entry entry(SourceLine line, Columns c) {
    List<String> cells = line.cells();
    String name = cell(cells, c.name());
    if (name.isEmpty() || name.startsWith("รวม")) return null;
    if (c.number() >= 0 && !cell(cells, c.number()).isEmpty() && !cell(cells, c.number()).matches("[0-9๐-๙.)( ]+")) return null;
    Integer dimension = null;
    if (c.dimension() >= 0) {
      Matcher m = DIMENSION_NO.matcher(cell(cells, c.dimension()));
      if (m.lookingAt()) dimension = ThaiText.number(m.group(1));
    }
    BigDecimal budget = c.budget() >= 0 ? Amounts.cellValue(cell(cells, c.budget())) : null;
    List<Integer> quarters = new ArrayList<>();
    for (int q = 0; q < c.quarters().length; q++) {
      if (ticked(cell(cells, c.quarters()[q]))) quarters.add(q + 1);
    }
    return new Entry(line.number(), c.year(), name, dimension, budget, quarters);
  }

  private static String cell(List<String> cells, int i) {
    return i >= 0 && i < cells.size() ? cells.get(i).strip() : "";
  }

  /** A box with a mark in it: ✓, ✔, ☑, x, /, * or a date or amount; empty, "-" and ☐ are unticked. */
  private static boolean ticked(String t) {
    return !t.isEmpty() && !t.equals("-") && !t.equals("☐") && !t.equals("□") && !t.equals("0");
  }

  /**
   * Each entry to its item (by name, within its dimension when known): the quarters of its year, and
   * its budget compared with the item's. Without any item (the workbook alone) the entries become the
   * items, one per name.
   */
  void apply(List<TableItem> items, Findings findings) {
    if (entries.isEmpty()) return;
    if (items.isEmpty()) {
      Map<String, TableItem> byName = new LinkedHashMap<>();
      for (Entry e : entries) {
        TableItem item = byName.computeIfAbsent(NameKey.of(e.name()), k -> {
          TableItem t = new TableItem(e.line(), null, null, e.name());
          t.dimension = e.dimension();
          t.budget = new TreeMap<>();
          t.recovered = true;
          return t;
        });
        item.budget.put(e.year(), e.budget());
        if (!e.quarters().isEmpty()) item.quarters.put(e.year(), e.quarters());
      }
      items.addAll(byName.values());
      findings.add(entries.get(0).line(), DiagnosticCode.PART2_RECOVERED_FROM_PART3,
          "ไม่พบตารางส่วนที่ 2: สร้างรายการจากแบบบันทึก E-PlanNACC รายปี (ไม่ทราบภารกิจ กรุณาตรวจทาน)");
      return;
    }
    for (Entry e : entries) {
      TableItem item = match(items, e);
      if (item == null) {
        findings.add(e.line(), DiagnosticCode.EPLAN_ITEM_UNKNOWN, "รายการ \"" + e.name() + "\" ในแบบบันทึก E-PlanNACC ปี " + e.year()
            + " ไม่พบในตารางส่วนที่ 2");
        continue;
      }
      if (!e.quarters().isEmpty()) item.quarters.put(e.year(), e.quarters());
      BigDecimal planned = item.budget == null ? null : item.budget.get(e.year());
      if (planned != null && e.budget() != null && planned.compareTo(e.budget()) != 0) {
        findings.add(e.line(), DiagnosticCode.EPLAN_BUDGET_MISMATCH, "งบประมาณปี " + e.year() + " ของ \"" + item.name + "\" ในแบบบันทึก E-PlanNACC ("
            + e.budget().toPlainString() + " บาท) ไม่ตรงกับตารางส่วนที่ 2 (" + planned.toPlainString() + " บาท)");
      }
    }
  }

  private static TableItem match(List<TableItem> items, Entry e) {
    String key = NameKey.of(e.name());
    TableItem best = null;
    double bestSim = SAME;
    for (TableItem i : items) {
      if (e.dimension() != null && i.dimension != null && !e.dimension().equals(i.dimension)) continue;
      double s = NameKey.similarity(key, NameKey.of(i.name));
      if (s >= bestSim) {
        best = i;
        bestSim = s;
      }
    }
    return best;
  }
}
