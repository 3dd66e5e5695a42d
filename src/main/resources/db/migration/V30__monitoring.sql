-- Progress of plan items per fiscal year and round. Each change of content is a new version (row);
-- the review (submit, accept, return) moves on the latest version.
create table progress_record (
  id               uuid primary key,
  organization_id  uuid not null references organization (id),
  plan_id          uuid not null references plan (id),
  plan_version     int not null,
  item_id          uuid not null,
  fiscal_year      int not null,
  round            text not null,
  version          int not null,
  status           text not null,
  done_text        text,
  started_on       date,
  finished_on      date,
  spent            numeric(14, 2) check (spent >= 0),
  indicators       jsonb not null,
  problems         text,
  suggestions      text,
  reason           text,
  review_status    text not null,
  saved_by         text not null,
  saved_at         timestamptz not null,
  reviewed_by      text,
  reviewed_at      timestamptz,
  review_comment   text,
  correction_note  text,
  unique (plan_id, item_id, fiscal_year, round, version)
);

create index progress_record_round on progress_record (plan_id, fiscal_year, round);

-- A round closes when the executive acknowledges it (the signed memo ITA asks for).
create table progress_round (
  plan_id          uuid not null references plan (id),
  fiscal_year      int not null,
  round            text not null,
  acknowledged_by  text not null,
  acknowledged_at  timestamptz not null,
  acknowledged_name text not null,
  note             text,
  primary key (plan_id, fiscal_year, round)
);

-- Evidence files: content on disk named by its SHA-256, metadata here.
create table evidence_file (
  id               uuid primary key,
  organization_id  uuid not null references organization (id),
  plan_id          uuid not null references plan (id),
  item_id          uuid not null,
  fiscal_year      int not null,
  round            text not null,
  file_name        text not null,
  media_type       text not null,
  size_bytes       bigint not null,
  sha256           text not null,
  uploaded_by      text not null,
  uploaded_at      timestamptz not null
);

create index evidence_file_round on evidence_file (plan_id, fiscal_year, round, item_id);

-- Per organization: the day of the year each report is due (default 15 April and 15 October).
create table reporting_deadline (
  organization_id  uuid primary key references organization (id),
  half_year_month  int not null check (half_year_month between 1 and 12),
  half_year_day    int not null check (half_year_day between 1 and 31),
  full_year_month  int not null check (full_year_month between 1 and 12),
  full_year_day    int not null check (full_year_day between 1 and 31)
);

-- Where reminders about a unit's unreported items are mailed, when a mail server is configured.
create table unit_contact (
  unit_id          uuid primary key references org_unit (id),
  organization_id  uuid not null references organization (id),
  email            text not null
);

-- The actual value of each Part 1 goal per fiscal year (e.g. the ITA score), entered by the planner.
create table goal_result (
  plan_id          uuid not null references plan (id),
  fiscal_year      int not null,
  goal_name        text not null,
  actual           numeric(14, 2) not null,
  recorded_by      text not null,
  recorded_at      timestamptz not null,
  primary key (plan_id, fiscal_year, goal_name)
);
