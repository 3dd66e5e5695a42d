package org.sujarit.importer.recognize;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.sujarit.importer.model.DiagnosticCode;
import org.sujarit.importer.model.Findings;
import org.sujarit.importer.text.NameKey;
import org.sujarit.importer.text.ThaiOrthography;
import org.sujarit.importer.text.WrapDamage;

/**
 * Pairs Part 2 items with Part 3 sheets: first by printed code, sequence number or a like name, best
 * pairs first; then a sheet left over between two paired neighbours goes with the item left over in
 * the same place of the table, since both lists follow the same order.
 */
final class SheetMatcher {
  private static final double NAME_MATCH = 0.75;
  private static final double SEQ_NAME_MATCH = 0.35;
  private static final double PLACE_MATCH = 0.45;
  /** Below this, a table name paired by code with its sheet is too damaged to keep. */
  private static final double READABLE_NAME = 0.6;
  /** Up to this many item × sheet pairs every pair is compared; beyond, only sheets near the item's place. */
  private static final long FULL_COMPARISON = 250_000;
  private static final int WINDOW = 10;

  private SheetMatcher() {}

  static void match(List<TableItem> items, List<DetailSheet> sheets, Findings findings) {
    Map<Object, String> keys = new HashMap<>();
    items.forEach(i -> keys.put(i, NameKey.of(i.name)));
    sheets.forEach(s -> keys.put(s, NameKey.of(s.name)));
    linkSameNames(items, sheets, keys);
    List<double[]> pairs = new ArrayList<>();
    boolean large = (long) items.size() * sheets.size() > FULL_COMPARISON;
    for (int a = 0; a < items.size(); a++) {
      TableItem item = items.get(a);
      if (item.sheet != null) continue;
      int expected = (int) ((long) a * sheets.size() / Math.max(1, items.size()));
      int from = large ? Math.max(0, expected - WINDOW) : 0;
      int to = large ? Math.min(sheets.size(), expected + WINDOW) : sheets.size();
      for (int b = from; b < to; b++) {
        DetailSheet sheet = sheets.get(b);
        if (sheet.item != null) continue;
        double score = score(item, sheet, keys.get(item), keys.get(sheet));
        if (score > 0) pairs.add(new double[] {score, a, b});
      }
    }
    pairs.sort((x, y) -> Double.compare(y[0], x[0]));
    for (double[] p : pairs) {
      TableItem item = items.get((int) p[1]);
      DetailSheet sheet = sheets.get((int) p[2]);
      if (item.sheet == null && sheet.item == null) link(item, sheet);
    }
    pairByPlace(items, sheets, keys, findings);
    preferSheetNames(items, keys, findings);
  }

  /**
   * An item paired with its sheet by the same printed code, whose table name hardly resembles the
   * sheet's heading, lost its name in the table (cells are what converters damage most): the heading
   * name is taken, and the reviewer told. Of two readings of one name, the one with less table-wrap
   * damage is kept.
   */
  private static void preferSheetNames(List<TableItem> items, Map<Object, String> keys, Findings findings) {
    for (TableItem item : items) {
      DetailSheet sheet = item.sheet;
      if (sheet == null || item.code == null || !item.code.equals(sheet.code)) continue;
      if (NameKey.similarity(keys.get(item), keys.get(sheet)) >= READABLE_NAME) continue;
      findings.add(item.line, DiagnosticCode.AMBIGUOUS_NAME, "ชื่อรายการ " + item.code + " ในตาราง \"" + item.name
          + "\" เสียหายจนอ่านไม่ออก: ใช้ชื่อจากหัวข้อในส่วนที่ 3 \"" + sheet.name + "\" (บรรทัด " + sheet.line + ")");
      item.name = sheet.name;
    }
    for (TableItem item : items) {
      DetailSheet sheet = item.sheet;
      if (sheet == null || sheet.name == null || item.name == null || sheet.name.equals(item.name)) continue;
      if (NameKey.similarity(keys.get(item), keys.get(sheet)) < NAME_MATCH) continue;
      if (quality(sheet.name) >= quality(item.name)) continue;
      // a word Thai cannot spell in the table's reading: its DAMAGED_WORD note names it and the name used
      if (!ThaiOrthography.isDamaged(item.name)) findings.add(item.line, DiagnosticCode.OCR_FIXED, "ใช้ชื่อตามหัวข้อในส่วนที่ 3 \"" + sheet.name + "\" (บรรทัด " + sheet.line
          + ") แทนชื่อในตาราง \"" + item.name + "\" ซึ่งมีรอยตัดบรรทัดของช่องตารางหรือคำที่ผิดรูปอักษรไทย");
      item.name = sheet.name;
    }
  }

