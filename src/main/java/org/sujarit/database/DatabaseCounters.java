package org.sujarit.database;

import com.zaxxer.hikari.HikariDataSource;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * {@link Counters} in {@code shared_count}, one statement per operation (atomic, with row locks, across
 * the nodes). On a small pool of its own ({@code sujarit.counts.pool-size}, on the primary): a limit is
 * checked inside the caller's transaction (a complaint being filed, a read-only look-up routed to the
 * replica), and a count must neither join it (rolled back with it, locked until it commits, or sent to a
 * replica that cannot write) nor wait for a second connection of the pool the callers hold.
 */
@Component
class DatabaseCounters extends KeyedCounters implements DisposableBean {
  private static final String UPSERT = """
      insert into shared_count as c (limiter, epoch, key, count, last_at, expires_at) values %s
      on conflict (limiter, epoch, key) do update set
        count = case when c.expires_at < excluded.last_at then 1 else c.count + 1 end,
        last_at = excluded.last_at, expires_at = excluded.expires_at""";

  private final HikariDataSource pool;
  private final JdbcClient jdbc;
  /** The secrets of the windows in use, as every node reads them from the database. */
  private final Map<String, byte[]> secrets = new ConcurrentHashMap<>();

  DatabaseCounters(DatabaseConfiguration.PrimaryDatabase primary, DatabaseProperties props, Clock clock,
      @Value("${sujarit.counts.pool-size:4}") int poolSize) {
    super(clock);
    pool = DatabaseConfiguration.pool(primary.url(), primary.user(), primary.password(), props);
    pool.setPoolName("sujarit-counts");
    pool.setMaximumPoolSize(poolSize);
    pool.setMinimumIdle(0);
    jdbc = JdbcClient.create(pool);
  }

  @Override
  byte[] secret(String limiter, long epoch, Instant expires) {
    String id = limiter + "\n" + epoch;
    byte[] known = secrets.get(id);
    if (known != null) return known;
    byte[] fresh = new byte[32];
    new SecureRandom().nextBytes(fresh);
    jdbc.sql("insert into shared_count_secret (limiter, epoch, secret, expires_at) values (?, ?, ?, ?) on conflict do nothing")
        .params(limiter, epoch, fresh, expires == null ? null : Timestamp.from(expires)).update();
    byte[] agreed = jdbc.sql("select secret from shared_count_secret where limiter = ? and epoch = ?").params(limiter, epoch)
        .query(byte[].class).single();
    secrets.keySet().removeIf(k -> k.startsWith(limiter + "\n")); // the limiter's earlier windows are over
    secrets.put(id, agreed);
    return agreed;
  }

  @Override
  Map<String, Counter.Tally> read(Slot slot, List<byte[]> keys) {
    Map<String, Counter.Tally> found = new HashMap<>();
    List<Object> params = new ArrayList<>(List.of(slot.limiter(), slot.epoch(), Timestamp.from(slot.now())));
    params.addAll(keys);
    jdbc.sql("select key, count, last_at from shared_count where limiter = ? and epoch = ? and expires_at >= ? and key in ("
        + String.join(", ", Collections.nCopies(keys.size(), "?")) + ")").params(params)
        .query((rs, n) -> found.put(hex(rs.getBytes(1)), new Counter.Tally(rs.getInt(2), rs.getTimestamp(3).toInstant()))).list();
    return found;
  }

  @Override
  void add(Slot slot, List<byte[]> keys) {
    List<Object> params = new ArrayList<>();
    for (byte[] k : keys) params.addAll(row(slot, k));
    jdbc.sql(UPSERT.formatted(String.join(", ", Collections.nCopies(keys.size(), "(?, ?, ?, 1, ?, ?)")))).params(params).update();
  }

  @Override
  boolean addBelow(Slot slot, byte[] key, int limit) {
    List<Object> params = new ArrayList<>(row(slot, key));
    params.add(limit);
    // a count at its limit is left alone: no row is written, and the statement answers 0
    return jdbc.sql(UPSERT.formatted("(?, ?, ?, 1, ?, ?)") + " where c.expires_at < excluded.last_at or c.count < ?").params(params)
        .update() == 1;
  }

  @Override
  void undo(Slot slot, byte[] key) {
    jdbc.sql("update shared_count set count = count - 1 where limiter = ? and epoch = ? and key = ? and count > 0")
        .params(slot.limiter(), slot.epoch(), key).update();
  }

  @Override
  void remove(Slot slot, List<byte[]> keys) {
    List<Object> params = new ArrayList<>(List.of(slot.limiter(), slot.epoch()));
    params.addAll(keys);
    jdbc.sql("delete from shared_count where limiter = ? and epoch = ? and key in (" + String.join(", ", Collections.nCopies(keys.size(), "?"))
        + ")").params(params).update();
  }

  @Override
  int held(Slot slot) {
    return jdbc.sql("select count(*) from shared_count where limiter = ? and epoch = ? and expires_at >= ? and count > 0")
        .params(slot.limiter(), slot.epoch(), Timestamp.from(slot.now())).query(Integer.class).single();
  }

  /** Ended windows and their secrets go: every node runs it, a delete twice is harmless. The number of counts deleted. */
  @Scheduled(fixedDelayString = "${sujarit.counts.purge-every:PT10M}", initialDelayString = "${sujarit.counts.purge-every:PT10M}")
  int purge() {
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.sql("delete from shared_count_secret where expires_at < ?").params(now).update();
    return jdbc.sql("delete from shared_count where expires_at < ?").params(now).update();
  }

  @Override
  public void destroy() {
    pool.close();
  }

  private static List<Object> row(Slot slot, byte[] key) {
    return List.of(slot.limiter(), slot.epoch(), key, Timestamp.from(slot.now()), Timestamp.from(slot.expires()));
  }
}
