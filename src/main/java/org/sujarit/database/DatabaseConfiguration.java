package org.sujarit.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * The external server when configured, otherwise an embedded PostgreSQL. Either way the migrations
 * run as the schema's owner and the application's DataSource uses a role that owns nothing
 * ({@link DatabaseRoles}); an external database with one user only keeps working as before.
 * Read-only transactions go to a streaming replica when one is configured.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {
  private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);
  private static final String DATABASE = "postgres";
  private static final String HBA = """
      # Written by Sujarit at every start: every role needs its password (data/database.credentials)
      local all all scram-sha-256
      host  all all 127.0.0.1/32 scram-sha-256
      host  all all ::1/128 scram-sha-256
      """;

  @Bean
  @Conditional(EmbeddedDatabaseCondition.class)
  EmbeddedCredentials embeddedCredentials(DatabaseProperties props) {
    return props.ephemeral() ? EmbeddedCredentials.generate() : EmbeddedCredentials.loadOrCreate(props.dataDir().toAbsolutePath());
  }

  @Bean(destroyMethod = "close")
  @Conditional(EmbeddedDatabaseCondition.class)
  EmbeddedPostgres embeddedPostgres(DatabaseProperties props, EmbeddedCredentials creds) {
    Path dataDir = props.dataDir().resolve("pg").toAbsolutePath();
    Path runtimeDir = props.dataDir().resolve("pg-runtime").toAbsolutePath();
    try {
      Files.createDirectories(runtimeDir);
      // No JVM hook of zonky's own: it ran alongside Spring's and stopped the server while the context was
      // still closing (failed publications, each context's registry then waiting out the connection
      // timeout). Stopped by the context instead (destroyMethod), after every bean that uses it.
      EmbeddedPostgres.Builder b = EmbeddedPostgres.builder().setOverrideWorkingDirectory(runtimeDir.toFile())
          .setConnectConfig("password", creds.superuser()).setRegisterShutdownHook(false);
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
      requirePasswords(pg, creds);
      log.info("Embedded PostgreSQL on port {} with data in {}", pg.getPort(), props.ephemeral() ? "a temporary directory" : dataDir);
      return pg;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + dataDir, e);
    }
  }

  /**
   * initdb (by zonky) trusts every local connection; once the roles have their passwords, the server
   * is told to ask for them, so that nothing else on the machine can sign in as the superuser.
   */
  private static void requirePasswords(EmbeddedPostgres pg, EmbeddedCredentials creds) throws IOException {
    try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      DatabaseRoles.setUpEmbedded(c, creds);
      Path hba;
      try (ResultSet rs = s.executeQuery("show hba_file")) {
        rs.next();
        hba = Path.of(rs.getString(1));
      }
      if (!Files.readString(hba, StandardCharsets.UTF_8).equals(HBA)) {
        Files.writeString(hba, HBA, StandardCharsets.UTF_8);
        s.execute("select pg_reload_conf()");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot set up the roles of the embedded PostgreSQL (is "
          + EmbeddedCredentials.FILE + " the one written with this data directory?)", e);
    }
  }

  @Bean
  @Conditional(EmbeddedDatabaseCondition.class)
  PrimaryDatabase embeddedPrimary(EmbeddedPostgres pg, EmbeddedCredentials creds) {
    return new PrimaryDatabase(pg.getJdbcUrl(DatabaseRoles.APP, DATABASE), DatabaseRoles.APP, creds.app());
  }

  @Bean
  @Conditional(EmbeddedDatabaseCondition.class)
  FlywayConfigurationCustomizer embeddedMigrationsAsOwner(EmbeddedPostgres pg, EmbeddedCredentials creds) {
    return c -> c.dataSource(pg.getJdbcUrl(DatabaseRoles.OWNER, DATABASE), DatabaseRoles.OWNER, creds.owner());
  }

  @Bean
  @Conditional(EmbeddedDatabaseCondition.class)
  Callback embeddedGrants() {
    return new GrantsAfterMigration(DatabaseRoles.APP);
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

  @Bean
  @Conditional(ExternalDatabaseCondition.class)
  FlywayConfigurationCustomizer externalMigrationsAsOwner(DatabaseProperties props) {
    return c -> {
      if (props.hasOwner()) c.dataSource(props.url(), props.ownerUser(), props.ownerPassword());
    };
  }

  @Bean
  @Conditional(ExternalDatabaseCondition.class)
  Callback externalGrants(DatabaseProperties props) {
    if (!props.hasOwner()) {
      log.warn("sujarit.db.owner-user is not set: the application's user owns the tables and could empty the audit trail"
          + " (see README, An external PostgreSQL)");
    }
    return new GrantsAfterMigration(props.hasOwner() ? props.user() : null);
  }

  static HikariDataSource pool(String url, String user, String password, DatabaseProperties props) {
    HikariDataSource ds = new HikariDataSource();
    ds.setJdbcUrl(url);
    ds.setUsername(user);
    ds.setPassword(password);
    ds.setMaximumPoolSize(props.poolSize());
    // a database that is down answers a request within seconds (a 503), not after Hikari's 30 s; the
    // pool keeps trying on later requests and so recovers by itself when the server is back
    ds.setConnectionTimeout(props.connectionTimeout().toMillis());
    ds.setValidationTimeout(Math.min(props.connectionTimeout().toMillis(), 5000));
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

  /** After every migrate, on the owner's connection: the application role's rights ({@code app} null: one user, nothing to grant). */
  private record GrantsAfterMigration(String app) implements Callback {
    @Override
    public boolean supports(Event event, Context context) {
      return event == Event.AFTER_MIGRATE && app != null;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
      return true;
    }

    @Override
    public void handle(Event event, Context context) {
      try {
        DatabaseRoles.grantTo(context.getConnection(), app, context.getConfiguration().getTable());
      } catch (SQLException e) {
        throw new IllegalStateException("cannot grant the application role " + app + " its rights", e);
      }
    }

    @Override
    public String getCallbackName() {
      return "sujarit-grants";
    }
  }
}
