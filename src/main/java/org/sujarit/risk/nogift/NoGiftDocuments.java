package org.sujarit.risk.nogift;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.sujarit.common.ThaiDates;
import org.sujarit.document.layout.Align;
import org.sujarit.document.layout.DocumentInfo;
import org.sujarit.document.layout.Heading;
import org.sujarit.document.layout.OfficialDocument;
import org.sujarit.document.layout.Table;
import org.sujarit.plan.PlanItem;
import org.sujarit.plan.PlanItemId;
import org.sujarit.web.Messages;

/** The No Gift announcement and the yearly gift report, built on the document engine (PDF or DOCX). */
@Component
public class NoGiftDocuments {
  private static final String LINE = "(ลงชื่อ) ........................................";
  private final Messages messages;
  private final Clock clock;

  NoGiftDocuments(Messages messages, Clock clock) {
    this.messages = messages;
    this.clock = clock;
  }

  /**
   * ประกาศ No Gift Policy: from the organization's details, dated the day announced; once signed, the
   * executive's name and position from the signature, else empty lines marked as a draft.
   */
  public OfficialDocument announcement(NoGift.Year y, boolean thaiDigits) {
    String org = y.organization().name();
    LocalDate on = y.policy().announcedOn() != null ? y.policy().announcedOn() : today();
    String title = "ประกาศ" + org + "\nเรื่อง นโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)\nประจำปีงบประมาณ พ.ศ. " + y.year();
    OfficialDocument.Builder b = OfficialDocument.builder(info("ประกาศ No Gift Policy ประจำปีงบประมาณ พ.ศ. " + y.year(), y, on, thaiDigits));
    b.add(Heading.title(title));
    b.paragraph("ตามที่สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.) ได้กำหนดการประเมินคุณธรรมและความโปร่งใส"
        + "ในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ให้หน่วยงานแสดงเจตจำนงในการต่อต้านการทุจริตด้วยการประกาศนโยบายไม่รับของขวัญและของกำนัล"
        + "ทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) นั้น");
    b.paragraph(org + " จึงประกาศนโยบายดังนี้");
    String[] rules = {
        "ผู้บริหาร สมาชิกสภา พนักงาน ลูกจ้าง และพนักงานจ้างของ" + org + " จะไม่รับของขวัญ ของกำนัล หรือประโยชน์อื่นใดจากการปฏิบัติหน้าที่ ทั้งจากบุคคล นิติบุคคล และหน่วยงานใด",
        "ห้ามมิให้เรียก รับ หรือยอมจะรับทรัพย์สินหรือประโยชน์อื่นใดเพื่อกระทำการหรือไม่กระทำการอย่างใดในตำแหน่งหน้าที่ ไม่ว่าการนั้นจะชอบหรือมิชอบด้วยหน้าที่",
        "การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยาต้องเป็นไปตามประกาศคณะกรรมการ ป.ป.ช. โดยมีราคาหรือมูลค่าจากแต่ละบุคคลแต่ละโอกาสไม่เกิน "
            + GiftLimit.LIMIT.format() + " บาท หากเกินกว่านั้นให้รายงานผู้บังคับบัญชาและส่งมอบให้หน่วยงานโดยเร็ว",
        "ให้ผู้ได้รับของขวัญหรือของกำนัลบันทึกลงในทะเบียนการรับของขวัญของ" + org + " ระบุผู้ให้ โอกาส มูลค่าโดยประมาณ และการดำเนินการ",
        "ผู้บังคับบัญชาทุกระดับต้องเป็นแบบอย่างที่ดี กำกับดูแล และสร้างวัฒนธรรมองค์กรที่ไม่รับของขวัญและของกำนัล"};
    for (int i = 0; i < rules.length; i++) b.paragraph((i + 1) + ". " + rules[i]);
    b.paragraph("จึงประกาศให้ทราบโดยทั่วกัน");
    b.paragraph("ประกาศ ณ วันที่ " + ThaiDates.longDate(on));
    NoGiftPolicy p = y.policy();
    if (p.signed()) {
      NoGiftPolicy.Signature s = p.signature();
      String position = s.position() != null ? s.position() : y.organization().executiveTitle();
      List<String> lines = new ArrayList<>(List.of(LINE, "(" + s.name() + ")", position));
      // signed on paper before the sign step: no account signed, so no date of signing to print
      if (s.by() != null) lines.add("ลงนามในระบบเมื่อ " + ThaiDates.longDate(s.at().atZone(ThaiDates.BANGKOK).toLocalDate()));
      b.signature(lines.toArray(String[]::new));
    } else {
      // a draft prints the signature lines empty: only the executive's signing puts a name there
      b.signature(LINE, "(........................................)", y.organization().executiveTitle(), "ร่าง — ยังไม่ได้ลงนาม");
    }
    return b.build();
  }

