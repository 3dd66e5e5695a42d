package org.sujarit.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code organization}, {@code organization_code_alias} and {@code org_unit}. */
@Repository
class OrganizationRepository {
  private final JdbcClient jdbc;

  OrganizationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Organization> find(OrganizationId id) {
    return jdbc.sql("select * from organization where id = ?").param(id.value()).query(OrganizationRows::organization).optional();
  }

  /** By its code or a code it had before. */
  Optional<Organization> findByCode(String code) {
    return jdbc.sql("""
        select o.* from organization o where o.code = :code
        union all
        select o.* from organization o join organization_code_alias a on a.organization_id = o.id where a.code = :code
        limit 1""").param("code", code).query(OrganizationRows::organization).optional();
  }

  /** The organization's code becomes {@code code}; its old one stays an alias of it. */
  void changeCode(OrganizationId id, String oldCode, String code) {
    jdbc.sql("delete from organization_code_alias where code = ?").param(code).update();
    jdbc.sql("insert into organization_code_alias (code, organization_id) values (?, ?)").params(oldCode, id.value()).update();
    jdbc.sql("update organization set code = ? where id = ?").params(code, id.value()).update();
  }

  List<Organization> all() {
    return jdbc.sql("select * from organization order by province, name").query(OrganizationRows::organization).list();
  }

  List<Organization> inProvince(String province) {
    return jdbc.sql("select * from organization where province = ? order by name").param(province)
        .query(OrganizationRows::organization).list();
  }

  boolean nameTaken(String name, String province) {
    return jdbc.sql("select count(*) from organization where name = ? and province is not distinct from ?")
        .params(name, province).query(Long.class).single() > 0;
  }

  /** Inserts the organization; returns the public code the database gave it. */
  String insert(Organization org) {
    return jdbc.sql("insert into organization (id, name, kind, province, district, parent_id) values (?, ?, ?, ?, ?, ?) returning code")
        .params(org.id().value(), org.name(), org.kind().name(), org.province(), org.district(),
            org.parentId() == null ? null : org.parentId().value())
        .query(String.class).single();
  }

  /** Active first, by Thai name. */
  List<Unit> units(OrganizationId id) {
    return jdbc.sql("select * from org_unit where organization_id = ? order by active desc, name").param(id.value())
        .query(OrganizationRows::unit).list();
  }

  Optional<Unit> unit(UnitId id) {
    return jdbc.sql("select * from org_unit where id = ?").param(id.value()).query(OrganizationRows::unit).optional();
  }

  Optional<Unit> unitNamed(OrganizationId org, String name) {
    return jdbc.sql("select * from org_unit where organization_id = ? and name = ?").params(org.value(), name)
        .query(OrganizationRows::unit).optional();
  }

  boolean unitNameTaken(OrganizationId org, String name) {
    return jdbc.sql("select count(*) from org_unit where organization_id = ? and name = ?")
        .params(org.value(), name).query(Long.class).single() > 0;
  }

  void insert(Unit unit) {
    jdbc.sql("insert into org_unit (id, organization_id, name, active) values (?, ?, ?, true)")
        .params(unit.id().value(), unit.organizationId().value(), unit.name()).update();
  }

  void update(Unit unit) {
    jdbc.sql("update org_unit set name = ?, active = ? where id = ?").params(unit.name(), unit.active(), unit.id().value()).update();
  }
}
