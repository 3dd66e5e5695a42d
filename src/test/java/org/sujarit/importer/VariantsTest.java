package org.sujarit.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sujarit.common.ThaiDigits;
import org.sujarit.importer.pipeline.ImportException;
import org.sujarit.importer.pipeline.PlanImporter;
import org.sujarit.interchange.InterchangeJson;
import org.sujarit.interchange.PlanInterchange;

/**
 * Plans the importer has not seen, generated from known plans (the golden readings when present, and
 * the plans of this repository's fixtures) so that the right reading is known by construction: other
 * numbering styles, column orders, Thai digits, "-"/"0"/"ไม่ใช้งบประมาณ" for no budget, headers
 * repeated at page breaks with page numbers between, mission cells on every row or only the first,
 * yearly summary tables listing the items again, and a yearly E-PlanNACC appendix with quarter boxes. Each variant comes from one seed, named in a
 * failure, so it reproduces: {@code -Dsujarit.variants.seed=N} runs that seed alone.
 */
class VariantsTest {
  private static final Path GOLDEN = Path.of(System.getProperty("sujarit.shared", "/work/shared"), "golden");
  private static final int VARIANTS = Integer.getInteger("sujarit.variants", 120);
  private static final PlanImporter IMPORTER = PlanImporter.withBuiltInFrameworks();
  private static final String[] STYLES = {"n)", "(n)", "n.", "n", "thai)", "(thai)", "code", "thaicode", "letter)", "thailetter)", "(thailetter)"};
  private static final String THAI_LETTERS = "กขคฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ";

  /** What one variant must come back as, and what it did. */
  record Expected(String mission, String name, Map<Integer, BigDecimal> budget, Map<Integer, List<Integer>> quarters) {}

