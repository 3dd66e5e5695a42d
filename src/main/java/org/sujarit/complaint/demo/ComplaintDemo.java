package org.sujarit.complaint.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.Role;
import org.sujarit.account.Accounts;
import org.sujarit.account.lookup.AccountLookup;
import org.sujarit.account.NewAccount;
import org.sujarit.account.Passwords;
import org.sujarit.account.UserAccount;
import org.sujarit.common.ThaiDates;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.Forwarding;
import org.sujarit.complaint.IntakeChannel;
import org.sujarit.complaint.Submission;
import org.sujarit.complaint.internal.CaseFilter;
import org.sujarit.complaint.internal.Complaints.Action;
import org.sujarit.complaint.internal.Complaints;
import org.sujarit.complaint.internal.Views;
import org.sujarit.organization.OrganizationId;

/**
 * Demo complaints for the demo organization (that of {@code demo.planner}): a complaint officer
 * {@code demo.complaints} assigned to both channels, both channels open, and seven cases of the last
 * weeks in every state — answered and rated, under investigation, due soon, overdue with its delay
 * explained, forwarded, just received. Runs after the first start, once, when the organization has no
 * complaint yet.
 */
@Component
@ConditionalOnWebApplication
class ComplaintDemo implements ApplicationRunner {
  static final String OFFICER = "demo.complaints";
  private static final String ADDRESS = "demo";
  private final Accounts accounts;
  private final AccountLookup accountLookup;
  private final Complaints complaints;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final boolean enabled;
  private final String initialPassword;

