/**
 * Where the data live: an embedded PostgreSQL 17 in {@code ./data} by default, or an external server
 * when {@code SUJARIT_DB_URL} is set. Schema by Flyway migrations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database",
    allowedDependencies = {"common"})
package org.sujarit.database;
