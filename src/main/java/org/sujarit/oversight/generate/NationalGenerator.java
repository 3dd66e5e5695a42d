package org.sujarit.oversight.generate;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.Json;
import org.sujarit.common.ThaiDates;
import org.sujarit.complaint.CaseContent;
import org.sujarit.complaint.CaseNumber;
import org.sujarit.complaint.CaseSeal;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.Complaint;
import org.sujarit.complaint.Deadline;
import org.sujarit.complaint.Forwarding;
import org.sujarit.complaint.Identity;
import org.sujarit.complaint.IntakeChannel;
import org.sujarit.complaint.Satisfaction;
import org.sujarit.complaint.Submission;
import org.sujarit.monitoring.ProgressStatus;
import org.sujarit.monitoring.ReportingRound;
import org.sujarit.monitoring.RoundDeadlines;
import org.sujarit.monitoring.RoundKind;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.OrganizationKind;
import org.sujarit.organization.UnitId;
import org.sujarit.oversight.figures.Province;
import org.sujarit.oversight.figures.Provinces;
import org.sujarit.plan.ItemKind;
import org.sujarit.plan.PlanItemId;
import org.sujarit.plan.PlanStatus;
import org.sujarit.risk.Measure;
import org.sujarit.risk.Risk;
import org.sujarit.risk.RiskArea;
import org.sujarit.risk.RiskFactor;
import org.sujarit.risk.RiskScore;
import org.sujarit.risk.SurveillanceStatus;
import org.sujarit.risk.TrafficLight;

/**
 * Fills a database with a synthetic country: organizations of every kind in the real numbers across
 * the 77 provinces, each with units, a 2566–2570 plan (or none) of 30–60 items and, for the rounds
 * already due on {@code asOf}, progress records and acknowledgements; complaint cases received up to
 * {@code asOf}, sealed by the complaint module as officers read them, and the risk assessments of the last two fiscal years. Everything follows from the seed
 * (no clock, no {@code random()} in SQL), so one seed gives one country. Rows go in through COPY, in
 * one transaction.
 */
