package org.sujarit.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Two roles instead of one: the owner, who owns every table and runs the migrations, and the
 * application, which owns nothing and may only read and write rows. So the application's role cannot
 * ALTER or TRUNCATE a table or disable its triggers, and where a table's append-only trigger refuses
 * UPDATE, DELETE or TRUNCATE (the audit trail), the application is not even granted them.
 */
final class DatabaseRoles {
  static final String OWNER = "sujarit_owner";
  static final String APP = "sujarit_app";
  /** The function of the append-only triggers (migration V4). */
  private static final String APPEND_ONLY = "audit_entry_append_only";

  private DatabaseRoles() {}

  /**
   * On the embedded server, as its superuser: sets the three passwords and hands the schema and
   * whatever an earlier version created as the superuser to the owner.
   */
  static void setUpEmbedded(Connection superuser, EmbeddedCredentials creds) throws SQLException {
    try (Statement s = superuser.createStatement()) {
      s.execute("alter role postgres password " + literal(creds.superuser()));
      for (String[] role : new String[][] {{OWNER, creds.owner()}, {APP, creds.app()}}) {
        try (ResultSet rs = s.executeQuery("select 1 from pg_roles where rolname = " + literal(role[0]))) {
          if (!rs.next()) s.execute("create role " + role[0]);
        }
        s.execute("alter role " + role[0] + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password "
            + literal(role[1]));
      }
      s.execute("alter schema public owner to " + OWNER);
      s.execute("revoke create on schema public from public");
      // installations before the owner role: tables, views and functions created as the superuser
      List<String> adopt = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("""
          select case c.relkind when 'v' then 'view' when 'm' then 'materialized view' when 'S' then 'sequence' else 'table' end,
                 'public.' || quote_ident(c.relname)
          from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relowner = 'postgres'::regrole and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
            and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype in ('a', 'i'))
          union all
          select 'function', p.oid::regprocedure::text
          from pg_proc p join pg_namespace n on n.oid = p.pronamespace
          where n.nspname = 'public' and p.proowner = 'postgres'::regrole""")) {
        while (rs.next()) adopt.add("alter " + rs.getString(1) + " " + rs.getString(2) + " owner to " + OWNER);
      }
      for (String sql : adopt) s.execute(sql);
    }
  }

  /**
   * As the owner, after every migration: the application's role may use every table and sequence,
   * the migration history read only, and none of the operations the append-only triggers refuse.
   */
  static void grantTo(Connection owner, String app, String historyTable) throws SQLException {
    String role = ident(app);
    try (Statement s = owner.createStatement()) {
      String schema;
      try (ResultSet rs = s.executeQuery("select quote_ident(current_schema())")) {
        rs.next();
        schema = rs.getString(1);
      }
      s.execute("grant usage on schema " + schema + " to " + role);
      s.execute("grant select, insert, update, delete on all tables in schema " + schema + " to " + role);
      s.execute("grant usage, select, update on all sequences in schema " + schema + " to " + role);
      s.execute("revoke insert, update, delete, truncate on " + schema + "." + ident(historyTable) + " from " + role);
      List<String> revokes = new ArrayList<>();
      // tgtype bits: 8 DELETE, 16 UPDATE, 32 TRUNCATE
      try (ResultSet rs = s.executeQuery("""
          select t.tgrelid::regclass::text, bit_or(t.tgtype::int) from pg_trigger t
          where t.tgfoid = '%s'::regproc group by t.tgrelid""".formatted(APPEND_ONLY))) {
        while (rs.next()) {
          int type = rs.getInt(2);
          List<String> refused = new ArrayList<>();
          if ((type & 8) != 0) refused.add("delete");
          if ((type & 16) != 0) refused.add("update");
          if ((type & 32) != 0) refused.add("truncate");
          if (!refused.isEmpty()) revokes.add("revoke " + String.join(", ", refused) + " on " + rs.getString(1) + " from " + role);
        }
      }
      for (String sql : revokes) s.execute(sql);
    }
  }

  private static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  /** A role or table name as a quoted identifier. */
  static String ident(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }
}
