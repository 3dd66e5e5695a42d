create table plan (
  id               uuid primary key,
  organization_id  uuid not null references organization (id),
  created_at       timestamptz not null default now()
);

create index plan_organization on plan (organization_id);

-- One row per version; a version is changed only while it is a DRAFT. revision guards concurrent edits.
create table plan_version (
  plan_id          uuid not null references plan (id),
  version          int not null,
  status           text not null,
  framework_code   text not null,
  first_year       int not null,
  last_year        int not null,
  title            text not null collate thai,
  introduction     jsonb not null,
  stated_totals    jsonb,
  revision         bigint not null,
  created_at       timestamptz not null,
  created_by       text not null,
  submitted_at     timestamptz,
  submitted_by     text,
  approved_at      timestamptz,
  approved_by      text,
  published_at     timestamptz,
  published_by     text,
  return_comment   text,
  returned_at      timestamptz,
  returned_by      text,
  amendment_note   text,
  updated_at       timestamptz not null,
  primary key (plan_id, version),
  constraint plan_version_years check (last_year >= first_year and last_year - first_year < 5)
);

-- An item keeps its id across versions, so versions can be compared and progress follows it.
create table plan_item (
  plan_id          uuid not null,
  version          int not null,
  id               uuid not null,
  mission_code     text not null,
  sequence         int not null,
  kind             text not null,
  name             text not null collate thai,
  budget           jsonb not null,
  quarters         jsonb not null,
  responsible_units jsonb not null,
  remark           text,
  details          jsonb,
  primary key (plan_id, version, id),
  foreign key (plan_id, version) references plan_version (plan_id, version) on delete cascade
);
