package org.sujarit.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sujarit.db.*}: set {@code url} (env {@code SUJARIT_DB_URL}) for an external server; leave it
 * empty for the embedded one, whose files live in {@code data-dir}. On an external server {@code user}
 * is the application's user and {@code owner-user} the owner of the schema, as which the migrations
 * run (when empty, {@code user} does both). {@code ephemeral} (tests) starts the embedded server on a
 * fresh directory that is removed when it stops. {@code replica-url} (with {@code replica-user},
 * {@code replica-password}; the primary's when unset) sends read-only transactions to a streaming replica.
 * {@code connection-timeout} is how long a request waits for a connection before it is told the database is unavailable.
 */
@ConfigurationProperties("sujarit.db")
record DatabaseProperties(
    String url,
    String user,
    String password,
    String ownerUser,
    String ownerPassword,
    @DefaultValue("./data") Path dataDir,
    @DefaultValue("0") int embeddedPort,
    @DefaultValue("10") int poolSize,
    @DefaultValue("false") boolean ephemeral,
    String replicaUrl,
    String replicaUser,
    String replicaPassword,
    @DefaultValue("5s") java.time.Duration connectionTimeout) {

  boolean hasOwner() {
    return ownerUser != null && !ownerUser.isBlank() && !ownerUser.equals(user);
  }
}
