#!/usr/bin/env bash
# Rehearses the README's backup and restore on a scratch PostgreSQL cluster (run as root; the server runs as
# the postgres user): base backup with pg_basebackup, rows committed after it, WAL archived, the primary
# lost (immediate stop), then the base backup restored and the archived WAL replayed. Prints the rows found.
#   bench/restore-rehearsal.sh [PG_BIN_DIR]     (e.g. /usr/lib/postgresql/15/bin)
set -euo pipefail
B=${1:-$(ls -d /usr/lib/postgresql/*/bin | tail -1)}
R=$(mktemp -d /tmp/sujarit-restore.XXXX)
mkdir -p "$R/wal" "$R/base"; chown -R postgres "$R"
as_pg() { su postgres -c "$*"; }
as_pg "$B/initdb -D $R/primary -A trust -U postgres >/dev/null"
cat >> "$R/primary/postgresql.conf" <<CONF
port = 18500
listen_addresses = 'localhost'
unix_socket_directories = '$R'
wal_level = replica
archive_mode = on
archive_command = 'test ! -f $R/wal/%f && cp %p $R/wal/%f'
CONF
as_pg "$B/pg_ctl -D $R/primary -l $R/primary.log -w start >/dev/null"
q() { psql -h localhost -p "$1" -U postgres -qAt -c "$2"; }
q 18500 "create table plan_note (n int, note text)"
q 18500 "insert into plan_note select g, 'before the backup' from generate_series(1, 1000) g"
as_pg "$B/pg_basebackup -h localhost -p 18500 -U postgres -D $R/base/today -Ft -z -X fetch"
q 18500 "insert into plan_note select g, 'after the backup' from generate_series(1001, 1500) g"
q 18500 "select pg_switch_wal()" >/dev/null   # what archive_timeout does on a quiet server
sleep 3
as_pg "$B/pg_ctl -D $R/primary -m immediate -w stop >/dev/null"   # the primary is lost
as_pg "mkdir -m 700 $R/restored && tar -xzf $R/base/today/base.tar.gz -C $R/restored"
printf "restore_command = 'cp %s/wal/%%f %%p'\nport = 18501\n" "$R" >> "$R/restored/postgresql.auto.conf"
as_pg "touch $R/restored/recovery.signal && $B/pg_ctl -D $R/restored -l $R/restored.log -w start >/dev/null"
q 18501 "select note || ': ' || count(*) from plan_note group by note order by note"
q 18501 "select 'in recovery: ' || pg_is_in_recovery()"
as_pg "$B/pg_ctl -D $R/restored -w stop >/dev/null"
rm -rf "$R"
