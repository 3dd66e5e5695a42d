-- Oversight read model: what the province and country views add up, kept per organization and cycle
-- (framework) so that a summary never scans plan items or progress records. Refreshed for one
-- organization when its plans, progress or registration change; rebuilt whole on demand.
create table oversight_organization (
  organization_id  uuid primary key references organization (id),
  name             text not null collate thai,
  kind             text not null,
  province         text collate thai,
  code             text not null
);
create index oversight_organization_province on oversight_organization (province);

-- The plan of the cycle that counts: the one in force (latest version), else the latest draft.
create table oversight_plan (
  organization_id  uuid not null references organization (id),
  framework_code   text not null,
  plan_id          uuid not null,
  version          int not null,
  status           text not null,
  first_year       int not null,
  last_year        int not null,
  approved_at      timestamptz,
  published_at     timestamptz,
  due_at           timestamptz,           -- in force by then to be on time (the first fiscal year's start)
  items            int not null,
  refreshed_at     timestamptz not null,
  primary key (organization_id, framework_code)
);

create table oversight_mission (
  organization_id  uuid not null,
  framework_code   text not null,
  fiscal_year      int not null,
  mission_code     text not null,
  items            int not null,
  budget           numeric(16, 2) not null,
  primary key (framework_code, fiscal_year, organization_id, mission_code)
);

-- One row per round of every fiscal year of a plan in force, reported or not (so overdue shows).
create table oversight_round (
  organization_id  uuid not null,
  framework_code   text not null,
  fiscal_year      int not null,
  round            text not null,
  deadline_month   int not null,
  deadline_day     int not null,
  due_at           timestamptz,           -- the end of the organization's deadline day
  items            int not null,
  reported         int not null,          -- items whose latest handed-in record is submitted or accepted
  accepted         int not null,
  done             int not null,
  planned          numeric(16, 2) not null,
  spent            numeric(16, 2) not null,
  last_reported_at timestamptz,
  acknowledged_at  timestamptz,
  primary key (framework_code, fiscal_year, round, organization_id)
);
create index oversight_round_organization on oversight_round (organization_id);

-- Synthetic national data sets written by generate-national (refused a second time).
create table oversight_synthetic (
  seed            bigint not null,
  organizations   int not null,
  generated_at    timestamptz not null default now()
);
