package org.sujarit.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Read-only transactions go to the replica, everything else to the primary. The "replica" is the same
 * server under another URL, told apart by the application name each pool connects with.
 */
class ReplicaRoutingTest {
  static final String WHO = "select current_setting('application_name')";

  @Test
  void readOnlyTransactionsReadFromTheReplicaAndTheRestFromThePrimary() throws Exception {
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
      String url = pg.getJdbcUrl("postgres", "postgres");
      DataSource ds = new DatabaseConfiguration().dataSource(new DatabaseConfiguration.PrimaryDatabase(url + "&ApplicationName=primary",
          "postgres", "postgres"), props(url + "&ApplicationName=replica"));
      try {
        assertThat(ds).isInstanceOf(DatabaseConfiguration.ReplicaRouting.class);
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        TransactionTemplate writes = new TransactionTemplate(new JdbcTransactionManager(ds));
        TransactionTemplate reads = new TransactionTemplate(new JdbcTransactionManager(ds));
        reads.setReadOnly(true);
        assertThat(in(reads, jdbc, WHO)).isEqualTo("replica");
        assertThat(in(writes, jdbc, WHO)).isEqualTo("primary");
        assertThat(jdbc.queryForObject(WHO, String.class)).as("outside a transaction").isEqualTo("primary");
        // a read-only transaction cannot write, as on a real standby
        assertThat(in(reads, jdbc, "show transaction_read_only")).isEqualTo("on");
      } finally {
        ((AutoCloseable) ds).close();
      }
    }
  }

  @Test
  void withoutAReplicaEverythingUsesThePrimary() throws Exception {
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
      String url = pg.getJdbcUrl("postgres", "postgres");
      try (HikariDataSource ds = (HikariDataSource) new DatabaseConfiguration().dataSource(
          new DatabaseConfiguration.PrimaryDatabase(url + "&ApplicationName=primary", "postgres", "postgres"), props(null))) {
        TransactionTemplate reads = new TransactionTemplate(new JdbcTransactionManager(ds));
        reads.setReadOnly(true);
        assertThat(in(reads, new JdbcTemplate(ds), WHO)).isEqualTo("primary");
      }
    }
  }

  private static String in(TransactionTemplate tx, JdbcTemplate jdbc, String sql) {
    return tx.execute(status -> jdbc.queryForObject(sql, String.class));
  }

  private static DatabaseProperties props(String replicaUrl) {
    return new DatabaseProperties(null, null, null, null, null, Path.of("unused"), 0, 2, true, replicaUrl, null, null, java.time.Duration.ofSeconds(5));
  }
}
