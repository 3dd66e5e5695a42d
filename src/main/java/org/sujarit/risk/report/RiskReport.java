package org.sujarit.risk.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.sujarit.account.People;
import org.sujarit.common.RuleViolation;
import org.sujarit.common.ThaiDates;
import org.sujarit.document.layout.ReportFormat;
import org.sujarit.document.layout.Align;
import org.sujarit.document.layout.DocumentInfo;
import org.sujarit.document.layout.Heading;
import org.sujarit.document.layout.OfficialDocument;
import org.sujarit.document.layout.PageSetup;
import org.sujarit.document.layout.Section;
import org.sujarit.document.layout.Table;
import org.sujarit.monitoring.RoundKind;
import org.sujarit.risk.Measure;
import org.sujarit.risk.Risk;
import org.sujarit.risk.RiskArea;
import org.sujarit.risk.RiskAssessment;
import org.sujarit.risk.RiskAssessments;
import org.sujarit.risk.RiskMatrix;
import org.sujarit.risk.SurveillanceReport;
import org.sujarit.risk.SurveillanceStatus;
import org.sujarit.risk.TrafficLight;
import org.sujarit.risk.TreatmentStatus;
import org.sujarit.web.Messages;

/**
 * The assessment as the nine tables of the NACC method, with the heat map and the management report
 * of a round (the ITA evidence), as PDF or DOCX on the document engine. Dated the day of approval
 * (today for a draft), so an approved assessment gives the same bytes again.
 */
@Component
public class RiskReport {
  // the embedded Thai font has no check mark; NACC forms also tick with X
  private static final String CHECK = "X";
  private final Messages messages;
  private final Clock clock;
  private final People people;

  RiskReport(Messages messages, Clock clock, People people) {
    this.messages = messages;
    this.clock = clock;
    this.people = people;
  }

  /** The format a URL names in lower case ("pdf", "docx"); anything else is refused with a Thai message. */
  public static ReportFormat format(String name) {
    return ReportFormat.named(name).filter(f -> f.extension().equals(name)).orElseThrow(() -> new RuleViolation("risk.report.format", name));
  }

  public static String mediaType(String format) {
    return format(format).mediaType();
  }

  public byte[] render(RiskAssessments.View v, List<SurveillanceReport> round, RoundKind kind, boolean thaiDigits, String format) {
    ReportFormat f = format(format);
    return f.render(build(v, round, kind, thaiDigits));
  }

