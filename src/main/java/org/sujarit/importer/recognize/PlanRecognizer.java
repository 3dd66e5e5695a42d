package org.sujarit.importer.recognize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sujarit.common.FiscalPeriod;
import org.sujarit.common.FiscalYear;
import org.sujarit.framework.Framework;
import org.sujarit.framework.FrameworkCatalog;
import org.sujarit.importer.model.DiagnosticCode;
import org.sujarit.importer.model.Findings;
import org.sujarit.importer.model.SourceDocument;
import org.sujarit.importer.model.SourceLine;
import org.sujarit.plan.ItemKind;
import org.sujarit.importer.text.NameKey;
import org.sujarit.importer.text.ThaiText;
import org.sujarit.importer.text.WrapDamage;
import org.sujarit.interchange.PlanInterchange;
import org.sujarit.interchange.PlanInterchange.Dimension;
import org.sujarit.interchange.PlanInterchange.Introduction;
import org.sujarit.interchange.PlanInterchange.OrganizationInfo;
import org.sujarit.interchange.PlanInterchange.Period;
import org.sujarit.interchange.PlanInterchange.Project;

/**
 * Recognizes a whole plan in a source document: organization, period, framework, the foreword and
 * Part 1 (text, goals, risks), the Part 2 table, the Part 3 sheets matched to its items, items recovered where the table
 * lost them, and the checks of stated counts and totals.
 */
public final class PlanRecognizer {
  private static final Pattern PART3 = Pattern.compile("^ส่วนที่\\s*(?:3|๓)(?:\\s.{0,80})?$");
  private static final Pattern STATED_COUNT = Pattern.compile("รวม\\s*(?:ทั้งสิ้น)?\\s*(?:จำนวน)?\\s*(" + ThaiText.D + "{1,4})\\s*โครงการ");

  private final FrameworkCatalog catalog;

  public PlanRecognizer(FrameworkCatalog catalog) {
    this.catalog = catalog;
  }

  /** The recognized plan; null when the document holds neither a plan table nor detail sheets. */
  public PlanInterchange recognize(SourceDocument source0, String source, Findings findings) {
    EPlanListing listing = EPlanListing.read(source0, PeriodRecognizer.recognize(source0));
    SourceDocument doc = listing.rest();
    FiscalPeriod period = periodOf(PeriodRecognizer.recognize(doc), listing);
    Framework framework = framework(period);
    List<Integer> years = period == null ? List.of() : period.years().stream().map(FiscalYear::value).toList();
    PlanTable table = new PlanTableReader(framework, years, findings).read(doc);
    if (period == null && !table.isEmpty()) {
      years = table.items().get(0).budget.keySet().stream().toList();
      if (!years.isEmpty()) {
        period = FiscalPeriod.of(years.get(0), years.get(years.size() - 1));
        framework = framework(period);
      }
    }
    int part1End = table.isEmpty() ? part3Start(doc) : indexOfLine(doc, table.firstLine());
    int part3From = table.isEmpty() ? part1End : indexAfterTable(doc, table);
    List<DetailSheet> sheets = new DetailSheetReader(framework, findings).read(doc, part3From).stream()
        .filter(s -> s.name != null).toList();
    if (table.isEmpty() && sheets.isEmpty() && listing.entries().isEmpty()) return null;

    List<TableItem> items = new ArrayList<>(table.items());
    Map<TableItem, String> part2Names = new IdentityHashMap<>();
    items.forEach(i -> part2Names.put(i, i.name));
    SheetMatcher.match(items, sheets, findings);
    MissionResolver.resolve(items, framework, findings);
    recover(items, sheets, TocReader.read(doc), table, years, findings);
    listing.apply(items, findings);
    reportUnmatched(items, sheets, findings);
    removeForeignLetters(items, findings);
    reportPlaceholders(doc, findings);

    OrganizationInfo org = OrganizationRecognizer.recognize(doc);
    if (org == null) findings.add(0, DiagnosticCode.ORGANIZATION_NOT_FOUND, "ไม่พบชื่อองค์กรปกครองส่วนท้องถิ่นในเอกสาร กรุณาระบุเอง");
    if (period == null) findings.add(0, DiagnosticCode.PERIOD_NOT_FOUND, "ไม่พบช่วงปีของแผน (เช่น พ.ศ. 2566 – 2570) กรุณาระบุเอง");

    DamagedWords damaged = new DamagedWords(doc, findings, knownNames(org, framework));
    reportDamagedWords(items, part2Names, sheets, damaged);
    List<Dimension> dimensions = PlanTree.build(items, table, framework, findings, damaged);
    reportUnknownWords(items, sheets, damaged);
    Introduction introduction = IntroductionRecognizer.recognize(doc, part1End, findings, damaged);
    for (DetailSheet s : sheets) {
      for (SourceLine l : s.text) damaged.checkText("ข้อความในส่วนที่ 3", l.number(), l.text());
    }
    damaged.finish();
    Subtotal grand = table.grandTotal();
    Integer statedCount = grand != null && grand.count != null ? grand.count : statedCountInText(doc, part1End);
    TotalsCheck.check(items, table, statedCount, findings);
    return new PlanInterchange(
        source,
        org,
        period == null ? null : new Period(period.first().value(), period.last().value()),
        framework == null ? "OTHER" : framework.code(),
        null,
        TargetRecognizer.recognize(doc, part1End),
        introduction,
        RiskControlNames.named(RiskRecognizer.recognize(doc, part1End, findings), dimensions, org == null ? null : org.name(), findings),
        dimensions,
        statedCount,
        grand == null ? null : grand.totals,
        findings.sorted());
  }

