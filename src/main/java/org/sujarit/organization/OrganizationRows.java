package org.sujarit.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** Row mapping. */
final class OrganizationRows {
  private OrganizationRows() {}

  static Organization organization(ResultSet rs, int n) throws SQLException {
    UUID parent = rs.getObject("parent_id", UUID.class);
    return new Organization(new OrganizationId(rs.getObject("id", UUID.class)), rs.getString("name"),
        OrganizationKind.parse(rs.getString("kind")), rs.getString("province"), rs.getString("district"),
        parent == null ? null : new OrganizationId(parent), rs.getString("code"));
  }

  static Unit unit(ResultSet rs, int n) throws SQLException {
    return new Unit(new UnitId(rs.getObject("id", UUID.class)), new OrganizationId(rs.getObject("organization_id", UUID.class)),
        rs.getString("name"), rs.getBoolean("active"));
  }
}
