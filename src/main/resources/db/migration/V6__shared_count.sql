-- The counts of the rate limits (failed sign-ins, complaint submissions and receipt look-ups), shared
-- by every node so that N nodes do not give N times the limit (database/Counters). A key is never
-- stored as given: it is an HMAC-SHA256 under the secret of its limiter and window. Unlogged: the
-- counts are not written to the WAL, so neither the WAL archive, base backups nor a replica hold the
-- hashed addresses; a crash of the server empties the table, as a restart emptied the memory before.
create unlogged table shared_count (
  limiter    text not null,
  epoch      bigint not null,      -- the window's number for fixed windows, 0 for counts forgotten after a quiet time
  key        bytea not null,
  count      integer not null,
  last_at    timestamptz not null,
  expires_at timestamptz not null, -- the window's end, or the last addition plus the quiet time
  primary key (limiter, epoch, key)
);
create index shared_count_expiry on shared_count (expires_at);

-- The random secret that keys the hashes of one limiter's window; deleted with the window, so a hash
-- of a complainant's address cannot be tested once its window is over. Logged (unlike the counts):
-- a server crash keeps it, and the nodes that cached it still agree with the empty counts.
create table shared_count_secret (
  limiter    text not null,
  epoch      bigint not null,
  secret     bytea not null,
  expires_at timestamptz,          -- null: the secret of counts forgotten after a quiet time, kept
  primary key (limiter, epoch)
);