public final class NationalGenerator {
  /** Kinds and counts of Thai LGOs (DLA figures, rounded): 7,850 in all. */
  static final int SAO = 5_300;
  static final int SUBDISTRICT = 2_247;
  static final int TOWN = 195;
  static final int CITY = 30;
  /** Bangkok, Pattaya, and a PAO and a municipality in each of the other 76 provinces. */
  public static final int MINIMUM = 154;
  static final String FRAMEWORK = "NACC_2566";
  static final int FIRST_YEAR = 2566;
  static final int LAST_YEAR = 2570;
  /** The 5 × 5 matrix of {@code risk/matrices/nacc-5x5.json}: its id and levels by likelihood and impact. */
  private static final String MATRIX = "RISK-5x5";
  private static final String[][] GRID = {
      {"LOW", "LOW", "LOW", "MEDIUM", "MEDIUM"}, {"LOW", "LOW", "MEDIUM", "MEDIUM", "HIGH"}, {"LOW", "MEDIUM", "MEDIUM", "HIGH", "HIGH"},
      {"MEDIUM", "MEDIUM", "HIGH", "HIGH", "VERY_HIGH"}, {"MEDIUM", "HIGH", "HIGH", "VERY_HIGH", "VERY_HIGH"}};
  private static final String[] MISSIONS = {"1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "4.1", "4.2", "4.3"};
  private static final String[] PLACE_START = {"หนอง", "บ้าน", "ห้วย", "นา", "โนน", "ดอน", "โคก", "บึง", "ท่า", "วัง", "คลอง",
      "ทุ่ง", "เขา", "แม่", "บาง", "ป่า", "สระ", "ศรี", "ไผ่", "หัว", "ลำ", "โพน"};
  private static final String[] PLACE_END = {"ใหญ่", "น้อย", "ทอง", "แก้ว", "งาม", "สว่าง", "เหนือ", "ใต้", "ยาง", "ขาม", "บัว",
      "แดง", "ขาว", "ทราย", "หลวง", "ดี", "เจริญ", "สมบูรณ์", "พัฒนา", "กลาง", "จันทร์", "โพธิ์", "ตะเคียน", "สำโรง", "มะค่า"};
  private static final ItemKind[] KINDS = {ItemKind.PROJECT, ItemKind.ACTIVITY, ItemKind.MEASURE};
  private static final String[] KIND_WORDS = {"โครงการ", "กิจกรรม", "มาตรการ"};
  private static final String[] UNITS = {"สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา ศาสนาและวัฒนธรรม", "กองสาธารณสุขและสิ่งแวดล้อม"};
  private static final String[] ITEM_TOPICS = {"ส่งเสริมคุณธรรมจริยธรรมของบุคลากร", "เผยแพร่ข้อมูลข่าวสารต่อสาธารณะ", "เสริมสร้างความโปร่งใสในการจัดซื้อจัดจ้าง",
      "รับฟังความคิดเห็นของประชาชน", "จัดการเรื่องร้องเรียนการทุจริต", "ตรวจสอบภายในประจำปี", "ประเมินความเสี่ยงการทุจริต",
      "ปลูกฝังความซื่อสัตย์แก่เด็กและเยาวชน", "No Gift Policy", "ส่งเสริมบทบาทสภาท้องถิ่นในการตรวจสอบ", "ประชาคมหมู่บ้าน",
      "อบรมกฎหมายป้องกันการทุจริต", "ลดขั้นตอนการให้บริการประชาชน", "เปิดเผยการใช้จ่ายงบประมาณ"};
  /** The subject of a synthetic complaint by its category ({@code Submission.CATEGORIES}). */
  private static final Map<String, String> TOPICS = Map.ofEntries(Map.entry("ROADS", "ถนนชำรุดเป็นหลุมบ่อ"),
      Map.entry("WATER", "น้ำประปาไม่ไหลหรือขุ่น"), Map.entry("WASTE", "ขยะไม่ได้รับการจัดเก็บตามรอบ"),
      Map.entry("LIGHTING", "ไฟฟ้าส่องสว่างทางสาธารณะดับ"), Map.entry("NUISANCE", "เหตุเดือดร้อนรำคาญจากเสียงและกลิ่น"),
      Map.entry("SERVICE", "การให้บริการล่าช้าที่สำนักงาน"), Map.entry("BRIBERY", "การเรียกรับเงินเพื่อเร่งออกใบอนุญาต"),
      Map.entry("PROCUREMENT", "การจัดซื้อจัดจ้างที่อาจเอื้อประโยชน์แก่ผู้รับจ้างบางราย"),
      Map.entry("ABUSE_OF_POWER", "การใช้อำนาจหน้าที่โดยมิชอบ"), Map.entry("MISUSE_OF_FUNDS", "การใช้งบประมาณไม่ตรงตามวัตถุประสงค์"),
      Map.entry("CONFLICT_OF_INTEREST", "การมีส่วนได้เสียในสัญญาขององค์กร"), Map.entry("MISCONDUCT", "การปฏิบัติหน้าที่ไม่เหมาะสมของเจ้าหน้าที่"));
  private static final String[] RESULTS = {"ตรวจสอบแล้วและดำเนินการแก้ไขเรียบร้อย แจ้งผลให้ผู้ร้องทราบแล้ว",
      "ตรวจสอบแล้วไม่พบการกระทำผิดตามที่ร้องเรียน ได้ชี้แจงข้อเท็จจริงแล้ว", "บรรจุไว้ในแผนการซ่อมแซมของปีงบประมาณถัดไป",
      "ตั้งคณะกรรมการสอบข้อเท็จจริงและลงโทษทางวินัยตามระเบียบ"};
  private static final String[] GIVERS = {"ห้างหุ้นส่วนจำกัดรับเหมาสมมุติ", "บริษัทวัสดุก่อสร้างสมมุติ จำกัด", "ผู้ประกอบการในพื้นที่",
      "ผู้นำชุมชน", "ร้านค้าในตำบล"};
  private static final String[] GIFTS = {"กระเช้าผลไม้", "ปฏิทินและสมุดบันทึก", "ของที่ระลึกประจำจังหวัด", "ชุดเครื่องดื่ม", "บัตรกำนัลห้างสรรพสินค้า"};
  private static final String[] OCCASIONS = {"เทศกาลปีใหม่", "วันสงกรานต์", "งานบุญประจำปี", "โอกาสเข้ารับตำแหน่ง"};
  private static final Forwarding.Body[] FORWARD_TO = {Forwarding.Body.NACC, Forwarding.Body.PACC, Forwarding.Body.DAMRONGDHAM_CENTRE,
      Forwarding.Body.DISTRICT, Forwarding.Body.PROVINCE};

  private final long seed;
  private final LocalDate asOf;
  private final int organizations;
  private final CaseSeal seal;
  private final String plannerPasswordHash;

  /**
   * @param organizations how many to generate: 7,850 for the country; fewer (at least {@link #MINIMUM}) scale the SAOs and municipalities down
   * @param plannerPasswordHash when not null, every organization gets a PLANNER account
   *     {@code planner<N>} (N its number from 1, as {@link #plannerName}) with this password hash, so
   *     that load tests can sign in as the officers of hundreds of organizations
   */
  public NationalGenerator(long seed, LocalDate asOf, int organizations, CaseSeal seal, String plannerPasswordHash) {
    if (organizations < MINIMUM) throw new IllegalArgumentException("at least " + MINIMUM + " organizations");
    this.seed = seed;
    this.asOf = asOf;
    this.organizations = organizations;
    this.seal = seal;
    this.plannerPasswordHash = plannerPasswordHash;
  }

  /** The user name of the generated planner of the organization numbered {@code n} (from 1, in generation order). */
  public static String plannerName(int n) {
    return "planner" + n;
  }

  public record Result(int organizations, int plans, long items, long progressRecords, long acknowledgedRounds, long complaints,
      long riskAssessments, long surveillanceReports, long noGiftPolicies, long noGiftSigned, long gifts, long millis) {}

  public Result generate(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        Result r = generate(c);
        c.commit();
        return r;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** Writes the country on {@code c} within the caller's transaction (a test rolls it back to generate the same seed again). */
  public Result generate(Connection c) throws SQLException {
    long start = System.nanoTime();
    Random random = new Random(seed);
    List<Org> orgs = organizations(random);
    CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
    try (Copy o = new Copy(copy, "organization (id, name, kind, province, district, parent_id, created_at)")) {
      for (Org org : orgs) o.row(org.id, org.name, org.kind.name(), org.province.name(), null, null, ts(org.created));
    }
    try (Copy u = new Copy(copy, "org_unit (id, organization_id, name, active)")) {
      for (Org org : orgs) for (int i = 0; i < org.units.length; i++) u.row(org.units[i], org.id, UNITS[i], "t");
    }
    if (plannerPasswordHash != null) planners(copy, orgs);
    int plans = 0;
    long items = 0;
    for (Org org : orgs) {
      org.plan = plan(org, new Random(seed * 31 + org.index));
      if (org.plan == null) continue;
      plans++;
      items += org.plan.items.size();
    }
    // one COPY at a time on a connection: plans, their versions, their items
    try (Copy p = new Copy(copy, "plan (id, organization_id, created_at)")) {
      for (Org org : orgs) if (org.plan != null) p.row(org.plan.id, org.id, ts(org.plan.created));
    }
    try (Copy v = new Copy(copy, "plan_version (plan_id, version, status, framework_code, first_year, last_year, title, introduction,"
        + " revision, created_at, created_by, submitted_at, submitted_by, approved_at, approved_by, published_at, published_by, updated_at)")) {
      for (Org org : orgs) {
        PlanData pl = org.plan;
        if (pl == null) continue;
        v.row(pl.id, 1, pl.status.name(), FRAMEWORK, FIRST_YEAR, LAST_YEAR, "แผนปฏิบัติการป้องกันการทุจริต พ.ศ. 2566–2570 " + org.name,
            "{\"risks\":[],\"rationale\":null,\"objectives\":[],\"goals\":[],\"benefits\":[]}", 0, ts(pl.created), "generator",
            ts(pl.submitted), pl.submitted == null ? null : "generator", ts(pl.approved), pl.approved == null ? null : "generator",
            ts(pl.published), pl.published == null ? null : "generator", ts(pl.published != null ? pl.published : pl.created));
      }
    }
    try (Copy it = new Copy(copy, "plan_item (plan_id, version, id, mission_code, sequence, kind, name, budget, quarters, responsible_units)")) {
      for (Org org : orgs) {
        if (org.plan == null) continue;
        Random r = new Random(seed * 71 + org.index);
        for (Item item : org.plan.items) {
          it.row(org.plan.id, 1, item.id, item.mission, item.sequence, item.kind.name(), item.name, item.budgetJson(), item.quartersJson(r),
              "[\"" + org.units[item.unit] + "\"]");
        }
      }
    }
    long records = 0;
    List<Object[]> acknowledgements = new ArrayList<>();
    try (Copy pr = new Copy(copy, "progress_record (id, organization_id, plan_id, plan_version, item_id, fiscal_year, round, version,"
            + " status, done_text, spent, indicators, reason, review_status, saved_by, saved_at, reviewed_by, reviewed_at)")) {
      for (Org org : orgs) {
        if (org.plan == null || !org.plan.status.inForce()) continue;
        Random r = new Random(seed * 131 + org.index);
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
          for (RoundKind kind : RoundKind.values()) {
            LocalDate due = ReportingRound.of(year, kind).dueDate(RoundDeadlines.DEFAULT);
            if (due.isAfter(asOf)) continue;
            if (r.nextDouble() >= 0.88) continue; // this organization did not report the round
            boolean late = r.nextDouble() < 0.15;
            LocalDate savedDay = late ? due.plusDays(1 + r.nextInt(40)) : due.minusDays(r.nextInt(25));
            if (savedDay.isAfter(asOf)) savedDay = asOf;
            boolean acknowledge = r.nextDouble() < 0.8;
            for (Item item : org.plan.items) {
              ProgressStatus status = status(kind, r);
              long planned = item.budget[year - FIRST_YEAR];
              long spent = planned == 0 ? 0 : switch (status) {
                case DONE -> planned * (70 + r.nextInt(31)) / 100;
                case IN_PROGRESS -> planned * (10 + r.nextInt(50)) / 100;
                default -> 0;
              };
              boolean accepted = acknowledge || r.nextDouble() < 0.7;
              Instant saved = at(savedDay, r);
              pr.row(new UUID(r.nextLong(), r.nextLong()), org.id, org.plan.id, 1, item.id, year, kind.name(), 1, status.name(),
                  status == ProgressStatus.DONE ? "ดำเนินการตามแผนแล้ว" : null, spent + ".00", "[]",
                  status.needsReason() ? "ไม่ได้รับการจัดสรรงบประมาณ" : null, accepted ? "ACCEPTED" : "SUBMITTED", "generator", ts(saved),
                  accepted ? "generator" : null, accepted ? ts(saved.plusSeconds(86_400)) : null);
              records++;
            }
            if (acknowledge) {
              acknowledgements.add(new Object[] {org.plan.id, year, kind.name(), "generator",
                  ts(at(savedDay.plusDays(2 + r.nextInt(10)), r)), "นายกองค์กร " + org.name});
            }
          }
        }
      }
    }
    try (Copy rd = new Copy(copy, "progress_round (plan_id, fiscal_year, round, acknowledged_by, acknowledged_at, acknowledged_name)")) {
      for (Object[] a : acknowledgements) rd.row(a);
    }
    long acknowledged = acknowledgements.size();
    long complaints = complaints(copy, orgs);
    long[] risk = riskAssessments(copy, orgs);
    long[] noGift = noGift(copy, orgs);
    return new Result(orgs.size(), plans, items, records, acknowledged, complaints, risk[0], risk[1], noGift[0], noGift[1], noGift[2],
        (System.nanoTime() - start) / 1_000_000);
  }

  /** One PLANNER per organization, not in a unit, with a password that needs no change at sign-in. */
  private void planners(CopyManager copy, List<Org> orgs) throws SQLException {
    List<UUID> ids = new ArrayList<>();
    try (Copy u = new Copy(copy, "app_user (id, username, display_name, password_hash, organization_id, created_at, password_changed_at)")) {
      for (Org org : orgs) {
        UUID id = new UUID(seed * 223 + org.index, org.index);
        ids.add(id);
        u.row(id, plannerName(org.index + 1), "ผู้จัดทำแผน " + org.name, plannerPasswordHash, org.id, ts(org.created), ts(org.created));
      }
    }
    try (Copy r = new Copy(copy, "user_role (user_id, role)")) {
      for (UUID id : ids) r.row(id, "PLANNER");
    }
  }

  // ---- complaints and risk assessments -----------------------------------------------------------

  /**
   * Both channels of every organization (the corruption channel open to the public in most) and the cases
   * received from the plan's second year to {@code asOf}, each taken through its steps by the complaint
   * domain ({@link Complaint}) and sealed by the complaint module ({@link CaseSeal}) under the installation
   * key, with the history its officers' page reads: an officer opens a synthetic case like a real one.
   */
  private long complaints(CopyManager copy, List<Org> orgs) throws SQLException {
    try (Copy ch = new Copy(copy, "complaint_channel (organization_id, channel, open, deadline_days)")) {
      for (Org org : orgs) {
        Random r = new Random(seed * 173 + org.index);
        ch.row(org.id, Channel.GENERAL.name(), r.nextDouble() < 0.5 ? "t" : "f", Deadline.DEFAULT_DAYS);
        ch.row(org.id, Channel.CORRUPTION.name(), r.nextDouble() < 0.75 ? "t" : "f", Deadline.DEFAULT_DAYS);
      }
    }
    int lastYear = FiscalYear.containing(asOf).value();
    List<Object[]> counters = new ArrayList<>();
    List<Object[]> history = new ArrayList<>();
    long cases = 0;
    try (Copy cc = new Copy(copy, "complaint_case (id, organization_id, fiscal_year, sequence, channel, intake, category, received_on, due_on,"
        + " status, answered_on, satisfaction, anonymous, wants_updates, key_id, wrapped_key, sealed_content, sealed_identity, sealed_outcome,"
        + " created_at)")) {
      for (Org org : orgs) {
        Random r = new Random(seed * 191 + org.index);
        int size = switch (org.kind) {
          case BANGKOK -> 120;
          case PATTAYA, PAO, CITY_MUNICIPALITY -> 12;
          case TOWN_MUNICIPALITY -> 6;
          default -> 3;
        };
        for (int year = FIRST_YEAR + 1; year <= lastYear; year++) {
          FiscalYear fy = FiscalYear.of(year);
          long days = java.time.temporal.ChronoUnit.DAYS.between(fy.firstDay(), asOf.isBefore(fy.lastDay()) ? asOf : fy.lastDay()) + 1;
          int count = days <= 0 ? 0 : (int) (r.nextInt(2 * size + 1) * Math.min(1.0, days / 365.0));
          for (int n = 1; n <= count; n++) {
            LocalDate received = fy.firstDay().plusDays(r.nextInt((int) days));
            Channel channel = r.nextDouble() < 0.3 ? Channel.CORRUPTION : Channel.GENERAL;
            List<String> categories = Submission.CATEGORIES.get(channel);
            String category = categories.get(r.nextInt(categories.size()));
            IntakeChannel intake = IntakeChannel.values()[r.nextInt(IntakeChannel.values().length)];
            Complaint c = new Complaint(new UUID(r.nextLong(), r.nextLong()), org.id, new CaseNumber(n, fy), channel, intake, category,
                received, Deadline.DEFAULT);
            handle(c, received.plusDays(1 + r.nextInt(r.nextDouble() < 0.8 ? 15 : 45)), r);
            boolean anonymous = r.nextBoolean();
            CaseSeal.Sealed sealed = seal.seal(c, content(c, org, r), anonymous ? null
                : new Identity("ผู้ร้องเรียนสมมุติ " + (1 + r.nextInt(9_999)), "08" + (10_000_000 + r.nextInt(89_999_999)), false));
            Instant created = at(received, r);
            cc.row(c.id(), org.id, year, n, channel.name(), intake.name(), c.category(), received, c.dueOn(), c.status().name(), c.answeredOn(),
                c.satisfaction() == null ? 0 : c.satisfaction().score(), anonymous ? "t" : "f", "f", sealed.keyId(), bytea(sealed.wrappedKey()),
                bytea(sealed.content()), sealed.identity() == null ? null : bytea(sealed.identity()), bytea(sealed.outcome()), ts(created));
            int step = 0;
            for (CaseSeal.HistoryStep h : CaseSeal.history(c)) {
              history.add(new Object[] {c.id(), ts(step == 0 ? created : h.on().atTime(9, step).toInstant(ZoneOffset.ofHours(7))),
                  step == 0 && intake == IntakeChannel.WEB ? CaseSeal.COMPLAINANT : "generator", h.action(), h.to().name(), h.on()});
              step++;
            }
            cases++;
          }
          if (count > 0) counters.add(new Object[] {org.id, year, count});
        }
      }
    }
    try (Copy events = new Copy(copy, "complaint_event (case_id, at, actor, action, to_status, on_date)")) {
      for (Object[] e : history) events.row(e);
    }
    try (Copy counter = new Copy(copy, "complaint_counter (organization_id, fiscal_year, last)")) {
      for (Object[] c : counters) counter.row(c);
    }
    return cases;
  }

  /**
   * Takes a received case to where it stands on {@code asOf}: still accepted or under investigation
   * (answer due after {@code asOf}, or one in twelve), forwarded, not in scope, answered with a result, or
   * closed after its answer (a rating for some).
   */
  private void handle(Complaint c, LocalDate answered, Random r) {
    int x = r.nextInt(100);
    LocalDate accepted = c.receivedOn().plusDays(1).isAfter(asOf) ? c.receivedOn() : c.receivedOn().plusDays(1);
    if (answered.isAfter(asOf) || x < 8) {
      c.accept(accepted);
      if (x % 2 == 1) c.startInvestigation(accepted);
    } else if (x < 13) {
      c.forward(new Forwarding(FORWARD_TO[r.nextInt(FORWARD_TO.length)], "", answered, "สมมุติ " + (1 + r.nextInt(999)) + "/" + c.number().year().value()));
    } else if (x < 45 || x >= 55) {
      c.accept(accepted.isAfter(answered) ? answered : accepted);
      c.startInvestigation(answered);
      c.recordResult(RESULTS[r.nextInt(RESULTS.length)], answered);
    } else {
      c.rejectAsNotInScope("เรื่องนี้อยู่นอกอำนาจหน้าที่ขององค์กรตามกฎหมายจัดตั้ง จึงแนะนำให้ยื่นต่อหน่วยงานที่รับผิดชอบ", answered);
    }
    if (x >= 55 && !answered.isAfter(asOf)) {
      LocalDate closed = answered.plusDays(r.nextInt(10));
      c.close(closed.isAfter(asOf) ? asOf : closed);
      if (r.nextDouble() < 0.4) c.rate(new Satisfaction(3 + r.nextInt(3), ""));
    }
  }

  /** What a complainant of {@code c}'s channel and category might write; the texts are synthetic and name nobody real. */
  private static CaseContent content(Complaint c, Org org, Random r) {
    String topic = TOPICS.getOrDefault(c.category(), "เรื่องอื่น ๆ ที่ต้องการให้ตรวจสอบ");
    String village = "หมู่ที่ " + (1 + r.nextInt(15));
    String details = "ข้าพเจ้าขอร้องเรียนเรื่อง" + topic + " บริเวณ" + village + " ซึ่งเกิดขึ้นมาแล้วหลายครั้ง"
        + " ขอให้" + org.name + "ตรวจสอบและแจ้งผลให้ทราบ (ข้อความสมมุติจากชุดข้อมูลทดสอบ)";
    return new CaseContent(topic, details, c.channel() == Channel.CORRUPTION ? "เจ้าหน้าที่" + UNITS[r.nextInt(UNITS.length)] : "",
        ThaiDates.longDate(c.receivedOn().minusDays(r.nextInt(30))), village, c.channel() == Channel.CORRUPTION ? UNITS[r.nextInt(UNITS.length)] : "");
  }

  /** A bytea in COPY's text format: {@code \x} and hex (the backslash doubled for COPY). */
  private static String bytea(byte[] bytes) {
    return "\\\\x" + HexFormat.of().formatHex(bytes);
  }

  /**
   * The assessments of the fiscal year of {@code asOf} and the one before, on the 5 × 5 matrix: most
   * approved (some acknowledged), some drafts, some organizations without. Orange and red risks are rated;
   * most rated ones have measures, items of the plan where there is one; controls are not assessed. For
   * a third of the approved assessments whose half-year round is due, the units report on every risk in
   * that round (mostly green; some accepted by the drafter).
   *
   * @return the assessments and the surveillance reports
   */
  private long[] riskAssessments(CopyManager copy, List<Org> orgs) throws SQLException {
    int lastYear = FiscalYear.containing(asOf).value();
    long n = 0;
    List<Object[]> reports = new ArrayList<>();
    try (Copy ra = new Copy(copy, "risk_assessment (id, organization_id, fiscal_year, matrix_id, matrix_version, status, revision, risks,"
        + " created_by, created_at, approved_by, approved_at, acknowledged_by, acknowledged_at, acknowledgement_note)")) {
      for (Org org : orgs) {
        Random r = new Random(seed * 211 + org.index);
        for (int year = lastYear - 1; year <= lastYear; year++) {
          if (r.nextDouble() < 0.12) continue;
          LocalDate created = FiscalYear.of(year).firstDay().minusDays(30 - r.nextInt(60));
          LocalDate approvedOn = created.plusDays(10 + r.nextInt(60));
          boolean approved = !approvedOn.isAfter(asOf) && r.nextDouble() < 0.85;
          boolean acknowledged = approved && r.nextDouble() < 0.6;
          UUID id = new UUID(r.nextLong(), r.nextLong());
          List<Risk> risks = risks(org, r);
          ra.row(id, org.id, year, MATRIX, 1, approved ? "APPROVED" : "DRAFT", 1,
              Json.write(risks), "generator", ts(at(created, r)), approved ? "generator" : null, approved ? ts(at(approvedOn, r)) : null,
              acknowledged ? "generator" : null, acknowledged ? ts(at(approvedOn.plusDays(5), r)) : null, null);
          n++;
          LocalDate due = ReportingRound.of(year, RoundKind.HALF_YEAR).dueDate(RoundDeadlines.DEFAULT);
          if (!approved || due.isAfter(asOf) || r.nextDouble() >= 0.33) continue;
          boolean accepted = r.nextDouble() < 0.6;
          for (Risk risk : risks) {
            int x = r.nextInt(100);
            SurveillanceStatus status = x < 75 ? SurveillanceStatus.GREEN : x < 95 ? SurveillanceStatus.YELLOW : SurveillanceStatus.RED;
            reports.add(new Object[] {id, risk.id(), year, RoundKind.HALF_YEAR.name(), status.name(),
                status == SurveillanceStatus.GREEN ? null : "พบการร้องขอผลประโยชน์ในขั้นตอนนี้ ได้แจ้งผู้บังคับบัญชาและทบทวนมาตรการแล้ว",
                "generator", ts(at(due.minusDays(r.nextInt(20)), r)), accepted ? "ACCEPTED" : "SUBMITTED", accepted ? "generator" : null,
                accepted ? ts(at(due, r)) : null});
          }
        }
      }
    }
    try (Copy rs = new Copy(copy, "risk_surveillance (assessment_id, risk_id, fiscal_year, round, status, happened, reported_by, reported_at,"
        + " review, reviewed_by, reviewed_at)")) {
      for (Object[] row : reports) rs.row(row);
    }
    return new long[] {n, reports.size()};
  }

  /**
   * The No Gift policy of each organization from the plan's second year to the fiscal year of
   * {@code asOf}: most announce it in the first two months of the year, signed by the executive (whose
   * title the announcement prints), some leave a draft, a few nothing; the culture-building activities
   * name items of the plan in force. About a third register gifts received or given (some over the
   * 3,000-baht limit, a few handed to the organization).
   *
   * @return policies, signed announcements, gifts
   */
  private long[] noGift(CopyManager copy, List<Org> orgs) throws SQLException {
    int lastYear = FiscalYear.containing(asOf).value();
    long policies = 0;
    long signed = 0;
    List<Object[]> gifts = new ArrayList<>();
    try (Copy np = new Copy(copy, "nogift_policy (organization_id, fiscal_year, announced_on, status, signed_on, signed_by, signed_at,"
        + " signer_name, signer_position, activity_items, activity_note, updated_by, updated_at)")) {
      for (Org org : orgs) {
        Random r = new Random(seed * 233 + org.index);
        String title = new Organization(new OrganizationId(org.id), org.name, org.kind, org.province.name(), null, null).executiveTitle();
        for (int year = FIRST_YEAR + 1; year <= lastYear; year++) {
          FiscalYear fy = FiscalYear.of(year);
          int x = r.nextInt(100);
          LocalDate on = fy.firstDay().plusDays(r.nextInt(60));
          if (x < 88) {
            boolean sign = x < 80 && !on.isAfter(asOf);
            Set<PlanItemId> activities = new java.util.LinkedHashSet<>();
            if (org.plan != null && org.plan.status.inForce() && r.nextDouble() < 0.7) {
              for (int i = 1 + r.nextInt(2); i > 0; i--) activities.add(new PlanItemId(org.plan.items.get(r.nextInt(org.plan.items.size())).id));
            }
            String note = r.nextDouble() < 0.3 ? "จัดกิจกรรมรณรงค์ไม่รับของขวัญช่วงปีใหม่ และประชาสัมพันธ์ทางเว็บไซต์ขององค์กร" : null;
            Instant updated = at(sign ? on : on.minusDays(3), r);
            np.row(org.id, year, on, sign ? "SIGNED" : "DRAFT", sign ? on : null, sign ? "generator" : null, sign ? ts(updated) : null,
                sign ? "ผู้บริหารสมมุติ " + org.name : null, sign ? title : null, Json.write(List.copyOf(activities)),
                note, "generator", ts(updated));
            policies++;
            if (sign) signed++;
          }
          if (r.nextDouble() >= 0.35) continue;
          LocalDate last = asOf.isBefore(fy.lastDay()) ? asOf : fy.lastDay();
          long days = java.time.temporal.ChronoUnit.DAYS.between(fy.firstDay(), last) + 1;
          if (days <= 0) continue;
          for (int g = 1 + r.nextInt(5); g > 0; g--) {
            boolean received = r.nextDouble() < 0.85;
            int value = r.nextDouble() < 0.1 ? 3_000 + r.nextInt(7_000) : 200 + r.nextInt(2_500);
            String decision = !received ? "NOT_APPLICABLE" : value > 3_000 ? (r.nextBoolean() ? "RETURNED" : "HANDED_TO_ORGANIZATION")
                : "KEPT_UNDER_RULES";
            LocalDate day = fy.firstDay().plusDays(r.nextInt((int) days));
            gifts.add(new Object[] {new UUID(r.nextLong(), r.nextLong()), org.id, year, received ? "RECEIVED" : "GIVEN",
                "เจ้าหน้าที่" + UNITS[r.nextInt(UNITS.length)], received ? GIVERS[r.nextInt(GIVERS.length)] : "ส่วนราชการในจังหวัด" + org.province.name(),
                GIFTS[r.nextInt(GIFTS.length)], OCCASIONS[r.nextInt(OCCASIONS.length)], value + ".00", day, decision, null, "generator", null,
                ts(at(day, r))});
          }
        }
      }
    }
    try (Copy gr = new Copy(copy, "gift_record (id, organization_id, fiscal_year, direction, person, counterparty, description, occasion, value,"
        + " given_on, decision, note, recorded_by, recorded_by_id, recorded_at)")) {
      for (Object[] row : gifts) gr.row(row);
    }
    return new long[] {policies, signed, gifts.size()};
  }

  private static List<Risk> risks(Org org, Random r) {
    List<Risk> risks = new ArrayList<>();
    int count = 3 + r.nextInt(8);
    for (int i = 0; i < count; i++) {
      TrafficLight light = TrafficLight.values()[r.nextInt(TrafficLight.values().length)];
      RiskScore score = null;
      if (light.needsRating()) {
        int likelihood = 1 + r.nextInt(5);
        int impact = 1 + r.nextInt(5);
        score = new RiskScore(MATRIX, 1, likelihood, impact, GRID[likelihood - 1][impact - 1]);
      }
      List<Measure> measures = new ArrayList<>();
      if (score != null && r.nextDouble() < 0.8) {
        UUID id = new UUID(r.nextLong(), r.nextLong());
        measures.add(org.plan != null && !org.plan.items.isEmpty()
            ? new Measure(id, new PlanItemId(org.plan.items.get(r.nextInt(org.plan.items.size())).id), null, null, null, null)
            : new Measure(id, null, "กำหนดขั้นตอนการตรวจสอบซ้ำโดยผู้บังคับบัญชา", new UnitId(org.units[0]), null, null));
      }
      UUID id = new UUID(r.nextLong(), r.nextLong());
      risks.add(new Risk(id, id, RiskArea.BUILT_IN.get(r.nextInt(RiskArea.BUILT_IN.size())), UNITS[r.nextInt(UNITS.length)],
          "โอกาสการเรียกรับผลประโยชน์ในขั้นตอนที่ " + (i + 1), RiskFactor.KNOWN, new UnitId(org.units[r.nextInt(org.units.length)]),
          light, score, null, null, measures, null, null, null));
    }
    return risks;
  }

  private static ProgressStatus status(RoundKind kind, Random r) {
    int x = r.nextInt(100);
    if (kind == RoundKind.FULL_YEAR) {
      return x < 70 ? ProgressStatus.DONE : x < 82 ? ProgressStatus.IN_PROGRESS : x < 90 ? ProgressStatus.NOT_STARTED
          : x < 96 ? ProgressStatus.POSTPONED : ProgressStatus.CANCELLED;
    }
    return x < 30 ? ProgressStatus.DONE : x < 75 ? ProgressStatus.IN_PROGRESS : x < 95 ? ProgressStatus.NOT_STARTED
        : x < 98 ? ProgressStatus.POSTPONED : ProgressStatus.CANCELLED;
  }

  // ---- organizations -----------------------------------------------------------------------------

  private List<Org> organizations(Random random) {
    List<Province> provinces = Provinces.get().all();
    List<Province> outsideBangkok = provinces.stream().filter(p -> !p.code().equals("10")).toList();
    double scale = organizations / 7_850.0;
    double[] weights = new double[outsideBangkok.size()];
    for (int i = 0; i < weights.length; i++) weights[i] = 0.4 + 1.2 * random.nextDouble();
    List<Org> out = new ArrayList<>();
    List<Set<String>> names = new ArrayList<>();
    for (int i = 0; i < outsideBangkok.size(); i++) names.add(new HashSet<>());
    // Bangkok and Pattaya, one PAO per province, one town (the provincial seat) per province unless it is a city
    out.add(new Org(out.size(), OrganizationKind.BANGKOK, "กรุงเทพมหานคร", provinces.get(0), random));
    Province chonBuri = Provinces.get().find("20").orElseThrow();
    out.add(new Org(out.size(), OrganizationKind.PATTAYA, "เมืองพัทยา", chonBuri, random));
    int cities = Math.max(1, (int) Math.round(CITY * scale));
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < outsideBangkok.size(); i++) order.add(i);
    java.util.Collections.shuffle(order, random);
    Set<Integer> withCity = new HashSet<>(order.subList(0, Math.min(cities, order.size())));
    for (int i = 0; i < outsideBangkok.size(); i++) {
      Province p = outsideBangkok.get(i);
      out.add(new Org(out.size(), OrganizationKind.PAO, "องค์การบริหารส่วนจังหวัด" + p.name(), p, random));
      OrganizationKind seat = withCity.contains(i) ? OrganizationKind.CITY_MUNICIPALITY : OrganizationKind.TOWN_MUNICIPALITY;
      out.add(new Org(out.size(), seat, (seat == OrganizationKind.CITY_MUNICIPALITY ? "เทศบาลนคร" : "เทศบาลเมือง") + p.name(), p, random));
    }
    int fixed = out.size();
    int towns = Math.max(0, (int) Math.round((TOWN + CITY) * scale) - outsideBangkok.size());
    int rest = organizations - fixed - towns;
    int subdistricts = (int) Math.round(rest * (double) SUBDISTRICT / (SAO + SUBDISTRICT));
    int saos = rest - subdistricts;
    spread(out, towns, OrganizationKind.TOWN_MUNICIPALITY, "เทศบาลเมือง", outsideBangkok, weights, names, random);
    spread(out, subdistricts, OrganizationKind.SUBDISTRICT_MUNICIPALITY, "เทศบาลตำบล", outsideBangkok, weights, names, random);
    spread(out, saos, OrganizationKind.SAO, "องค์การบริหารส่วนตำบล", outsideBangkok, weights, names, random);
    return out;
  }