  /**
   * The yearly report: activities, gifts received and given, the limit's excesses; "ไม่มีการรับ" when
   * nothing was received. {@code withNames} false for the public: no recipient, giver or other party.
   */
  public OfficialDocument report(NoGift.Year y, boolean thaiDigits, boolean withNames) {
    LocalDate issued = y.year().lastDay().isBefore(today()) ? y.year().lastDay() : today();
    OfficialDocument.Builder b = OfficialDocument.builder(info("รายงานผลการดำเนินการตามนโยบาย No Gift Policy ประจำปีงบประมาณ พ.ศ. " + y.year(),
        y, issued, thaiDigits));
    b.add(Heading.title("รายงานผลการดำเนินการตามนโยบายไม่รับของขวัญและของกำนัล (No Gift Policy)\n" + y.organization().name()
        + "\nประจำปีงบประมาณ พ.ศ. " + y.year()));
    b.add(Heading.section("1. การประกาศนโยบาย"));
    // the announcement counts once signed: a draft is not announced yet
    b.paragraph(y.policy().published().map(p -> y.organization().name() + " ประกาศนโยบาย No Gift Policy เมื่อวันที่ "
        + ThaiDates.longDate(p.announcedOn())).orElse("ยังไม่ได้ลงนามประกาศนโยบาย"));
    b.add(Heading.section("2. กิจกรรมเสริมสร้างวัฒนธรรมองค์กร"));
    List<PlanItemId> activities = y.policy().activities();
    if (activities.isEmpty() && y.policy().activityNote() == null) b.paragraph("ไม่มีการบันทึกกิจกรรม");
    for (PlanItemId id : activities) {
      PlanItem item = y.planItems().get(id);
      b.paragraph("- " + (item == null ? "(รายการที่ไม่อยู่ในแผนฉบับปัจจุบัน)" : item.name()));
    }
    if (y.policy().activityNote() != null) b.paragraph(y.policy().activityNote());
    b.add(Heading.section("3. การรับของขวัญและของกำนัล"));
    List<Gift> received = y.gifts().stream().filter(g -> g.direction() == GiftDirection.RECEIVED).toList();
    if (received.isEmpty()) {
      b.paragraph("ในปีงบประมาณ พ.ศ. " + y.year() + " ไม่มีการรับของขวัญ ของกำนัล หรือประโยชน์อื่นใดจากการปฏิบัติหน้าที่ (ไม่มีการรับ)");
    } else {
      b.paragraph("มีการรับ " + received.size() + " รายการ มูลค่ารวมโดยประมาณ " + y.totalReceived().format() + " บาท รายละเอียดดังนี้");
      b.add(giftTable(b.textWidth(), received, y, withNames));
    }
    List<Gift> given = y.gifts().stream().filter(g -> g.direction() == GiftDirection.GIVEN).toList();
    b.add(Heading.section("4. การให้ของขวัญและของกำนัล"));
    if (given.isEmpty()) b.paragraph("ไม่มีการให้");
    else b.add(giftTable(b.textWidth(), given, y, withNames));
    b.add(Heading.section("5. การรับที่เกินมูลค่าที่กำหนด (" + GiftLimit.LIMIT.format() + " บาท ต่อผู้ให้ต่อโอกาส)"));
    if (y.excesses().isEmpty()) b.paragraph("ไม่มี");
    for (GiftLimit.Excess e : y.excesses()) {
      b.paragraph("- " + (withNames ? e.giver() + " " : "") + "โอกาส " + e.occasion() + " รวม " + e.total().format() + " บาท ("
          + e.gifts().stream().map(g -> messages.get(g.decision().messageKey())).distinct().reduce((p, q) -> p + ", " + q).orElse("") + ")");
    }
    b.signature("(ลงชื่อ) ........................................", "ผู้รายงาน");
    b.signature("ทราบ", "(ลงชื่อ) ........................................", y.organization().executiveTitle());
    return b.build();
  }

  private Table giftTable(float width, List<Gift> gifts, NoGift.Year y, boolean withNames) {
    List<Table.Row> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("ที่", "วันที่", "ผู้รับ/ผู้ให้", "คู่กรณี", "สิ่งของ", "โอกาส", "มูลค่า (บาท)", "การดำเนินการ"));
    if (!withNames) header.subList(2, 4).clear();
    rows.add(Table.Row.header(header));
    for (int i = 0; i < gifts.size(); i++) {
      Gift g = gifts.get(i);
      List<String> cells = new ArrayList<>(List.of(Integer.toString(i + 1), ThaiDates.shortDate(g.on()), g.person(), g.counterparty(),
          g.description(), g.occasion(), g.value().format() + (y.overLimit(g) ? " *" : ""), messages.get(g.decision().messageKey())));
      if (!withNames) cells.subList(2, 4).clear();
      rows.add(Table.Row.body(cells));
    }
    List<Table.Column> columns = withNames
        ? Table.columns(width, new float[] {5, 12, 15, 15, 15, 12, 11, 15}, Align.CENTER, Align.LEFT, Align.LEFT, Align.LEFT, Align.LEFT,
            Align.LEFT, Align.RIGHT, Align.LEFT)
        : Table.columns(width, new float[] {6, 14, 26, 20, 14, 20}, Align.CENTER, Align.LEFT, Align.LEFT, Align.LEFT, Align.RIGHT, Align.LEFT);
    return new Table(columns, 1, rows, 13);
  }

  private static DocumentInfo info(String title, NoGift.Year y, LocalDate on, boolean thaiDigits) {
    return new DocumentInfo(title, y.organization().name(), "No Gift Policy", on.atStartOfDay(ThaiDates.BANGKOK), thaiDigits);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ThaiDates.BANGKOK));
  }
}
