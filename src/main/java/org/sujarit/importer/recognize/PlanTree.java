package org.sujarit.importer.recognize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sujarit.framework.Framework;
import org.sujarit.importer.model.DiagnosticCode;
import org.sujarit.importer.model.Findings;
import org.sujarit.importer.text.NameKey;
import org.sujarit.importer.text.ThaiText;
import org.sujarit.interchange.PlanInterchange.Dimension;
import org.sujarit.interchange.PlanInterchange.Mission;
import org.sujarit.interchange.PlanInterchange.Project;

/**
 * Items arranged as the interchange tree: dimensions in number order, missions in framework order,
 * names as the document writes them where they are recognizably the framework's and undamaged, else
 * the framework's, reported.
 */
final class PlanTree {
  private static final double SAME_NAME = 0.5;
  /**
   * A dimension's name is the framework's own words (give or take a mark or "ด้าน"); a cell further
   * from it than this was damaged by conversion, and the framework's name is used instead.
   */
  private static final double INTACT_DIMENSION = 0.85;

  private PlanTree() {}

  static List<Dimension> build(List<TableItem> items, PlanTable table, Framework framework, Findings findings, DamagedWords damaged) {
    Map<Integer, Map<String, List<TableItem>>> tree = new TreeMap<>();
    for (TableItem i : items) {
      int dim = i.dimension == null ? 0 : i.dimension;
      String mission = i.missionCode == null ? dim + ".?" : i.missionCode;
      tree.computeIfAbsent(dim, d -> new TreeMap<>(PlanRecognizer.codeOrder())).computeIfAbsent(mission, m -> new ArrayList<>()).add(i);
    }
    List<Dimension> out = new ArrayList<>();
    tree.forEach((no, missions) -> {
      Framework.Dimension fd = framework == null ? null : framework.dimension(no).orElse(null);
      List<Mission> ms = new ArrayList<>();
      missions.forEach((code, list) -> {
        List<PlanTable.Written> written = new ArrayList<>();
        for (TableItem i : list) {
          if (i.missionName != null) written.add(new PlanTable.Written(i.missionName, i.missionLine));
          if (i.sheet != null && i.sheet.missionName != null) written.add(new PlanTable.Written(i.sheet.missionName, i.sheet.missionLine));
        }
        Framework.Mission reference = framework == null ? null : framework.mission(code).orElse(null);
        List<Project> projects = list.stream().map(PlanRecognizer::project).toList();
        ms.add(new Mission(code, missionName(code, reference, written, findings, damaged), projects));
      });
      Subtotal sub = table.subtotals().stream().filter(s -> !s.grand && Integer.valueOf(no).equals(s.dimension))
          .reduce((a, b) -> b).orElse(null);
      out.add(new Dimension(no, dimensionName(fd, table.dimensionNames().get(no), findings, damaged),
          sub == null ? null : sub.count, sub == null ? null : new LinkedHashMap<>(sub.totals), ms));
    });
    return out;
  }

  /** The table's name of the dimension unless it is damaged or garbled beyond recognition, which is reported. */
  private static String dimensionName(Framework.Dimension reference, PlanTable.Written written, Findings findings, DamagedWords damaged) {
    if (written == null) return reference == null ? null : reference.name();
    if (reference == null) {
      String used = name(null, List.of(written.text()));
      damaged.check("ชื่อมิติ", written.text(), written.line(), used);
      damaged.checkUnknown("ชื่อมิติ", used, written.line());
      return used;
    }
    String key = NameKey.of(written.text());
    String ref = NameKey.of(reference.name());
    boolean intact = !DamagedWords.in(written.text()) && (key.contains(ref) || NameKey.similarity(key, ref) >= INTACT_DIMENSION);
    if (intact) {
      String used = name(reference.name(), List.of(written.text()));
      if (!used.equals(reference.name())) damaged.checkUnknown("ชื่อมิติ", used, written.line());
      return used;
    }
    damaged.told(written.text(), written.line());
    findings.add(written.line(), DiagnosticCode.OCR_FIXED, "ชื่อมิติที่ " + reference.no() + " ในเอกสารเสียหาย (\""
        + ThaiText.collapse(written.text()) + "\") จึงใช้ชื่อมิติตามกรอบการประเมิน: \"" + reference.name() + "\"");
    return reference.name();
  }

  /**
   * The mission's name as the document writes it: its reading (Part 2 cell or Part 3 heading) closest to
   * the framework's, kept while recognizably the same mission; the other readings' damaged words are
   * reported. When that reading is damaged (a word Thai cannot spell, letters of another script) or is
   * not recognizable, the framework's name is used, reported at its line as for dimensions (silently
   * for a cell that only shortens it).
   */
  private static String missionName(String code, Framework.Mission reference, List<PlanTable.Written> written, Findings findings,
      DamagedWords damaged) {
    List<String> texts = written.stream().map(PlanTable.Written::text).toList();
    String closest = FrameworkNames.closestTo(reference == null ? null : reference.name(), texts);
    boolean intact = closest != null && !DamagedWords.in(closest);
    if (reference == null || intact && NameKey.similarity(NameKey.of(closest), NameKey.of(reference.name())) >= SAME_NAME) {
      String used = name(reference == null ? null : reference.name(), closest == null ? List.of() : List.of(closest));
      written.forEach(w -> damaged.check("ชื่อภารกิจ " + code, w.text(), w.line(), used));
      if (closest != null && (reference == null || !used.equals(reference.name()))) {
        int line = written.stream().filter(w -> w.text().equals(closest)).findFirst().orElseThrow().line();
        damaged.checkUnknown("ชื่อภารกิจ " + code, used, line);
      }
      return used;
    }
    // a cell holding the first words of the framework's name is the name shortened, not damaged
    if (closest == null || intact && NameKey.of(reference.name()).contains(NameKey.of(closest))) return reference.name();
    PlanTable.Written at = written.stream().filter(w -> w.text().equals(closest)).findFirst().orElseThrow();
    damaged.told(closest, at.line());
    findings.add(at.line(), DiagnosticCode.OCR_FIXED, "ชื่อภารกิจ " + code + " ในเอกสารเสียหายหรือไม่ตรงกับกรอบการประเมิน (\""
        + ThaiText.collapse(closest) + "\") จึงใช้ชื่อภารกิจตามกรอบการประเมิน: \"" + reference.name() + "\"");
    return reference.name();
  }

  /**
   * The written name closest to the reference when it is recognizably the same (the reference itself
   * when they differ only by the spaces of table wrapping); else the reference.
   */
  private static String name(String reference, List<String> written) {
    String best = FrameworkNames.closestTo(reference, written);
    if (best == null) return reference;
    if (reference != null && NameKey.of(best).equals(NameKey.of(reference))) return reference;
    if (reference == null || NameKey.similarity(NameKey.of(best), NameKey.of(reference)) >= SAME_NAME) {
      return ThaiText.collapse(ThaiText.withoutForeignLetters(best));
    }
    return reference;
  }
}