  /** Deals {@code count} organizations to provinces in proportion to their weights. */
  private static void spread(List<Org> out, int count, OrganizationKind kind, String prefix, List<Province> provinces,
      double[] weights, List<Set<String>> names, Random random) {
    double total = 0;
    for (double w : weights) total += w;
    int dealt = 0;
    for (int i = 0; i < provinces.size(); i++) {
      double cumulative = 0;
      for (int j = 0; j <= i; j++) cumulative += weights[j];
      int upTo = (int) Math.round(count * cumulative / total);
      for (; dealt < upTo; dealt++) {
        out.add(new Org(out.size(), kind, prefix + place(names.get(i), prefix, random), provinces.get(i), random));
      }
    }
  }

  private static String place(Set<String> used, String prefix, Random random) {
    for (int attempt = 0; ; attempt++) {
      String name = PLACE_START[random.nextInt(PLACE_START.length)] + PLACE_END[random.nextInt(PLACE_END.length)]
          + (attempt > 50 ? String.valueOf(attempt) : "");
      if (used.add(prefix + name)) return name;
    }
  }

  // ---- plans -------------------------------------------------------------------------------------

  private PlanData plan(Org org, Random r) {
    int x = r.nextInt(100);
    if (x < 4) return null;
    PlanStatus status = x < 10 ? PlanStatus.DRAFT : x < 12 ? PlanStatus.SUBMITTED : x < 25 ? PlanStatus.APPROVED : PlanStatus.PUBLISHED;
    PlanData p = new PlanData();
    p.id = new UUID(r.nextLong(), r.nextLong());
    p.status = status;
    boolean onTime = r.nextDouble() < 0.7;
    LocalDate firstDay = FiscalYear.of(FIRST_YEAR).firstDay();
    LocalDate approved = onTime ? firstDay.minusDays(1 + r.nextInt(60)) : firstDay.plusDays(r.nextInt(270));
    p.created = at(approved.minusDays(30 + r.nextInt(60)), r);
    if (status != PlanStatus.DRAFT) p.submitted = at(approved.minusDays(3 + r.nextInt(10)), r);
    if (status.inForce()) p.approved = at(approved, r);
    if (status == PlanStatus.PUBLISHED) p.published = at(approved.plusDays(r.nextInt(15)), r);
    int count = 30 + r.nextInt(31);
    int[] perMission = new int[MISSIONS.length];
    for (int i = 0; i < count; i++) perMission[i < MISSIONS.length ? i : r.nextInt(MISSIONS.length)]++;
    for (int m = 0; m < MISSIONS.length; m++) {
      for (int s = 1; s <= perMission[m]; s++) {
        Item item = new Item();
        item.id = new UUID(r.nextLong(), r.nextLong());
        item.mission = MISSIONS[m];
        item.sequence = s;
        int k = r.nextInt(3);
        item.kind = KINDS[k];
        item.name = KIND_WORDS[k] + ITEM_TOPICS[r.nextInt(ITEM_TOPICS.length)] + " " + MISSIONS[m] + "." + s;
        item.unit = r.nextInt(org.units.length);
        item.budget = new long[LAST_YEAR - FIRST_YEAR + 1];
        boolean funded = r.nextDouble() < 0.6;
        for (int y = 0; y < item.budget.length; y++) item.budget[y] = funded ? (5 + r.nextInt(296)) * 1_000L : 0;
        p.items.add(item);
      }
    }
    return p;
  }

