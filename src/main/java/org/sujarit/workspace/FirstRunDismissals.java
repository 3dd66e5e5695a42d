package org.sujarit.workspace;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The accounts that have put the first-run guide away. */
@Repository
class FirstRunDismissals {
  private final JdbcClient jdbc;

  FirstRunDismissals(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean dismissed(UUID account) {
    return jdbc.sql("select exists (select 1 from first_run_dismissal where account_id = ?)").param(account).query(Boolean.class).single();
  }

  void dismiss(UUID account) {
    jdbc.sql("insert into first_run_dismissal (account_id) values (?) on conflict do nothing").param(account).update();
  }
}
