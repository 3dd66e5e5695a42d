package org.sujarit.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.sujarit.IntegrationTest;

/** The migrations build the schema on an empty PostgreSQL 17, with ICU Thai collation. */
@IntegrationTest
class MigrationTest {
  @Autowired JdbcTemplate jdbc;

  @Test
  void allMigrationsRanOnTheEmptyDatabase() {
    assertThat(jdbc.queryForList("select version from flyway_schema_history where success order by installed_rank", String.class))
        .startsWith("1", "2", "3", "4", "5").contains("20", "21", "30", "31", "40", "41", "45", "50", "51", "52", "53", "54", "61", "63", "70", "71", "72", "73", "74", "80", "81", "82", "85", "86", "87", "88", "93", "6", "7");
    assertThat(jdbc.queryForObject("select current_setting('server_version_num')::int", Integer.class)).isGreaterThanOrEqualTo(170000);
  }

  @Test
  void thaiNamesSortAsThaiReadersExpect() {
    assertThat(jdbc.queryForList("""
        select n from (values ('ค'), ('เก'), ('ข'), ('กา'), ('แข'), ('ก')) v(n) order by n collate thai""", String.class))
        .containsExactly("ก", "กา", "เก", "ข", "แข", "ค");
  }

  @Test
  void theServerSpeaksUtf8() {
    assertThat(jdbc.queryForObject("show server_encoding", String.class)).isEqualTo("UTF8");
  }
}