  static List<PlanInterchange> plans() throws IOException {
    List<PlanInterchange> out = new ArrayList<>();
    for (String fixture : List.of("clean-plan.txt", "damaged-plan.txt", "lost-table.txt")) {
      try (InputStream in = VariantsTest.class.getResourceAsStream("/importer/" + fixture)) {
        out.add(IMPORTER.read(fixture, in).plan());
      }
    }
    if (Files.isDirectory(GOLDEN)) {
      try (Stream<Path> files = Files.list(GOLDEN)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) out.add(InterchangeJson.read(Files.readString(p)));
      }
    }
    return out;
  }

  @Test
  void variantsComeBackAsConstructed() throws IOException {
    List<PlanInterchange> plans = plans();
    long only = Long.getLong("sujarit.variants.seed", -1);
    int want = 0;
    int found = 0;
    int matched = 0;
    int missionRight = 0;
    int cells = 0;
    int cellsRight = 0;
    int quarterSets = 0;
    int quartersRight = 0;
    List<String> failures = new ArrayList<>();
    for (long seed = only >= 0 ? only : 1; seed <= (only >= 0 ? only : VARIANTS); seed++) {
      Random r = new Random(seed);
      PlanInterchange plan = plans.get((int) (seed % plans.size()));
      List<Expected> expected = new ArrayList<>();
      StringBuilder how = new StringBuilder();
      String text = render(plan, r, expected, how);
      PlanInterchange got;
      try {
        got = IMPORTER.read("variant.txt", text.getBytes(StandardCharsets.UTF_8)).plan();
      } catch (ImportException e) {
        failures.add("seed " + seed + " (" + how + "): " + e.getMessage());
        want += expected.size();
        continue;
      }
      Map<String, PlanInterchange.Project> byName = new HashMap<>();
      Map<String, String> missionOf = new HashMap<>();
      int n = 0;
      for (var d : got.dimensions()) {
        for (var m : d.missions()) {
          for (var p : m.projects()) {
            byName.put(squeeze(p.name()), p);
            missionOf.put(squeeze(p.name()), m.code());
            n++;
          }
        }
      }
      want += expected.size();
      found += n;
      int before = matched;
      int rightBefore = cellsRight + missionRight + quartersRight;
      int allBefore = cells + quarterSets;
      for (Expected e : expected) {
        PlanInterchange.Project p = byName.get(squeeze(e.name()));
        if (p == null) continue;
        matched++;
        if (e.mission().equals(missionOf.get(squeeze(e.name())))) missionRight++;
        for (var year : e.budget().entrySet()) {
          cells++;
          BigDecimal v = p.budget() == null ? null : p.budget().get(year.getKey());
          if (year.getValue() == null ? v == null : v != null && v.compareTo(year.getValue()) == 0) cellsRight++;
        }
        if (e.quarters() != null) {
          quarterSets++;
          if (e.quarters().equals(p.quarters() == null ? Map.of() : p.quarters())) quartersRight++;
        }
      }
      boolean perfect = matched - before == expected.size() && n == expected.size()
          && cellsRight + missionRight + quartersRight - rightBefore == (cells + quarterSets - allBefore) + expected.size();
      if (!perfect) {
        List<String> missing = expected.stream().map(Expected::name).filter(x -> !byName.containsKey(squeeze(x))).limit(2).toList();
        failures.add("seed " + seed + " (" + how + "): " + (matched - before) + "/" + expected.size() + " items, found " + n + ", missing " + missing);
      }
    }
    double precision = found == 0 ? 0 : (double) matched / found;
    double recall = (double) matched / want;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    String report = String.format("variants: F1 %.3f, mission %.3f, budget cells %.3f, quarters %.3f over %d items%n%s", f1,
        (double) missionRight / Math.max(1, matched), (double) cellsRight / Math.max(1, cells),
        quarterSets == 0 ? 1.0 : (double) quartersRight / quarterSets, want, String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    System.out.println(report);
    assertThat(f1).as(report).isGreaterThanOrEqualTo(0.99);
    assertThat((double) missionRight / matched).as(report).isGreaterThanOrEqualTo(0.99);
    assertThat((double) cellsRight / cells).as(report).isGreaterThanOrEqualTo(0.99);
    assertThat(quarterSets == 0 ? 1.0 : (double) quartersRight / quarterSets).as(report).isGreaterThanOrEqualTo(0.99);
  }

  /** The plan as a text export of a Part 2 table, varied by the seed; what was chosen goes to {@code how}. */
  static String render(PlanInterchange plan, Random r, List<Expected> expected, StringBuilder how) {
    String style = STYLES[r.nextInt(STYLES.length)];
    boolean thaiDigits = r.nextBoolean();
    boolean unitFirst = r.nextInt(3) == 0;
    boolean missionEveryRow = r.nextInt(3) == 0;
    int pageRows = 3 + r.nextInt(8);
    boolean appendix = r.nextBoolean();
    boolean summaries = r.nextInt(3) == 0;
    String none = new String[] {"-", "0", "ไม่ใช้งบประมาณ"}[r.nextInt(3)];
    how.append("style ").append(style).append(thaiDigits ? ", Thai digits" : "").append(unitFirst ? ", unit column first" : "")
        .append(missionEveryRow ? ", mission on every row" : "").append(", header every ").append(pageRows).append(" rows")
        .append(", no budget as ").append(none).append(appendix ? ", E-PlanNACC appendix" : "")
        .append(summaries ? ", yearly summary tables" : "");

    int first = plan.period().startYear();
    int last = plan.period().endYear();
    StringBuilder sb = new StringBuilder();
    sb.append("แผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส\n");
    sb.append("ประจำปีงบประมาณ พ.ศ. ").append(digits(first + " – " + last, thaiDigits)).append("\n\n");
    sb.append(plan.organization().name()).append("\n");
    if (plan.organization().province() != null) sb.append("จังหวัด").append(plan.organization().province()).append("\n");
    sb.append("\nส่วนที่ 2 แผนปฏิบัติการป้องกันการทุจริต\n\n");
    String header = header(first, last, unitFirst, thaiDigits);
    sb.append(header);
    int rows = 0;
    int page = 1;
    int running = 0;
    Map<Integer, List<String[]>> yearly = new TreeMap<>();
    Map<Integer, List<String[]>> summary = new TreeMap<>();
    for (var d : plan.dimensions()) {
      boolean firstOfDimension = true;
      int dimensionItems = 0;
      for (var m : d.missions()) {
        boolean firstOfMission = true;
        int inMission = 0;
        for (var p : m.projects()) {
          running++;
          inMission++;
          dimensionItems++;
          if (rows > 0 && rows % pageRows == 0) {
            sb.append("\n- ").append(digits(Integer.toString(++page), thaiDigits)).append(" -\n\n").append(header);
          }
          rows++;
          String marker = marker(style, running, inMission, m.code(), thaiDigits);
          String name = p.name();
          List<String> cells = new ArrayList<>();
          cells.add(firstOfDimension ? d.no() + ". " + (d.name() == null ? "" : d.name()) : "");
          cells.add(firstOfMission || missionEveryRow ? m.code() + " " + (m.name() == null ? "" : m.name()) : "");
          cells.add(marker + name);
          List<String> budget = new ArrayList<>();
          Map<Integer, BigDecimal> want = new TreeMap<>();
          Map<Integer, List<Integer>> quarters = new TreeMap<>();
          for (int y = first; y <= last; y++) {
            BigDecimal v = p.budget() == null ? null : p.budget().get(y);
            want.put(y, v);
            budget.add(v == null ? "" : v.signum() == 0 ? none : digits(new DecimalFormat("#,##0.##").format(v), thaiDigits));
            if (summaries) {
              summary.computeIfAbsent(y, k -> new ArrayList<>()).add(new String[] {Integer.toString(summary.getOrDefault(y, List.of()).size() + 1),
                  name, v == null ? "" : v.signum() == 0 ? "-" : new DecimalFormat("#,##0").format(v), p.responsible() == null ? "" : p.responsible()});
            }
            if (appendix) {
              List<Integer> q = new ArrayList<>();
              for (int k = 1; k <= 4; k++) if (r.nextInt(3) == 0) q.add(k);
              if (!q.isEmpty()) quarters.put(y, q);
              String[] boxes = new String[4];
              for (int k = 0; k < 4; k++) boxes[k] = q.contains(k + 1) ? "✓" : "";
              yearly.computeIfAbsent(y, k -> new ArrayList<>()).add(new String[] {Integer.toString(running), name,
                  "มิติที่ " + d.no(), v == null ? "" : v.signum() == 0 ? "-" : new DecimalFormat("#,##0").format(v), boxes[0], boxes[1], boxes[2], boxes[3]});
            }
          }
          String unit = p.responsible() == null ? "" : p.responsible();
          if (unitFirst) {
            cells.add(unit);
            cells.addAll(budget);
          } else {
            cells.addAll(budget);
            cells.add(unit);
          }
          sb.append(String.join("\t", cells)).append("\n");
          expected.add(new Expected(m.code(), name, want, appendix ? quarters : null));
          firstOfDimension = false;
          firstOfMission = false;
        }
      }
      if (dimensionItems > 0) sb.append("\tรวม\tจำนวน ").append(digits(Integer.toString(dimensionItems), thaiDigits)).append(" โครงการ\n");
    }
    for (var e : summary.entrySet()) {
      sb.append("\nสรุปโครงการ/กิจกรรม/มาตรการ ประจำปีงบประมาณ พ.ศ. ").append(digits(e.getKey().toString(), thaiDigits)).append("\n");
      sb.append("ลำดับ\tโครงการ/กิจกรรม/มาตรการ\tงบประมาณ ปี ").append(digits(e.getKey().toString(), thaiDigits)).append(" (บาท)\tหน่วยงานรับผิดชอบ\n");
      for (String[] row : e.getValue()) sb.append(String.join("\t", row)).append("\n");
    }
    if (appendix) {
      for (var e : yearly.entrySet()) {
        sb.append("\nแบบบันทึกข้อมูลในระบบ E-PlanNACC ปีงบประมาณ พ.ศ. ").append(e.getKey()).append("\n");
        sb.append("ลำดับ\tโครงการ/กิจกรรม/มาตรการ\tมิติ\tงบประมาณ (บาท)\tไตรมาส 1\tไตรมาส 2\tไตรมาส 3\tไตรมาส 4\n");
        for (String[] row : e.getValue()) sb.append(String.join("\t", row)).append("\n");
      }
    }
    return sb.toString();
  }

  private static String header(int first, int last, boolean unitFirst, boolean thaiDigits) {
    List<String> h = new ArrayList<>(List.of("มิติ", "ภารกิจตามมิติ", "โครงการ/กิจกรรม/มาตรการ"));
    List<String> years = new ArrayList<>();
    for (int y = first; y <= last; y++) years.add("ปี " + digits(Integer.toString(y), thaiDigits));
    if (unitFirst) {
      h.add("หน่วยงานรับผิดชอบ");
      h.addAll(years);
    } else {
      h.addAll(years);
      h.add("หมายเหตุ");
    }
    return String.join("\t", h) + "\n";
  }

  private static String marker(String style, int running, int inMission, String mission, boolean thaiDigits) {
    return switch (style) {
      case "n)" -> running + ") ";
      case "(n)" -> "(" + running + ") ";
      case "n." -> running + ". ";
      case "n" -> running + " ";
      case "thai)" -> ThaiDigits.toThai(Integer.toString(running)) + ") ";
      case "(thai)" -> "(" + ThaiDigits.toThai(Integer.toString(running)) + ") ";
      case "code" -> mission + "." + inMission + " ";
      case "thaicode" -> ThaiDigits.toThai(mission + "." + inMission) + " (" + ThaiDigits.toThai(Integer.toString(running)) + ") ";
      case "letter)" -> inMission <= 26 ? (char) ('a' + inMission - 1) + ") " : running + ") ";
      case "thailetter)" -> inMission <= THAI_LETTERS.length() ? THAI_LETTERS.charAt(inMission - 1) + ") " : running + ") ";
      default -> inMission <= THAI_LETTERS.length() ? "(" + THAI_LETTERS.charAt(inMission - 1) + ") " : running + ") ";
    };
  }

  private static String digits(String s, boolean thai) {
    return thai ? ThaiDigits.toThai(s) : s;
  }

  private static String squeeze(String s) {
    return s == null ? "" : s.replaceAll("\\s+", "");
  }
}
