package org.sujarit.monitoring.settings;

import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sujarit.monitoring.RoundDeadlines;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.UnitId;

/**
 * Stores each organization's reporting settings: round deadlines and unit contacts. The progress
 * pages and the reminders read them; only {@link ReportingSettings} changes them.
 */
@Repository
public class ReportingSettingsRepository {
  private final JdbcClient jdbc;

  ReportingSettingsRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public RoundDeadlines deadlines(OrganizationId org) {
    return jdbc.sql("select * from reporting_deadline where organization_id = ?").param(org.value())
        .query((rs, n) -> new RoundDeadlines(MonthDay.of(rs.getInt("half_year_month"), rs.getInt("half_year_day")),
            MonthDay.of(rs.getInt("full_year_month"), rs.getInt("full_year_day"))))
        .optional().orElse(RoundDeadlines.DEFAULT);
  }

  void saveDeadlines(OrganizationId org, RoundDeadlines d) {
    jdbc.sql("""
        insert into reporting_deadline (organization_id, half_year_month, half_year_day, full_year_month, full_year_day)
        values (?, ?, ?, ?, ?) on conflict (organization_id) do update set half_year_month = excluded.half_year_month,
          half_year_day = excluded.half_year_day, full_year_month = excluded.full_year_month, full_year_day = excluded.full_year_day""")
        .params(org.value(), d.halfYear().getMonthValue(), d.halfYear().getDayOfMonth(), d.fullYear().getMonthValue(),
            d.fullYear().getDayOfMonth())
        .update();
  }

  public List<OrganizationId> organizationsWithContacts() {
    return jdbc.sql("select distinct organization_id from unit_contact").query((rs, n) -> new OrganizationId(rs.getObject(1, UUID.class)))
        .list();
  }

  public Map<UnitId, String> contacts(OrganizationId org) {
    Map<UnitId, String> out = new LinkedHashMap<>();
    jdbc.sql("select unit_id, email from unit_contact where organization_id = ?").param(org.value())
        .query((rs, n) -> Map.entry(new UnitId(rs.getObject(1, UUID.class)), rs.getString(2))).list()
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  void saveContact(OrganizationId org, UnitId unit, String email) {
    if (email == null) {
      jdbc.sql("delete from unit_contact where unit_id = ?").param(unit.value()).update();
      return;
    }
    jdbc.sql("insert into unit_contact (unit_id, organization_id, email) values (?, ?, ?) on conflict (unit_id) do update set email = excluded.email")
        .params(unit.value(), org.value(), email).update();
  }
}