  OfficialDocument build(RiskAssessments.View v, List<SurveillanceReport> roundReports, RoundKind kind, boolean thaiDigits) {
    RiskAssessment a = v.assessment();
    RiskMatrix m = v.matrix();
    LocalDate issued = a.approved() != null ? a.approved().at().atZone(ThaiDates.BANGKOK).toLocalDate() : LocalDate.now(clock.withZone(ThaiDates.BANGKOK));
    String title = "การประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. " + a.year();
    DocumentInfo info = new DocumentInfo(title, v.organization().name(), m.name(), issued.atStartOfDay(ThaiDates.BANGKOK), thaiDigits);
    OfficialDocument.Builder b = OfficialDocument.builder(info).section(PageSetup.LANDSCAPE, Section.PageNumbers.FROM_SECOND_PAGE);
    float w = b.textWidth();
    List<Risk> risks = a.risks();
    b.add(Heading.title(title + "\n" + v.organization().name()));
    b.paragraph("ประเมินตามขั้นตอน 9 ขั้นตอนของสำนักงาน ป.ป.ช. ด้วย" + m.name() + " (" + m.reference() + ") จำนวน " + risks.size() + " ความเสี่ยง"
        + (a.approved() != null ? " ผู้บริหารอนุมัติเมื่อ " + ThaiDates.longDate(issued) : " (ร่าง ยังไม่ได้รับอนุมัติ)"));

    b.add(Heading.section("ขั้นตอนที่ 1 การระบุความเสี่ยง (Risk Identification)"));
    b.caption("ตารางที่ 1 ตารางระบุความเสี่ยง (Known Factor และ Unknown Factor)");
    b.add(table(w, new float[] {6, 20, 44, 15, 15}, List.of("ที่", "ด้าน", "โอกาส/ความเสี่ยงการทุจริต (กระบวนงาน)", "Known Factor", "Unknown Factor"),
        risks, (r, i) -> List.of(i, area(r), describe(r), r.factor().name().equals("KNOWN") ? CHECK : "", r.factor().name().equals("UNKNOWN") ? CHECK : "")));

    b.add(Heading.section("ขั้นตอนที่ 2 การวิเคราะห์สถานะความเสี่ยง (แยกตามสีไฟจราจร)"));
    b.caption("ตารางที่ 2 ตารางแสดงสถานะความเสี่ยง");
    b.add(table(w, new float[] {6, 54, 10, 10, 10, 10}, List.of("ที่", "โอกาส/ความเสี่ยงการทุจริต", "เขียว", "เหลือง", "ส้ม", "แดง"), risks,
        (r, i) -> {
          List<String> row = new ArrayList<>(List.of(i, r.description()));
          for (TrafficLight l : TrafficLight.values()) row.add(l == r.light() ? CHECK : "");
          return row;
        }));

    b.add(Heading.section("ขั้นตอนที่ 3 เมทริกส์ระดับความเสี่ยง (Risk Level Matrix)"));
    b.caption("ตารางที่ 3 " + m.likelihood().label() + " × " + m.impact().label());
    b.add(table(w, new float[] {6, 44, 14, 14, 10, 12}, List.of("ที่", "โอกาส/ความเสี่ยงการทุจริต", m.likelihood().label(), m.impact().label(),
        "ค่าความเสี่ยงรวม", "ระดับ"), risks, (r, i) -> r.score() == null ? List.of(i, r.description(), "-", "-", "-", "ยังไม่ประเมิน")
        : List.of(i, r.description(), String.valueOf(r.score().likelihood()), String.valueOf(r.score().impact()), String.valueOf(r.score().value()),
            label(m, r.score().level()))));
    b.add(HeatMap.of(m, a.heatMap(m)).withCaption("ภาพที่ 1 แผนภาพความร้อน (Heat Map) ของความเสี่ยง ปีงบประมาณ พ.ศ. " + a.year()));

    b.add(Heading.section("ขั้นตอนที่ 4 การประเมินการควบคุมความเสี่ยง (Risk–Control Matrix Assessment)"));
    b.caption("ตารางที่ 4 ตารางแสดงการประเมินการควบคุมความเสี่ยง");
    b.add(table(w, new float[] {6, 46, 16, 16, 16}, List.of("ที่", "โอกาส/ความเสี่ยงการทุจริต", "คุณภาพการจัดการ", "ระดับความเสี่ยงเดิม",
        "ระดับความเสี่ยงที่เหลือ"), risks, (r, i) -> List.of(i, r.description(), r.control() == null ? "-" : messages.get(r.control().messageKey()),
        r.score() == null ? "-" : label(m, r.score().level()), r.residualLevel() == null ? "-" : label(m, r.residualLevel()))));

    b.add(Heading.section("ขั้นตอนที่ 5 แผนบริหารความเสี่ยง"));
    b.caption("ตารางที่ 5 ตารางแผนบริหารความเสี่ยง");
    b.add(table(w, new float[] {6, 34, 60}, List.of("ที่", "โอกาส/ความเสี่ยงการทุจริต", "มาตรการป้องกันความเสี่ยง (ผู้รับผิดชอบ ระยะเวลา)"), risks,
        (r, i) -> List.of(i, r.description(), measures(v, r))));

    ManagementSummary s = ManagementSummary.of(a, roundReports);
    String roundName = messages.get(kind.messageKey());
    b.add(Heading.section("ขั้นตอนที่ 6 การจัดทำรายงานผลการเฝ้าระวังความเสี่ยง (" + roundName + ")"));
    b.caption("ตารางที่ 6 ตารางจัดทำรายงานผลการเฝ้าระวังความเสี่ยง");
    b.add(table(w, new float[] {6, 30, 28, 8, 8, 8, 12}, List.of("ที่", "มาตรการ", "โอกาส/ความเสี่ยงการทุจริต", "สีเขียว", "สีเหลือง", "สีแดง",
        "สิ่งที่เกิดขึ้น"), risks, (r, i) -> {
          SurveillanceReport rep = s.report(r.id());
          List<String> row = new ArrayList<>(List.of(i, measures(v, r), r.description()));
          for (SurveillanceStatus st : SurveillanceStatus.values()) row.add(rep != null && rep.status() == st ? CHECK : "");
          row.add(rep == null ? "ยังไม่รายงาน" : rep.happened() == null ? "" : rep.happened());
          return row;
        }));

    b.add(Heading.section("ขั้นตอนที่ 7 จัดทำระบบการบริหารความเสี่ยง"));
    for (SurveillanceStatus st : SurveillanceStatus.values()) {
      b.caption("ตารางที่ 7." + (st.ordinal() + 1) + " " + messages.get(st.messageKey()));
      List<Risk> group = s.byStatus().get(st);
      b.add(table(w, new float[] {60, 40}, List.of("ความเสี่ยงการทุจริต", "ความเห็นเพิ่มเติม"), group,
          (r, i) -> List.of(r.description(), r.comment() != null ? r.comment() : messages.get("risk.system.advice." + st.name()))));
    }

    b.add(Heading.section("ขั้นตอนที่ 8 การจัดทำรายงานการบริหารความเสี่ยง"));
    b.caption("ตารางที่ 8 ตารางรายงานการบริหารความเสี่ยง");
    b.add(table(w, new float[] {6, 58, 12, 12, 12}, List.of("ที่", "สรุปสถานะความเสี่ยงการทุจริต", "สีเขียว", "สีเหลือง", "สีแดง"), risks, (r, i) -> {
      SurveillanceReport rep = s.report(r.id());
      List<String> row = new ArrayList<>(List.of(i, r.description()));
      for (SurveillanceStatus st : SurveillanceStatus.values()) row.add(rep != null && rep.status() == st ? CHECK : "");
      return row;
    }));
    b.paragraph("สรุป: สีเขียว " + s.count(SurveillanceStatus.GREEN) + " สีเหลือง " + s.count(SurveillanceStatus.YELLOW) + " สีแดง "
        + s.count(SurveillanceStatus.RED) + " ยังไม่รายงาน " + s.notReported().size() + " ความเสี่ยง");

    b.add(Heading.section("ขั้นตอนที่ 9 รายงานผลการดำเนินงานตามแผนบริหารความเสี่ยง"));
    b.caption("ตารางที่ 9 แบบรายงานสถานะแผนบริหารความเสี่ยงการทุจริต หน่วยงาน " + v.organization().name());
    b.add(table(w, new float[] {6, 34, 12, 12, 12, 24}, List.of("ที่", "โอกาส/ความเสี่ยง", messages.get(TreatmentStatus.NOT_STARTED.messageKey()),
        messages.get(TreatmentStatus.IN_PROGRESS.messageKey()), messages.get(TreatmentStatus.DONE.messageKey()), "ผลการดำเนินงาน"), risks, (r, i) -> {
          List<String> row = new ArrayList<>(List.of(i, r.description()));
          for (TreatmentStatus t : TreatmentStatus.values()) row.add(r.treatment() == t ? CHECK : "");
          row.add(r.results() == null ? "" : r.results());
          return row;
        }));
    acknowledgement(b, v);
    return b.build();
  }

