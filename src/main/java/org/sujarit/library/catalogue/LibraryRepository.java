package org.sujarit.library.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sujarit.plan.DetailSheet;
import org.sujarit.plan.ItemKind;
import org.sujarit.common.Json;
import tools.jackson.core.type.TypeReference;

@Repository
class LibraryRepository {
  private static final TypeReference<Map<String, String>> MISSIONS = new TypeReference<>() {};
  private final JdbcClient jdbc;

  LibraryRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<LibraryEntry> all() {
    return jdbc.sql("select * from library_entry order by position, name").query(LibraryRepository::entry).list();
  }

  Optional<LibraryEntry> find(UUID id) {
    return jdbc.sql("select * from library_entry where id = ?").param(id).query(LibraryRepository::entry).optional();
  }

  void save(LibraryEntry e, String actor, Instant at) {
    jdbc.sql("""
        insert into library_entry (id, position, kind, name, description, missions, details, active, updated_at, updated_by)
        values (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?)
        on conflict (id) do update set position = excluded.position, kind = excluded.kind, name = excluded.name,
          description = excluded.description, missions = excluded.missions, details = excluded.details,
          active = excluded.active, updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
        .params(e.id(), e.position(), e.kind().name(), e.name(), e.description(), Json.write(e.missions()),
            Json.write(e.details()), e.active(), Timestamp.from(at), actor)
        .update();
  }

  void delete(UUID id) {
    jdbc.sql("delete from library_entry where id = ?").param(id).update();
  }

  int nextPosition() {
    return jdbc.sql("select coalesce(max(position), 0) + 10 from library_entry").query(Integer.class).single();
  }

  private static LibraryEntry entry(ResultSet rs, int n) throws SQLException {
    return new LibraryEntry(rs.getObject("id", UUID.class), rs.getInt("position"), ItemKind.parse(rs.getString("kind")),
        rs.getString("name"), rs.getString("description"), Json.MAPPER.readValue(rs.getString("missions"), MISSIONS),
        Json.read(rs.getString("details"), DetailSheet.class), rs.getBoolean("active"));
  }
}
