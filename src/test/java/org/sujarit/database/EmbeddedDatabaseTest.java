package org.sujarit.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** The default database: PostgreSQL 17 in a directory that survives restarts, with durable writes. */
class EmbeddedDatabaseTest {
  @TempDir Path dir;

  @Test
  void keepsDataAcrossRestartsWithFsyncOn() throws Exception {
    DatabaseProperties props = new DatabaseProperties(null, null, null, dir, 0, 2, false, null, null, null);
    DatabaseConfiguration config = new DatabaseConfiguration();
    try (EmbeddedPostgres pg = config.embeddedPostgres(props); HikariDataSource ds = pool(config, pg, props)) {
      JdbcTemplate jdbc = new JdbcTemplate(ds);
      assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
      assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
      assertThat(jdbc.queryForObject("show server_version_num", Integer.class)).isBetween(170000, 179999);
      jdbc.execute("create table kept (note text)");
      jdbc.update("insert into kept values ('แผนปี 2568')");
    }
    try (EmbeddedPostgres pg = config.embeddedPostgres(props); HikariDataSource ds = pool(config, pg, props)) {
      JdbcTemplate jdbc = new JdbcTemplate(ds);
      assertThat(jdbc.queryForObject("select note from kept", String.class)).isEqualTo("แผนปี 2568");
    }
    assertThat(dir.resolve("pg/PG_VERSION")).exists();
  }

  private static HikariDataSource pool(DatabaseConfiguration config, EmbeddedPostgres pg, DatabaseProperties props) {
    DatabaseConfiguration.PrimaryDatabase primary = config.embeddedPrimary(pg);
    return DatabaseConfiguration.pool(primary.url(), primary.user(), primary.password(), props);
  }
}
