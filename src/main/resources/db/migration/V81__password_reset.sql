-- self-service password reset by e-mail: the address a reset link is sent to, and the links themselves
alter table app_user add column email text;

-- only the SHA-256 of a link's token is kept, so a copy of the database opens no account
create table password_reset (
  token_hash  text primary key,
  user_id     uuid not null references app_user(id) on delete cascade,
  created_at  timestamptz not null,
  expires_at  timestamptz not null,
  used_at     timestamptz
);
create index password_reset_user on password_reset(user_id, created_at);
