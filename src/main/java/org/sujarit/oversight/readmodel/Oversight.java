package org.sujarit.oversight.readmodel;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.access.AccessRefusedException;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.OrganizationScope;
import org.sujarit.access.Permission;
import org.sujarit.access.Role;
import org.sujarit.common.NotFoundException;
import org.sujarit.common.ThaiDates;
import org.sujarit.oversight.figures.Figures;
import org.sujarit.oversight.figures.MissionFigures;
import org.sujarit.oversight.figures.OrganizationRow;
import org.sujarit.oversight.figures.Province;
import org.sujarit.oversight.figures.Provinces;
import org.sujarit.oversight.figures.Summary;

/**
 * Oversight figures from the read model: the country by province, a province by organization, one
 * organization. Every figure is one SQL aggregate over the read-model tables ({@link OversightQueries}); a
 * province officer (OVERSIGHT with a province) reads only that province.
 */
@Service
@Transactional(readOnly = true) // on the read replica when one is configured
public class Oversight {
  private final OversightQueries queries;
  private final Clock clock;

  Oversight(OversightQueries queries, Clock clock) {
    this.queries = queries;
    this.clock = clock;
  }

  /**
   * The province a user's view is limited to: the one asked for, or the officer's own when none is
   * asked for; null for the whole country.
   *
   * @throws AccessRefusedException for users without oversight, or a province officer asking for another province
   * @throws NotFoundException for an unknown province
   */
  public Optional<Province> scope(CurrentUser user, String province) {
    user.require(Permission.OVERSEE);
    String asked = province == null || province.isBlank() ? null : province;
    if (asked == null && !user.has(Role.SYSTEM_ADMIN) && user.oversightProvince() != null) asked = user.oversightProvince();
    if (asked == null) return Optional.empty();
    Province p = Provinces.get().find(asked).orElseThrow(() -> new NotFoundException("oversight.province.unknown"));
    user.require(Permission.OVERSEE, new OrganizationScope(null, p.name()));
    return Optional.of(p);
  }

  /** The country (province null) by province, or one province as the single row. */
  public Summary summary(CurrentUser user, String cycle, int fiscalYear, String province) {
    Optional<Province> scope = scope(user, province);
    Map<String, Object> params = params(cycle, fiscalYear);
    String where = "true";
    if (scope.isPresent()) {
      where = "o.province = :province";
      params.put("province", scope.get().name());
    }
    Map<String, Figures> byProvince = figures("o.province", where, params);
    List<Summary.ProvinceFigures> rows = new ArrayList<>();
    for (Province p : Provinces.get().all()) {
      if (scope.isPresent() && !scope.get().equals(p)) continue;
      rows.add(new Summary.ProvinceFigures(p, byProvince.getOrDefault(p.name(), Figures.EMPTY)));
    }
    Figures total = rows.stream().map(Summary.ProvinceFigures::figures).reduce(Figures.EMPTY, Figures::plus);
    return new Summary(cycle, fiscalYear, scope.orElse(null), total, rows, missions(where, params), freshness());
  }

  /** The organizations of a province with their figures, in Thai name order. */
  public List<OrganizationRow> organizations(CurrentUser user, String cycle, int fiscalYear, String province) {
    Province p = scope(user, province).orElseThrow(() -> new NotFoundException("oversight.province.unknown"));
    Map<String, Object> params = params(cycle, fiscalYear);
    params.put("province", p.name());
    return rows("o.province = :province", params);
  }

  /** One organization's row (for its province's officers and the country's). */
  public OrganizationRow organization(CurrentUser user, String cycle, int fiscalYear, UUID organizationId) {
    Map<String, Object> params = params(cycle, fiscalYear);
    params.put("org", organizationId);
    List<OrganizationRow> rows = rows("o.organization_id = :org", params);
    if (rows.isEmpty()) {
      user.require(Permission.OVERSEE, new OrganizationScope(organizationId, null)); // a province officer learns nothing
      throw new NotFoundException("oversight.organization.unknown");
    }
    OrganizationRow row = rows.get(0);
    user.require(Permission.OVERSEE, new OrganizationScope(organizationId, row.province()));
    return row;
  }

  private List<OrganizationRow> rows(String where, Map<String, Object> params) {
    return queries.rows(where, params);
  }

  private Map<String, Figures> figures(String key, String where, Map<String, Object> params) {
    return queries.figures(key, where, params);
  }

  private List<MissionFigures> missions(String where, Map<String, Object> params) {
    return queries.missions(where, params);
  }

  /** How current the read model is: as of the oldest change still waiting for its listeners. */
  public Summary.Freshness freshness() {
    return queries.freshness(clock.instant());
  }

  private Map<String, Object> params(String cycle, int fiscalYear) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("cycle", cycle);
    params.put("year", fiscalYear);
    params.put("now", Timestamp.from(clock.instant()));
    params.put("today", java.sql.Date.valueOf(LocalDate.now(clock.withZone(ThaiDates.BANGKOK))));
    return params;
  }
}