  ComplaintDemo(Accounts accounts, AccountLookup accountLookup, Complaints complaints, TransactionTemplate tx, Clock clock,
      @Value("${sujarit.demo.enabled:true}") boolean enabled, @Value("${sujarit.admin.initial-password:}") String initialPassword) {
    this.accounts = accounts;
    this.accountLookup = accountLookup;
    this.complaints = complaints;
    this.tx = tx;
    this.clock = clock;
    this.enabled = enabled;
    this.initialPassword = initialPassword;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled || accountLookup.findByUsername(OFFICER).isPresent()) return;
    UserAccount planner = accountLookup.findByUsername("demo.planner").orElse(null);
    UserAccount admin = accountLookup.findByUsername("demo.admin").orElse(null);
    if (planner == null || admin == null || planner.organizationId() == null) return;
    String password = initialPassword.isBlank() ? Passwords.temporary() : initialPassword;
    String receipt = tx.execute(status -> create(new OrganizationId(planner.organizationId()), admin.asCurrentUser(), password));
    String line = "=".repeat(72);
    System.out.println("\n" + line + "\n  Sujarit demo complaints / เรื่องร้องเรียนตัวอย่าง\n  Complaint officer / เจ้าหน้าที่รับเรื่อง:  " + OFFICER
        + "\n  Password / รหัสผ่าน:  " + password + "\n  Tracking code of case 4 / รหัสติดตามเรื่องที่ 4:  " + receipt + "\n" + line);
  }

  private String create(OrganizationId org, CurrentUser admin, String password) {
    CurrentUser officer = accounts.createBySystem(new NewAccount(OFFICER, "นางสาวสุจิตรา ซื่อตรง (นิติกร ศูนย์รับเรื่องร้องเรียน)", password,
        org.value(), null, Set.of(Role.COMPLAINT_OFFICER), null)).asCurrentUser();
    for (Channel c : Channel.values()) complaints.configure(admin, org, new Views.ChannelSetup(c, true, 15, List.of(officer.userId())));
    LocalDate today = LocalDate.now(clock.withZone(ThaiDates.BANGKOK));

    Filed bribery = file(officer, org, Channel.CORRUPTION, true, IntakeChannel.WEB, "BRIBERY", today.minusDays(40),
        "เรียกรับเงินเพื่ออนุมัติใบอนุญาตก่อสร้าง",
        "เจ้าหน้าที่กองช่างแจ้งว่าหากต้องการให้ใบอนุญาตก่อสร้างบ้านออกเร็ว ต้องจ่ายเงิน 3,000 บาท โดยไม่มีใบเสร็จ", "เจ้าหน้าที่กองช่าง", "กองช่าง");
    act(officer, bribery, Action.Kind.ACCEPT, today.minusDays(39), null);
    act(officer, bribery, Action.Kind.INVESTIGATE, today.minusDays(35), null);
    act(officer, bribery, Action.Kind.RESULT, today.minusDays(28), "ตั้งคณะกรรมการสอบข้อเท็จจริงแล้ว พบมูล ดำเนินการทางวินัยและคืนเงินแก่ผู้ร้องเรียน");
    act(officer, bribery, Action.Kind.CLOSE, today.minusDays(27), null);
    complaints.rate(null, bribery.receipt().code(), 5, "ดำเนินการรวดเร็ว ขอบคุณครับ", ADDRESS);

    Filed farm = file(officer, org, Channel.GENERAL, false, IntakeChannel.IN_PERSON, "NUISANCE", today.minusDays(25), "กลิ่นเหม็นจากฟาร์มสุกร",
        "ฟาร์มสุกรข้างหมู่บ้านปล่อยน้ำเสียลงลำห้วย มีกลิ่นเหม็นทั้งวัน", "เจ้าของฟาร์ม", "");
    complaints.act(officer, farm.id(), new Action(Action.Kind.FORWARD, today.minusDays(22), null, Forwarding.Body.DISTRICT, "", "ขก 0023.1/412"));

    Filed light = file(officer, org, Channel.GENERAL, false, IntakeChannel.LINE, "LIGHTING", today.minusDays(20),
        "ไฟถนนดับหน้าโรงเรียนบ้านห้วยทราย", "ไฟส่องสว่างริมถนนหน้าโรงเรียนดับ 3 ดวง มาแล้วหนึ่งสัปดาห์ เด็กนักเรียนเดินกลับบ้านมืด", "", "กองช่าง");
    act(officer, light, Action.Kind.ACCEPT, today.minusDays(19), null);
    act(officer, light, Action.Kind.INVESTIGATE, today.minusDays(18), null);
    act(officer, light, Action.Kind.RESULT, today.minusDays(12), "เปลี่ยนหลอดไฟครบทั้ง 3 ดวงแล้ว");
    act(officer, light, Action.Kind.CLOSE, today.minusDays(11), null);
    complaints.rate(null, light.receipt().code(), 4, "", ADDRESS);

    Filed water = file(officer, org, Channel.GENERAL, true, IntakeChannel.WEB, "WATER", today.minusDays(18), "น้ำประปาขุ่นมีตะกอน",
        "น้ำประปาหมู่ 3 ขุ่นและมีตะกอนมาหลายวัน ใช้อาบไม่ได้", "", "กองช่าง");
    act(officer, water, Action.Kind.EXPLAIN_DELAY, null, "รอผลตรวจคุณภาพน้ำจากการประปาส่วนภูมิภาค คาดว่าจะทราบผลภายในสัปดาห์หน้า");

    Filed procurement = file(officer, org, Channel.CORRUPTION, true, IntakeChannel.LETTER, "PROCUREMENT", today.minusDays(14),
        "สงสัยการฮั้วประมูลโครงการก่อสร้างรางระบายน้ำ",
        "ผู้เสนอราคาทั้ง 3 รายในโครงการก่อสร้างรางระบายน้ำหมู่ 2 เป็นเครือญาติกัน และราคาห่างกันเพียงเล็กน้อย", "คณะกรรมการจัดซื้อจัดจ้าง", "กองคลัง");
    act(officer, procurement, Action.Kind.ACCEPT, today.minusDays(13), null);
    complaints.message(officer, procurement.id(), "ขอบคุณที่แจ้งเบาะแส หากท่านมีเอกสารประกาศผลการเสนอราคาหรือภาพถ่าย กรุณาส่งเพิ่มเติมทางหน้านี้");

    Filed road = file(officer, org, Channel.GENERAL, true, IntakeChannel.TELEPHONE, "ROADS", today.minusDays(10), "ถนนลูกรังหมู่ 5 เป็นหลุมลึก",
        "หลังฝนตก ถนนลูกรังสายหมู่ 5 ไปหมู่ 7 เป็นหลุมลึก รถจักรยานยนต์ล้มแล้ว 2 คัน", "", "กองช่าง");
    act(officer, road, Action.Kind.ACCEPT, today.minusDays(9), null);
    act(officer, road, Action.Kind.INVESTIGATE, today.minusDays(8), null);

    file(officer, org, Channel.CORRUPTION, true, IntakeChannel.TRAFFY_FONDUE, "MISUSE_OF_FUNDS", today.minusDays(3),
        "ใช้รถยนต์ส่วนกลางไปธุระส่วนตัว", "เห็นรถยนต์ส่วนกลางของ อบต. จอดที่ตลาดนัดในวันหยุดเสาร์อาทิตย์เป็นประจำ", "", "สำนักปลัด");
    return procurement.receipt().display();
  }

  private record Filed(UUID id, Views.Receipt receipt) {}

  private void act(CurrentUser officer, Filed f, Action.Kind kind, LocalDate on, String text) {
    complaints.act(officer, f.id(), new Action(kind, on, text, null, null, null));
  }

  /** Registers a case as the officer would when it arrives, and finds it: the newest number of the organization. */
  private Filed file(CurrentUser officer, OrganizationId org, Channel channel, boolean anonymous, IntakeChannel intake,
      String category, LocalDate on, String subject, String details, String persons, String unit) {
    Submission s = new Submission(channel, anonymous, anonymous ? "" : "นายประเสริฐ ใจกล้า", anonymous ? "" : "081-234-5678", !anonymous,
        subject, details, persons, "", "ตำบลห้วยทรายงาม", unit, category, true);
    Views.Receipt receipt = complaints.register(officer, org, s, intake, on, List.of());
    UUID id = complaints.list(officer, org, CaseFilter.ALL, 1).cases().stream().max(Comparator.comparingInt(c -> c.number().sequence()))
        .orElseThrow().id();
    return new Filed(id, receipt);
  }
}