  /** The yearly risk-management report (ITA O35/O24/O22): both rounds' surveillance, step 9, measures, summary, approval. */
  public byte[] renderYearly(RiskAssessments.View v, Map<RoundKind, List<SurveillanceReport>> rounds, boolean thaiDigits, String format) {
    ReportFormat f = format(format);
    return f.render(buildYearly(v, rounds, thaiDigits));
  }

  OfficialDocument buildYearly(RiskAssessments.View v, Map<RoundKind, List<SurveillanceReport>> rounds, boolean thaiDigits) {
    RiskAssessment a = v.assessment();
    LocalDate issued = a.acknowledged() != null ? a.acknowledged().at().atZone(ThaiDates.BANGKOK).toLocalDate()
        : a.approved() != null ? a.approved().at().atZone(ThaiDates.BANGKOK).toLocalDate() : LocalDate.now(clock.withZone(ThaiDates.BANGKOK));
    String title = "รายงานผลการบริหารจัดการความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. " + a.year();
    DocumentInfo info = new DocumentInfo(title, v.organization().name(), v.matrix().name(), issued.atStartOfDay(ThaiDates.BANGKOK), thaiDigits);
    OfficialDocument.Builder b = OfficialDocument.builder(info).section(PageSetup.LANDSCAPE, Section.PageNumbers.FROM_SECOND_PAGE);
    float w = b.textWidth();
    List<Risk> risks = a.risks();
    b.add(Heading.title(title + "\n" + v.organization().name()));
    b.paragraph("การประเมินความเสี่ยงการทุจริต " + risks.size() + " ความเสี่ยง"
        + (a.approved() != null ? " ผู้บริหารอนุมัติเมื่อ " + ThaiDates.longDate(a.approved().at().atZone(ThaiDates.BANGKOK).toLocalDate())
            : " (ร่าง ยังไม่ได้รับอนุมัติ)"));

    b.add(Heading.section("1. มาตรการบริหารความเสี่ยงและรายการในแผนปฏิบัติการที่เชื่อมโยง"));
    b.add(table(w, new float[] {6, 34, 60}, List.of("ที่", "โอกาส/ความเสี่ยงการทุจริต", "มาตรการป้องกันความเสี่ยง (ผู้รับผิดชอบ ระยะเวลา)"), risks,
        (r, i) -> List.of(i, r.description(), measures(v, r))));

    b.add(Heading.section("2. ผลการเฝ้าระวังความเสี่ยงรายรอบ"));
    List<String> header = new ArrayList<>(List.of("ที่", "โอกาส/ความเสี่ยงการทุจริต"));
    List<ManagementSummary> summaries = new ArrayList<>();
    for (RoundKind k : RoundKind.values()) {
      header.add(messages.get(k.messageKey()));
      summaries.add(ManagementSummary.of(a, rounds.getOrDefault(k, List.of())));
    }
    float[] weights = new float[] {6, 34, 30, 30};
    b.add(table(w, weights, header, risks, (r, i) -> {
      List<String> row = new ArrayList<>(List.of(i, r.description()));
      for (ManagementSummary s : summaries) {
        SurveillanceReport rep = s.report(r.id());
        row.add(rep == null ? "ยังไม่รายงาน" : messages.get(rep.status().messageKey()) + (rep.happened() == null ? "" : " – " + rep.happened()));
      }
      return row;
    }));

    b.add(Heading.section("3. สรุประบบการบริหารความเสี่ยงตามสถานะ"));
    List<Table.Row> rows = new ArrayList<>();
    List<String> head = new ArrayList<>(List.of("รอบการรายงาน"));
    for (SurveillanceStatus st : SurveillanceStatus.values()) head.add(messages.get(st.messageKey()));
    head.add("ยังไม่รายงาน");
    rows.add(Table.Row.header(head));
    RoundKind[] kinds = RoundKind.values();
    for (int k = 0; k < kinds.length; k++) {
      ManagementSummary s = summaries.get(k);
      List<String> row = new ArrayList<>(List.of(messages.get(kinds[k].messageKey())));
      for (SurveillanceStatus st : SurveillanceStatus.values()) row.add(String.valueOf(s.count(st)));
      row.add(String.valueOf(s.notReported().size()));
      rows.add(Table.Row.body(row));
    }
    Align[] al = new Align[head.size()];
    java.util.Arrays.fill(al, Align.CENTER);
    float[] sw = new float[head.size()];
    java.util.Arrays.fill(sw, 1);
    sw[0] = 2;
    b.add(new Table(Table.columns(w, sw, al), 1, rows, 14));

    b.add(Heading.section("4. สถานะและผลการดำเนินงานตามแผนบริหารความเสี่ยง"));
    b.add(table(w, new float[] {6, 34, 20, 40}, List.of("ที่", "โอกาส/ความเสี่ยง", "สถานะ", "ผลการดำเนินงาน"), risks,
        (r, i) -> List.of(i, r.description(), r.treatment() == null ? "-" : messages.get(r.treatment().messageKey()),
            r.results() == null ? "" : r.results())));
    acknowledgement(b, v);
    return b.build();
  }

