package org.sujarit.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * One DataSource: the external server when configured, otherwise an embedded PostgreSQL; read-only
 * transactions on a streaming replica when one is configured.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {
  private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

  @Bean(destroyMethod = "close")
  @Conditional(EmbeddedDatabaseCondition.class)
  EmbeddedPostgres embeddedPostgres(DatabaseProperties props) {
    Path dataDir = props.dataDir().resolve("pg").toAbsolutePath();
    Path runtimeDir = props.dataDir().resolve("pg-runtime").toAbsolutePath();
    try {
      Files.createDirectories(runtimeDir);
      EmbeddedPostgres.Builder b = EmbeddedPostgres.builder().setOverrideWorkingDirectory(runtimeDir.toFile());
      if (!props.ephemeral()) {
        Files.createDirectories(dataDir);
        StalePostmaster.stopIfRunning(dataDir);
        // zonky turns durability off by default (-F, synchronous_commit off); plans must survive a crash
        b.setDataDirectory(dataDir).setCleanDataDirectory(false)
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on");
      }
      if (props.embeddedPort() > 0) b.setPort(props.embeddedPort());
      EmbeddedPostgres pg = b.start();
      log.info("Embedded PostgreSQL on port {} with data in {}", pg.getPort(), props.ephemeral() ? "a temporary directory" : dataDir);
      return pg;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + dataDir, e);
    }
  }

  @Bean
  @Conditional(EmbeddedDatabaseCondition.class)
  PrimaryDatabase embeddedPrimary(EmbeddedPostgres pg) {
    return new PrimaryDatabase(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
  }

  @Bean
  @Conditional(ExternalDatabaseCondition.class)
  PrimaryDatabase externalPrimary(DatabaseProperties props) {
    log.info("External PostgreSQL at {}", props.url());
    return new PrimaryDatabase(props.url(), props.user(), props.password());
  }

  /** The primary's pool; with {@code sujarit.db.replica-url}, read-only transactions take their connections from the replica's. */
  @Bean
  DataSource dataSource(PrimaryDatabase primary, DatabaseProperties props) {
    HikariDataSource writes = pool(primary.url(), primary.user(), primary.password(), props);
    if (props.replicaUrl() == null || props.replicaUrl().isBlank()) return writes;
    log.info("Read-only transactions go to the replica at {}", props.replicaUrl());
    HikariDataSource reads = pool(props.replicaUrl(), props.replicaUser() == null ? primary.user() : props.replicaUser(),
        props.replicaPassword() == null ? primary.password() : props.replicaPassword(), props);
    reads.setPoolName("sujarit-replica");
    reads.setReadOnly(true);
    return new ReplicaRouting(writes, reads);
  }

  static HikariDataSource pool(String url, String user, String password, DatabaseProperties props) {
    HikariDataSource ds = new HikariDataSource();
    ds.setJdbcUrl(url);
    ds.setUsername(user);
    ds.setPassword(password);
    ds.setMaximumPoolSize(props.poolSize());
    ds.setPoolName("sujarit");
    return ds;
  }

  /**
   * Takes a connection only when the first statement runs, by when the transaction manager has marked
   * it read-only or not: a {@code @Transactional(readOnly = true)} method reads from the replica,
   * everything else (and anything outside a transaction) uses the primary.
   */
  static final class ReplicaRouting extends LazyConnectionDataSourceProxy implements AutoCloseable {
    private final HikariDataSource writes;
    private final HikariDataSource reads;

    ReplicaRouting(HikariDataSource writes, HikariDataSource reads) {
      super(writes);
      setReadOnlyDataSource(reads);
      this.writes = writes;
      this.reads = reads;
    }

    @Override
    public void close() {
      reads.close();
      writes.close();
    }
  }

  /** Where the primary (writable) server is: for the pool and for the connection that listens for other nodes' changes. */
  record PrimaryDatabase(String url, String user, String password) {}
}