  /** The years the E-PlanNACC records span, where the text names no period that covers them. */
  private static FiscalPeriod periodOf(FiscalPeriod stated, EPlanListing listing) {
    if (listing.entries().isEmpty()) return stated;
    int first = listing.entries().stream().mapToInt(EPlanListing.Entry::year).min().getAsInt();
    int last = listing.entries().stream().mapToInt(EPlanListing.Entry::year).max().getAsInt();
    if (stated != null && stated.first().value() <= first && stated.last().value() >= last) return stated;
    try {
      return FiscalPeriod.of(first, last);
    } catch (RuntimeException e) {
      return stated;
    }
  }

  private Framework framework(FiscalPeriod period) {
    if (period == null) return catalog.all().isEmpty() ? null : catalog.all().get(0);
    Optional<Framework> f = catalog.covering(period.first().value());
    return f.orElseGet(() -> catalog.all().isEmpty() ? null : catalog.all().get(0));
  }

  /** Part 3 sheets not listed in Part 2 (or all of them when the table is lost) become items too. */
  private static void recover(List<TableItem> items, List<DetailSheet> sheets, List<TocReader.Entry> toc, PlanTable table,
      List<Integer> years, Findings findings) {
    if (table.isEmpty() && !sheets.isEmpty()) {
      findings.add(sheets.get(0).line, DiagnosticCode.PART2_RECOVERED_FROM_PART3,
          "ไม่พบตารางโครงการ/กิจกรรม/มาตรการ (ส่วนที่ 2): สร้างรายการจากหัวข้อรายละเอียดในส่วนที่ 3 และใช้งบประมาณตามที่ระบุในส่วนที่ 3");
    }
    for (DetailSheet s : sheets) {
      if (s.item != null) continue;
      TableItem item = new TableItem(s.line, s.seq, s.code, s.name);
      item.dimension = s.dimension;
      item.missionCode = s.missionCode;
      item.missionName = s.missionName;
      item.missionLine = s.missionLine;
      item.budget = DetailsBuilder.budget(s, years);
      item.recovered = true;
      item.sheet = s;
      s.item = item;
      items.add(sourcePosition(items, s), item);
      boolean tableCoversDimension = s.dimension == null || table.items().stream().anyMatch(t -> s.dimension.equals(t.dimension));
      if (tableCoversDimension && !table.isEmpty()) {
        findings.add(s.line, DiagnosticCode.DETAIL_SHEET_WITHOUT_ITEM, "รายละเอียด \"" + s.name
            + "\" ในส่วนที่ 3 ไม่มีแถวในตารางส่วนที่ 2 (แถวอาจหายที่รอยต่อหน้า): เพิ่มเป็นรายการโดยใช้งบประมาณจากส่วนที่ 3");
      } else if (!table.isEmpty()) {
        findings.add(s.line, DiagnosticCode.PART2_RECOVERED_FROM_PART3, "ตารางส่วนที่ 2 ของมิติที่ " + s.dimension
            + " สูญหาย: สร้างรายการ \"" + s.name + "\" จากหัวข้อในส่วนที่ 3");
      }
    }
    for (TocReader.Entry e : toc) {
      boolean known = items.stream().anyMatch(i -> e.code().equals(i.code) || i.sheet != null && e.code().equals(i.sheet.code));
      int dim = Integer.parseInt(e.code().substring(0, e.code().indexOf('.')));
      boolean tableCoversDimension = table.items().stream().anyMatch(t -> t.dimension != null && t.dimension == dim);
      if (known || tableCoversDimension) continue;
      TableItem item = new TableItem(e.line(), null, e.code(), e.name());
      item.dimension = dim;
      item.missionCode = e.code().substring(0, e.code().lastIndexOf('.'));
      item.budget = new LinkedHashMap<>();
      years.forEach(y -> item.budget.put(y, null));
      item.recovered = true;
      items.add(item);
      findings.add(e.line(), DiagnosticCode.PART2_RECOVERED_FROM_PART3, "สร้างรายการ \"" + e.name()
          + "\" จากสารบัญ เพราะไม่มีทั้งแถวในส่วนที่ 2 และรายละเอียดในส่วนที่ 3 (ไม่ทราบงบประมาณ)");
    }
  }

