package org.sujarit.plan;

import org.sujarit.common.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.sujarit.common.FiscalPeriod;
import org.sujarit.common.FiscalQuarter;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.RuleViolation;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.UnitId;
import org.sujarit.plan.internal.PlanDiff;
import tools.jackson.core.type.TypeReference;

/** Stores plan versions and their items; nested values (budgets, Part 1, detail sheets) as JSONB. */
@Repository
class PlanRepository {
  private static final TypeReference<SortedMap<FiscalYear, org.sujarit.common.Baht>> BUDGET = new TypeReference<>() {};
  private static final TypeReference<SortedMap<FiscalYear, Set<FiscalQuarter>>> QUARTERS = new TypeReference<>() {};
  private static final TypeReference<List<UnitId>> UNITS = new TypeReference<>() {};

  private record ItemsKey(PlanId plan, int version, long revision) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final Map<ItemsKey, List<PlanItem>> itemsCache = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<ItemsKey, List<PlanItem>> eldest) {
      return size() > 256;
    }
  });

  PlanRepository(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  Optional<Plan> find(PlanId id, int version) {
    return jdbc.sql("""
        select v.*, p.organization_id from plan_version v join plan p on p.id = v.plan_id
        where v.plan_id = ? and v.version = ?""").params(id.value(), version).query(PlanRepository::header).optional()
        .map(this::withItems);
  }

  Optional<Plan> findLatest(PlanId id) {
    return jdbc.sql("""
        select v.*, p.organization_id from plan_version v join plan p on p.id = v.plan_id
        where v.plan_id = ? order by v.version desc limit 1""").param(id.value()).query(PlanRepository::header).optional()
        .map(this::withItems);
  }

  /**
   * Items are immutable values and a revision never changes once committed, so the items of a
   * revision read by a read-only transaction are kept and shared: reading a plan then costs one query.
   */
  private Plan withItems(Plan.Builder header) {
    Plan bare = header.build();
    ItemsKey key = new ItemsKey(bare.id(), bare.version(), bare.revision());
    List<PlanItem> items = itemsCache.get(key);
    if (items == null) {
      items = items(bare.id(), bare.version());
      boolean committedView = !TransactionSynchronizationManager.isActualTransactionActive()
          || TransactionSynchronizationManager.isCurrentTransactionReadOnly();
      if (committedView) itemsCache.put(key, items);
    }
    return header.items(items).build();
  }


  /** Version numbers with status, oldest first. */
  List<VersionInfo> versions(PlanId id) {
    return jdbc.sql("select version, status, created_by, created_at, amendment_note from plan_version where plan_id = ? order by version")
        .param(id.value())
        .query((rs, n) -> new VersionInfo(rs.getInt(1), PlanStatus.valueOf(rs.getString(2)), rs.getString(3),
            rs.getTimestamp(4).toInstant(), rs.getString(5)))
        .list();
  }

  Optional<OrganizationId> organizationOf(PlanId id) {
    return jdbc.sql("select organization_id from plan where id = ?").param(id.value())
        .query((rs, n) -> new OrganizationId(rs.getObject(1, UUID.class))).optional();
  }

  /** The latest version of each plan of an organization, newest period first. */
  List<Plan> latestOf(OrganizationId org) {
    List<UUID> ids = jdbc.sql("""
        select p.id from plan p join plan_version v on v.plan_id = p.id
        where p.organization_id = ? group by p.id order by max(v.last_year) desc, min(p.created_at) desc""")
        .param(org.value()).query(UUID.class).list();
    List<Plan> plans = new ArrayList<>();
    for (UUID id : ids) findLatest(new PlanId(id)).ifPresent(plans::add);
    return plans;
  }

  /** The latest version of every plan whose Part 1 has typed risk rows. */
  List<Plan> latestWithTypedRisks() {
    return jdbc.sql("""
        select v.*, p.organization_id from plan_version v join plan p on p.id = v.plan_id
        where v.version = (select max(w.version) from plan_version w where w.plan_id = v.plan_id)
          and jsonb_array_length(coalesce(v.introduction -> 'risks', '[]'::jsonb)) > 0
        order by p.created_at""").query(PlanRepository::header).list().stream().map(this::withItems).toList();
  }

  /** Published versions of an organization's plans: newest period first, each plan's versions newest first. */
  List<PublishedVersion> publishedVersions(OrganizationId org) {
    return publishedVersions("and p.organization_id = ?", org.value()).getOrDefault(org, List.of());
  }

  /** {@link #publishedVersions(OrganizationId)} of every organization that publishes, in one statement. */
  Map<OrganizationId, List<PublishedVersion>> publishedVersions() {
    return publishedVersions("");
  }

  private Map<OrganizationId, List<PublishedVersion>> publishedVersions(String where, Object... params) {
    Map<OrganizationId, List<PublishedVersion>> out = new java.util.HashMap<>();
    jdbc.sql("""
        select p.organization_id, v.plan_id, v.version, v.first_year, v.last_year, v.title, v.published_at
        from plan_version v join plan p on p.id = v.plan_id
        where v.status = 'PUBLISHED' %s order by v.last_year desc, v.first_year desc, v.plan_id, v.version desc""".formatted(where))
        .params(params)
        .query((ResultSet rs) -> {
          out.computeIfAbsent(new OrganizationId(rs.getObject(1, UUID.class)), k -> new ArrayList<>()).add(publishedVersion(rs));
        });
    return out;
  }

  /** Columns 2 to 7: plan id, version, first and last year, title, published at. */
  private static PublishedVersion publishedVersion(ResultSet rs) throws SQLException {
    return new PublishedVersion(new PlanId(rs.getObject(2, UUID.class)), rs.getInt(3), FiscalPeriod.of(rs.getInt(4), rs.getInt(5)),
        rs.getString(6), rs.getTimestamp(7).toInstant());
  }

  /**
   * The rule of the plan in force, in one place: of an organization's published versions covering the
   * year, the one published last (ties broken in {@link #publishedVersions}' order).
   */
  private static final String IN_FORCE_ORDER = "v.published_at desc, v.last_year desc, v.first_year desc, v.plan_id, v.version desc";

  /** The version in force in one year, for every organization that has one ({@code org} null) or for one. */
  private static final String IN_FORCE = """
      select distinct on (p.organization_id) p.organization_id, v.plan_id, v.version, v.first_year, v.last_year, v.title, v.published_at
      from plan_version v join plan p on p.id = v.plan_id
      where v.status = 'PUBLISHED' and v.first_year <= :year and v.last_year >= :year and (cast(:org as uuid) is null or p.organization_id = :org)
      order by p.organization_id, """ + IN_FORCE_ORDER;

  /** The version in force in every year some published version covers, for every organization ({@code org} null) or for one. */
  private static final String IN_FORCE_EVERY_YEAR = """
      select distinct on (p.organization_id, y.year) p.organization_id, v.plan_id, v.version, v.first_year, v.last_year, v.title,
        v.published_at, y.year
      from plan_version v join plan p on p.id = v.plan_id cross join generate_series(v.first_year, v.last_year) as y(year)
      where v.status = 'PUBLISHED' and (cast(:org as uuid) is null or p.organization_id = :org)
      order by p.organization_id, y.year, """ + IN_FORCE_ORDER;

  /** The version in force in the year of every organization that has one, in one statement. */
  Map<OrganizationId, PublishedVersion> inForceVersions(FiscalYear year) {
    return inForce(year, null);
  }

  /** The organization's version in force in the year, by the same statement. */
  Optional<PublishedVersion> inForceVersion(OrganizationId org, FiscalYear year) {
    return Optional.ofNullable(inForce(year, org).get(org));
  }

  private Map<OrganizationId, PublishedVersion> inForce(FiscalYear year, OrganizationId org) {
    Map<OrganizationId, PublishedVersion> out = new java.util.HashMap<>();
    jdbc.sql(IN_FORCE).param("year", year.value()).param("org", org == null ? null : org.value())
        .query((ResultSet rs) -> {
          out.put(new OrganizationId(rs.getObject(1, UUID.class)), publishedVersion(rs));
        });
    return out;
  }

  /**
   * The version in force in each year that a published version covers, by organization and year (the
   * years in order), for every organization ({@code org} null) or for one: one statement, however many years.
   */
  Map<OrganizationId, SortedMap<FiscalYear, PublishedVersion>> inForceEveryYear(OrganizationId org) {
    Map<OrganizationId, SortedMap<FiscalYear, PublishedVersion>> out = new java.util.HashMap<>();
    jdbc.sql(IN_FORCE_EVERY_YEAR).param("org", org == null ? null : org.value())
        .query((ResultSet rs) -> {
          out.computeIfAbsent(new OrganizationId(rs.getObject(1, UUID.class)), k -> new java.util.TreeMap<>())
              .put(FiscalYear.of(rs.getInt(8)), publishedVersion(rs));
        });
    return out;
  }

  /** Organizations with at least one published plan version. */
  Set<OrganizationId> publishingOrganizations() {
    return new java.util.HashSet<>(jdbc.sql("""
        select distinct p.organization_id from plan p join plan_version v on v.plan_id = p.id where v.status = 'PUBLISHED'""")
        .query((rs, n) -> new OrganizationId(rs.getObject(1, UUID.class))).list());
  }

  /** Stores a new plan or a new version of one. */
  void insert(Plan plan) {
    if (plan.version() == 1) {
      jdbc.sql("insert into plan (id, organization_id) values (?, ?)").params(plan.id().value(), plan.organizationId().value()).update();
    }
    Instant now = plan.created().at();
    jdbc.sql("""
        insert into plan_version (plan_id, version, status, framework_code, first_year, last_year, title, introduction,
          stated_totals, revision, created_at, created_by, amendment_note, updated_at, part1_risk_year)
        values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, 0, ?, ?, ?, ?, ?)""")
        .params(plan.id().value(), plan.version(), plan.status().name(), plan.frameworkCode(), plan.period().first().value(),
            plan.period().last().value(), plan.title(), Json.write(plan.introduction()),
            plan.statedTotals().map(Json::write).orElse(null), Timestamp.from(now), plan.created().by(),
            plan.amendmentNote().orElse(null), Timestamp.from(now), riskYear(plan))
        .update();
    insertItems(plan, plan.items());
    plan.stored(0);
  }

  /**
   * Stores the changes of a version read at {@code plan.revision()}: the header, and of the items only
   * those {@code items} names (a budget cell rewrites one row, not the plan's forty).
   *
   * @throws RuleViolation plan.concurrent-change when someone else stored a change meanwhile
   */
  void update(Plan plan, PlanDiff items, Instant now) {
    int rows = jdbc.sql("""
        update plan_version set status = ?, title = ?, introduction = ?::jsonb, stated_totals = ?::jsonb,
          submitted_at = ?, submitted_by = ?, approved_at = ?, approved_by = ?, published_at = ?, published_by = ?,
          returned_at = ?, returned_by = ?, return_comment = ?, part1_risk_year = ?, revision = revision + 1, updated_at = ?
        where plan_id = ? and version = ? and revision = ?""")
        .params(plan.status().name(), plan.title(), Json.write(plan.introduction()),
            plan.statedTotals().map(Json::write).orElse(null),
            at(plan.submitted()), by(plan.submitted()), at(plan.approved()), by(plan.approved()),
            at(plan.published()), by(plan.published()), at(plan.returned()), by(plan.returned()),
            plan.returnComment().orElse(null), riskYear(plan), Timestamp.from(now),
            plan.id().value(), plan.version(), plan.revision())
        .update();
    if (rows == 0) throw new RuleViolation("plan.concurrent-change");
    if (!items.removed().isEmpty()) {
      template.batchUpdate("delete from plan_item where plan_id = ? and version = ? and id = ?",
          items.removed().stream().map(i -> key(plan, i)).toList());
    }
    List<Object[]> changed = new ArrayList<>(items.changed().size());
    for (PlanDiff.ItemChange c : items.changed()) changed.add(concat(columns(c.after()), key(plan, c.after())));
    if (!changed.isEmpty()) {
      template.batchUpdate("""
          update plan_item set mission_code = ?, sequence = ?, kind = ?, name = ?, budget = ?::jsonb, quarters = ?::jsonb,
            responsible_units = ?::jsonb, remark = ?, details = ?::jsonb
          where plan_id = ? and version = ? and id = ?""", changed);
    }
    insertItems(plan, items.added());
    plan.stored(plan.revision() + 1);
  }

  private void insertItems(Plan plan, List<PlanItem> items) {
    if (items.isEmpty()) return;
    List<Object[]> rows = new ArrayList<>(items.size());
    for (PlanItem i : items) rows.add(concat(key(plan, i), columns(i)));
    template.batchUpdate("""
        insert into plan_item (plan_id, version, id, mission_code, sequence, kind, name, budget, quarters, responsible_units,
          remark, details) values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?::jsonb)""", rows);
  }

  private static Object[] key(Plan plan, PlanItem i) {
    return new Object[] {plan.id().value(), plan.version(), i.id().value()};
  }

  /** An item's other columns, in the table's order. */
  private static Object[] columns(PlanItem i) {
    return new Object[] {i.missionCode(), i.sequence(), i.kind().name(), i.name(), Json.write(i.budget().amounts()),
        Json.write(i.plannedQuarters()), Json.write(i.responsibleUnits()), i.remark(), i.details() == null ? null : Json.write(i.details())};
  }

  private static Object[] concat(Object[] a, Object[] b) {
    Object[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private List<PlanItem> items(PlanId id, int version) {
    return jdbc.sql("select * from plan_item where plan_id = ? and version = ?").params(id.value(), version)
        .query((rs, n) -> new PlanItem(new PlanItemId(rs.getObject("id", UUID.class)), ItemKind.parse(rs.getString("kind")),
            rs.getString("mission_code"), rs.getInt("sequence"), rs.getString("name"),
            new Budget(Json.MAPPER.readValue(rs.getString("budget"), BUDGET)),
            Json.MAPPER.readValue(rs.getString("responsible_units"), UNITS),
            Json.MAPPER.readValue(rs.getString("quarters"), QUARTERS), rs.getString("remark"),
            rs.getString("details") == null ? null : Json.read(rs.getString("details"), DetailSheet.class)))
        .list();
  }

  private static Plan.Builder header(ResultSet rs, int n) throws SQLException {
    Plan.Builder b = Plan.builder(new PlanId(rs.getObject("plan_id", UUID.class)), rs.getInt("version"),
        new OrganizationId(rs.getObject("organization_id", UUID.class)), rs.getString("framework_code"),
        FiscalPeriod.of(rs.getInt("first_year"), rs.getInt("last_year")),
        new WorkflowStamp(rs.getString("created_by"), rs.getTimestamp("created_at").toInstant()));
    String stated = rs.getString("stated_totals");
    return b.title(rs.getString("title"))
        .status(PlanStatus.valueOf(rs.getString("status")))
        .revision(rs.getLong("revision"))
        .introduction(Json.read(rs.getString("introduction"), Introduction.class))
        .riskYear(rs.getObject("part1_risk_year") == null ? null : FiscalYear.of(rs.getInt("part1_risk_year")))
        .statedTotals(stated == null ? null : Json.read(stated, StatedTotals.class))
        .submitted(stamp(rs, "submitted"))
        .approved(stamp(rs, "approved"))
        .published(stamp(rs, "published"))
        .returned(stamp(rs, "returned"), rs.getString("return_comment"))
        .amendmentNote(rs.getString("amendment_note"));
  }

  private static Integer riskYear(Plan plan) {
    return plan.chosenRiskYear().map(FiscalYear::value).orElse(null);
  }

  private static WorkflowStamp stamp(ResultSet rs, String step) throws SQLException {
    Timestamp at = rs.getTimestamp(step + "_at");
    return at == null ? null : new WorkflowStamp(rs.getString(step + "_by"), at.toInstant());
  }

  private static Timestamp at(Optional<WorkflowStamp> s) {
    return s.map(x -> Timestamp.from(x.at())).orElse(null);
  }

  private static String by(Optional<WorkflowStamp> s) {
    return s.map(WorkflowStamp::by).orElse(null);
  }
}