  private void acknowledgement(OfficialDocument.Builder b, RiskAssessments.View v) {
    RiskAssessment a = v.assessment();
    if (a.acknowledged() != null) {
      b.signature("ทราบ" + (a.acknowledgementNote() == null ? "" : " " + a.acknowledgementNote()), "(ลงชื่อ) " + people.personalName(a.acknowledged().by()),
          v.organization().executiveTitle(), ThaiDates.longDate(a.acknowledged().at().atZone(ThaiDates.BANGKOK).toLocalDate()));
    } else {
      b.signature("(ลงชื่อ) ........................................", v.organization().executiveTitle());
    }
  }

  private interface RowOf {
    List<String> row(Risk r, String number);
  }

  private static Table table(float width, float[] weights, List<String> header, List<Risk> risks, RowOf row) {
    Align[] aligns = new Align[weights.length];
    for (int i = 0; i < aligns.length; i++) aligns[i] = i == 0 ? Align.CENTER : Align.LEFT;
    List<Table.Row> rows = new ArrayList<>();
    rows.add(Table.Row.header(header));
    for (int i = 0; i < risks.size(); i++) rows.add(Table.Row.body(row.row(risks.get(i), Integer.toString(i + 1))));
    if (risks.isEmpty()) {
      List<String> none = new ArrayList<>();
      none.add("");
      none.add("ไม่มี");
      while (none.size() < header.size()) none.add("");
      rows.add(Table.Row.body(none));
    }
    return new Table(Table.columns(width, weights, aligns), 1, rows, 14);
  }

