package org.sujarit.database;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * With {@code sujarit.sessions=jdbc}, HTTP sessions live in PostgreSQL (tables of V71), so that a user
 * signed in on one node is signed in on all of them. Idle sessions expire after 60 minutes, as on one node.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "sujarit.sessions", havingValue = "jdbc")
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 3600, tableName = "spring_session")
class SharedSessionConfiguration {}
