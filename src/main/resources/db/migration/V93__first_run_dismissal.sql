-- The accounts that have put the first-run guide away: it stays away at their next sign-in.
create table first_run_dismissal (
  account_id    uuid primary key references app_user (id) on delete cascade,
  dismissed_at  timestamptz not null default now()
);