  private String area(Risk r) {
    return RiskArea.builtIn(r.area()) ? messages.get("risk.area." + r.area()) : r.area();
  }

  private static String describe(Risk r) {
    return r.process() == null ? r.description() : r.description() + " (" + r.process() + ")";
  }

  private static String label(RiskMatrix m, String level) {
    return m.level(level).map(RiskMatrix.Level::label).orElse(level);
  }

  private static String measures(RiskAssessments.View v, Risk r) {
    if (r.measures().isEmpty()) return "-";
    List<String> lines = new ArrayList<>();
    for (Measure x : r.measures()) {
      if (x.linked()) {
        String name = v.itemName(x.planItem());
        lines.add("- " + (name == null ? "(รายการที่ไม่อยู่ในแผนฉบับปัจจุบัน)" : name + " (ตามแผนปฏิบัติการป้องกันการทุจริต)"));
      } else {
        String when = x.startsOn() == null ? "" : " " + ThaiDates.shortDate(x.startsOn()) + (x.endsOn() == null ? "" : " – " + ThaiDates.shortDate(x.endsOn()));
        String unit = x.ownerUnit() == null ? "" : " " + v.unitName(x.ownerUnit());
        lines.add("- " + x.text() + (unit.isBlank() && when.isBlank() ? "" : " (" + (unit + when).strip() + ")"));
      }
    }
    return String.join("\n", lines);
  }

}