  private static Instant at(LocalDate day, Random r) {
    return day.atTime(8, 0).plusSeconds(r.nextInt(9 * 3600)).toInstant(ZoneOffset.ofHours(7));
  }

  private static String ts(Instant i) {
    return i == null ? null : i.toString();
  }

  private static final class Org {
    final int index;
    final UUID id;
    final OrganizationKind kind;
    final String name;
    final Province province;
    final Instant created;
    final UUID[] units;
    PlanData plan;

    Org(int index, OrganizationKind kind, String name, Province province, Random random) {
      this.index = index;
      this.id = new UUID(random.nextLong(), random.nextLong());
      this.kind = kind;
      this.name = name;
      this.province = province;
      this.created = Instant.parse("2022-06-01T03:00:00Z").plusSeconds(index * 60L);
      this.units = new UUID[3 + random.nextInt(UNITS.length - 2)];
      for (int i = 0; i < units.length; i++) units[i] = new UUID(random.nextLong(), random.nextLong());
    }
  }

  private static final class PlanData {
    UUID id;
    PlanStatus status;
    Instant created;
    Instant submitted;
    Instant approved;
    Instant published;
    final List<Item> items = new ArrayList<>();
  }

  private static final class Item {
    UUID id;
    String mission;
    int sequence;
    ItemKind kind;
    String name;
    int unit;
    long[] budget;