  /**
   * Lower is better: wrap damage first (a space inside a word, a letter Thai cannot have there), then spaces between Thai
   * letters, which a table cell adds where it wraps and a heading line does not.
   */
  private static int quality(String name) {
    int thaiSpaces = 0;
    for (int i = 1; i + 1 < name.length(); i++) {
      if (name.charAt(i) == ' ' && Character.UnicodeScript.of(name.charAt(i - 1)) == Character.UnicodeScript.THAI
          && Character.UnicodeScript.of(name.charAt(i + 1)) == Character.UnicodeScript.THAI) thaiSpaces++;
    }
    return WrapDamage.of(name) * 100 + thaiSpaces;
  }

  /** Names that are the same but for spacing and punctuation pair at once, in order, codes permitting. */
  private static void linkSameNames(List<TableItem> items, List<DetailSheet> sheets, Map<Object, String> keys) {
    Map<String, ArrayDeque<DetailSheet>> byKey = new HashMap<>();
    for (DetailSheet s : sheets) byKey.computeIfAbsent(keys.get(s), k -> new ArrayDeque<>()).add(s);
    for (TableItem item : items) {
      var same = byKey.get(keys.get(item));
      if (same == null || same.isEmpty() || keys.get(item).isEmpty()) continue;
      DetailSheet sheet = same.peekFirst();
      boolean codesAgree = item.code == null || sheet.code == null || item.code.equals(sheet.code);
      boolean dimensionsAgree = item.dimension == null || sheet.dimension == null || item.dimension.equals(sheet.dimension);
      if (codesAgree && dimensionsAgree) link(item, same.pollFirst());
    }
  }

  private static double score(TableItem item, DetailSheet sheet, String itemKey, String sheetKey) {
    if (item.code != null && item.code.equals(sheet.code)) return 3 + NameKey.similarity(itemKey, sheetKey);
    if (item.dimension != null && sheet.dimension != null && !item.dimension.equals(sheet.dimension)) return 0;
    double sim = NameKey.similarity(itemKey, sheetKey);
    if (item.seq != null && item.seq.equals(sheet.seq) && sim >= SEQ_NAME_MATCH) return 2 + sim;
    if (sim < NAME_MATCH) return 0;
    boolean sameMission = item.missionCode != null && item.missionCode.equals(sheet.missionCode);
    return sim + (sameMission ? 0.05 : 0);
  }

  private static void link(TableItem item, DetailSheet sheet) {
    item.sheet = sheet;
    sheet.item = item;
  }

  private static void pairByPlace(List<TableItem> items, List<DetailSheet> sheets, Map<Object, String> keys, Findings findings) {
    Map<TableItem, Integer> index = new IdentityHashMap<>();
    for (int a = 0; a < items.size(); a++) index.put(items.get(a), a);
    int[] before = new int[sheets.size()];
    int[] after = new int[sheets.size()];
    int last = -1;
    for (int b = 0; b < sheets.size(); b++) {
      before[b] = last;
      if (sheets.get(b).item != null) last = index.get(sheets.get(b).item);
    }
    last = items.size();
    for (int b = sheets.size() - 1; b >= 0; b--) {
      after[b] = last;
      if (sheets.get(b).item != null) last = index.get(sheets.get(b).item);
    }
    for (int b = 0; b < sheets.size(); b++) {
      DetailSheet sheet = sheets.get(b);
      if (sheet.item != null) continue;
      TableItem best = null;
      double bestSim = PLACE_MATCH;
      for (int a = before[b] + 1; a < Math.min(after[b], before[b] + 1 + WINDOW); a++) {
        TableItem item = items.get(a);
        if (item.sheet != null || !samePlace(item, sheet)) continue;
        double sim = NameKey.similarity(keys.get(item), keys.get(sheet));
        if (sim >= bestSim) {
          best = item;
          bestSim = sim;
        }
      }
      if (best != null) {
        link(best, sheet);
        findings.add(sheet.line, DiagnosticCode.AMBIGUOUS_NAME, "ชื่อในส่วนที่ 3 \"" + sheet.name + "\" ไม่ตรงกับชื่อในตาราง \""
            + best.name + "\" (บรรทัด " + best.line + ") แต่อยู่ตำแหน่งเดียวกัน จึงถือเป็นรายละเอียดของรายการนั้น กรุณาตรวจทาน");
      }
    }
  }

  private static boolean samePlace(TableItem item, DetailSheet sheet) {
    if (item.dimension != null && sheet.dimension != null && !item.dimension.equals(sheet.dimension)) return false;
    return item.missionCode == null || sheet.missionCode == null || item.missionCode.equals(sheet.missionCode);
  }
}
