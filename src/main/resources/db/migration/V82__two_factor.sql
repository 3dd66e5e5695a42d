-- optional second factor (TOTP, RFC 6238) for administrators, executives and complaint officers
alter table app_user add column totp_secret text;
-- the last time step whose code was accepted: a code seen once (over a shoulder, in a proxy log) is not taken again
alter table app_user add column totp_last_step bigint not null default 0;

-- one-time codes for a lost phone, kept as SHA-256 only
create table totp_recovery_code (
  user_id    uuid not null references app_user(id) on delete cascade,
  code_hash  text not null,
  used_at    timestamptz,
  primary key (user_id, code_hash)
);