  /**
   * Where a recovered sheet's item goes: before the first item of its mission whose sheet Part 3 prints
   * after it, else after the mission's last item, so that the items keep the source's order.
   */
  private static int sourcePosition(List<TableItem> items, DetailSheet s) {
    int after = -1;
    for (int i = 0; i < items.size(); i++) {
      TableItem t = items.get(i);
      if (s.missionCode == null || !s.missionCode.equals(t.missionCode)) continue;
      if (t.sheet != null && t.sheet.line > s.line) return i;
      after = i;
    }
    return after < 0 ? items.size() : after + 1;
  }

  private static void reportUnmatched(List<TableItem> items, List<DetailSheet> sheets, Findings findings) {
    if (sheets.isEmpty()) return;
    for (TableItem i : items) {
      if (i.sheet == null) {
        findings.add(i.line, DiagnosticCode.MISSING_DETAIL_SHEET, "รายการ \"" + i.name + "\" ไม่มีรายละเอียดโครงการในส่วนที่ 3");
      }
    }
  }

  /**
   * Letters of other scripts inside Thai names are OCR debris (a Bengali or CJK letter in a Thai word);
   * a space inside a Thai word is where a table cell wrapped.
   */
  private static void removeForeignLetters(List<TableItem> items, Findings findings) {
    for (TableItem i : items) {
      String clean = ThaiText.collapse(ThaiText.withoutForeignLetters(i.name));
      if (!clean.equals(i.name)) {
        findings.add(i.line, DiagnosticCode.OCR_FIXED, "ลบอักษรต่างภาษาที่ปนอยู่ในชื่อ \"" + i.name + "\" (ความเสียหายจากการแปลงเอกสาร)");
        i.name = clean;
      }
      String joined = WrapDamage.withoutSplitSpaces(i.name);
      if (!joined.equals(i.name)) {
        findings.add(i.line, DiagnosticCode.OCR_FIXED, "ลบช่องว่างที่ตัดคำในชื่อ \"" + i.name + "\" (รอยตัดบรรทัดของช่องตาราง)");
        i.name = joined;
      }
    }
  }

  /**
   * Words Thai cannot be written as in the names of items (the Part 2 cell as written, or the contents'
   * line of an item recovered from it) and in the Part 3 headings, each at its line.
   */
  private static void reportDamagedWords(List<TableItem> items, Map<TableItem, String> part2Names, List<DetailSheet> sheets,
      DamagedWords damaged) {
    for (TableItem i : items) {
      String written = part2Names.get(i);
      if (written != null) damaged.check("ชื่อรายการในตารางส่วนที่ 2", written, i.line, i.name);
      else if (i.sheet == null) damaged.check("ชื่อรายการ", i.name, i.line, i.name);
    }
    for (DetailSheet s : sheets) {
      damaged.check("ชื่อโครงการในส่วนที่ 3", s.name, s.line, s.item == null ? s.name : s.item.name);
      if (s.heading != null) damaged.check("หัวข้อในส่วนที่ 3", s.heading, s.headingLine > 0 ? s.headingLine : s.line, s.heading);
      for (DetailSheet.Written w : s.written) {
        if (w.kind() != Section.NAME) damaged.check("หัวข้อในส่วนที่ 3", w.heading(), w.line(), w.heading());
      }
    }
  }

  /** Texts whose words are right though no dictionary has them: the organization's own names and the framework's. */
  private static List<String> knownNames(OrganizationInfo org, Framework framework) {
    List<String> out = new ArrayList<>();
    if (org != null) Collections.addAll(out, org.name(), org.district(), org.province());
    if (framework != null) {
      framework.dimensions().forEach(d -> {
        out.add(d.name());
        d.missions().forEach(m -> out.add(m.name()));
      });
    }
    out.removeIf(java.util.Objects::isNull);
    return out;
  }

