package org.sujarit.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The default database: PostgreSQL 17 in a directory that survives restarts, with durable writes,
 * whose superuser has a generated password kept in the data directory for its owner only.
 */
class EmbeddedDatabaseTest {
  @TempDir Path dir;

  @Test
  void keepsDataAcrossRestartsWithFsyncOnAndAsksEveryRoleForItsPassword() throws Exception {
    DatabaseProperties props = new DatabaseProperties(null, null, null, null, null, dir, 0, 2, false, null, null, null, java.time.Duration.ofSeconds(5));
    DatabaseConfiguration config = new DatabaseConfiguration();
    EmbeddedCredentials creds = config.embeddedCredentials(props);
    try (EmbeddedPostgres pg = config.embeddedPostgres(props, creds); HikariDataSource ds = pool(config, pg, creds, props)) {
      JdbcTemplate app = new JdbcTemplate(ds);
      assertThat(app.queryForObject("show fsync", String.class)).isEqualTo("on");
      assertThat(app.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
      assertThat(app.queryForObject("show server_version_num", Integer.class)).isBetween(170000, 179999);
      assertThat(app.queryForObject("select current_user", String.class)).isEqualTo(DatabaseRoles.APP);
      assertThatThrownBy(() -> app.execute("create table kept (note text)")).rootCause().hasMessageContaining("permission denied");
      JdbcTemplate owner = new JdbcTemplate(new DriverManagerDataSource(pg.getJdbcUrl(DatabaseRoles.OWNER, "postgres"), DatabaseRoles.OWNER, creds.owner()));
      owner.execute("create table kept (note text)");
      owner.update("insert into kept values ('แผนปี 2568')");
      owner.execute("grant select on kept to " + DatabaseRoles.APP);
      String url = "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres";
      assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "")).hasMessageContaining("password");
      assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "postgres")).hasMessageContaining("password authentication failed");
      try (var superuser = DriverManager.getConnection(url, "postgres", creds.superuser()); var st = superuser.createStatement()) {
        st.execute("create table legacy (note text)"); // as versions before the owner role did
      }
    }
    Path file = dir.resolve(EmbeddedCredentials.FILE);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    assertThat(Files.readString(file)).contains(creds.superuser());
    EmbeddedCredentials again = config.embeddedCredentials(props);
    assertThat(again.superuser()).isEqualTo(creds.superuser());
    try (EmbeddedPostgres pg = config.embeddedPostgres(props, again); HikariDataSource ds = pool(config, pg, again, props)) {
      JdbcTemplate app = new JdbcTemplate(ds);
      assertThat(app.queryForObject("select note from kept", String.class)).isEqualTo("แผนปี 2568");
      assertThat(app.queryForObject("select tableowner from pg_tables where tablename = 'legacy'", String.class))
          .as("a table of an earlier version passes to the owner").isEqualTo(DatabaseRoles.OWNER);
    }
    assertThat(dir.resolve("pg/PG_VERSION")).exists();
  }

  private static HikariDataSource pool(DatabaseConfiguration config, EmbeddedPostgres pg, EmbeddedCredentials creds, DatabaseProperties props) {
    DatabaseConfiguration.PrimaryDatabase primary = config.embeddedPrimary(pg, creds);
    return DatabaseConfiguration.pool(primary.url(), primary.user(), primary.password(), props);
  }
}
