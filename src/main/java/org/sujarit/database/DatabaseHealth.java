package org.sujarit.database;

import java.util.Map;
import org.springframework.dao.DataAccessException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /health} for load balancers and monitoring: {@code UP} (200) while the database answers,
 * {@code DOWN} (503) while it does not, without details; public, like any load balancer's probe needs.
 */
@RestController
class DatabaseHealth {
  private final JdbcClient jdbc;

  DatabaseHealth(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @GetMapping(path = "/health", produces = "application/json")
  ResponseEntity<Map<String, String>> health() {
    boolean up;
    try {
      up = jdbc.sql("select 1").query(Integer.class).single() == 1;
    } catch (DataAccessException e) {
      up = false;
    }
    return ResponseEntity.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).cacheControl(CacheControl.noStore())
        .body(Map.of("status", up ? "UP" : "DOWN", "database", up ? "UP" : "DOWN"));
  }
}