  /**
   * Words no dictionary knows in the names the plan uses: each item's name at the line that prints it
   * (its Part 3 heading when the name is that reading), the Part 3 headings above sheets that do not
   * repeat their item's name, and the headings of the organization's own sections.
   */
  private static void reportUnknownWords(List<TableItem> items, List<DetailSheet> sheets, DamagedWords damaged) {
    for (TableItem i : items) {
      boolean fromSheet = i.sheet != null && i.name.equals(i.sheet.name);
      damaged.checkUnknown("ชื่อรายการ", i.name, fromSheet ? i.sheet.line : i.line);
    }
    for (DetailSheet s : sheets) {
      boolean repeatsName = s.item != null && NameKey.of(s.heading == null ? "" : s.heading).contains(NameKey.of(s.item.name));
      if (s.heading != null && !repeatsName) damaged.checkUnknown("หัวข้อในส่วนที่ 3", s.heading, s.headingLine > 0 ? s.headingLine : s.line);
      for (DetailSheet.Written w : s.written) {
        if (w.kind() == null) damaged.checkUnknown("หัวข้อในส่วนที่ 3", w.heading(), w.line());
      }
    }
  }

  /** Words of the template the document left unfilled: "ระบุชื่อองค์กรปกครองส่วนท้องถิ่น", "(ระบุ…)", "……". */
  private static final Pattern PLACEHOLDER = Pattern.compile("ระบุ\\s*ง?\\s*ชื่อ\\s*(?:องค์กรปกครองส่วนท้องถิ่น|อปท|หน่วยงาน)|\\(\\s*ระบุ[^)]{0,40}\\)|[.…]{6,}|x{3,}|X{3,}");

  private static void reportPlaceholders(SourceDocument doc, Findings findings) {
    for (SourceLine l : doc.lines()) {
      Matcher m = PLACEHOLDER.matcher(l.text());
      if (m.find()) {
        findings.add(l.number(), DiagnosticCode.PLACEHOLDER, "ข้อความของแบบฟอร์มที่ยังไม่ได้กรอก \"" + m.group().strip()
            + "\": กรุณาแก้เป็นข้อมูลจริงขององค์กร");
      }
    }
  }

  /** A count stated in the text ("รวมทั้งสิ้นจำนวน 18 โครงการ") when the table has no grand total row. */
  private static Integer statedCountInText(SourceDocument doc, int endIndex) {
    for (int i = 0; i < endIndex; i++) {
      Matcher m = STATED_COUNT.matcher(doc.get(i).text());
      if (m.find()) return ThaiText.number(m.group(1));
    }
    return null;
  }

  private static int part3Start(SourceDocument doc) {
    int at = 0;
    for (int i = 0; i < doc.size(); i++) {
      SourceLine l = doc.get(i);
      if (!l.isRow() && PART3.matcher(l.text()).matches()) at = i;
    }
    return at;
  }

  private static int indexOfLine(SourceDocument doc, int number) {
    for (int i = 0; i < doc.size(); i++) {
      if (doc.get(i).number() >= number) return i;
    }
    return doc.size();
  }

  private static int indexAfterTable(SourceDocument doc, PlanTable table) {
    int last = table.items().stream().mapToInt(i -> i.line).max().orElse(0);
    for (var s : table.subtotals()) last = Math.max(last, s.line);
    return Math.min(doc.size(), indexOfLine(doc, last) + 1);
  }

  /** Kind of an item by its name. */
  static String kind(String name) {
    return ItemKind.of(name).name();
  }

  /** A budget map with the same years and values. */
  static Map<Integer, BigDecimal> copy(Map<Integer, BigDecimal> m) {
    return m == null ? null : new LinkedHashMap<>(m);
  }

  /** Mission codes in reading order: "2.10" after "2.9", an unknown mission ("3.?") last. */
  static Comparator<String> codeOrder() {
    return (a, b) -> {
      String[] x = a.split("\\.");
      String[] y = b.split("\\.");
      for (int i = 0; i < Math.min(x.length, y.length); i++) {
        int c = Integer.compare(part(x[i]), part(y[i]));
        if (c != 0) return c;
      }
      return Integer.compare(x.length, y.length);
    };
  }

  private static int part(String p) {
    return !p.isEmpty() && p.chars().allMatch(Character::isDigit) && p.length() < 6 ? Integer.parseInt(p) : Integer.MAX_VALUE;
  }

  static Project project(TableItem i) {
    return new Project(i.seq, kind(i.name), i.name, copy(i.budget), i.responsible, i.remark, i.quarters.isEmpty() ? null : i.quarters,
        i.sheet == null ? null : DetailsBuilder.details(i.sheet), i.line);
  }
}