    String budgetJson() {
      StringBuilder sb = new StringBuilder("{");
      for (int y = 0; y < budget.length; y++) sb.append(y == 0 ? "" : ",").append('"').append(FIRST_YEAR + y).append("\":").append(budget[y]).append(".00");
      return sb.append('}').toString();
    }

    String quartersJson(Random r) {
      StringBuilder sb = new StringBuilder("{");
      for (int y = 0; y < budget.length; y++) {
        int first = 1 + r.nextInt(4);
        int last = first + r.nextInt(5 - first);
        sb.append(y == 0 ? "" : ",").append('"').append(FIRST_YEAR + y).append("\":[");
        for (int q = first; q <= last; q++) sb.append(q == first ? "" : ",").append("\"Q").append(q).append('"');
        sb.append(']');
      }
      return sb.append('}').toString();
    }
  }

  /** One COPY … FROM STDIN in text format, buffered; values never hold tabs, newlines or backslashes. */
  private static final class Copy implements AutoCloseable {
    private final CopyIn in;
    private final StringBuilder buffer = new StringBuilder(1 << 16);

    Copy(CopyManager manager, String table) throws SQLException {
      this.in = manager.copyIn("copy " + table + " from stdin");
    }

    void row(Object... values) throws SQLException {
      for (int i = 0; i < values.length; i++) {
        if (i > 0) buffer.append('\t');
        buffer.append(values[i] == null ? "\\N" : values[i].toString());
      }
      buffer.append('\n');
      if (buffer.length() > 1 << 16) flush();
    }

    private void flush() throws SQLException {
      byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
      in.writeToCopy(bytes, 0, bytes.length);
      buffer.setLength(0);
    }

    @Override
    public void close() throws SQLException {
      flush();
      in.endCopy();
    }
  }
}
