create table app_user (
  id                  uuid primary key,
  username            text not null,
  display_name        text not null collate thai,
  password_hash       text not null,
  organization_id     uuid references organization (id),
  unit_id             uuid references org_unit (id),
  oversight_province  text,
  enabled             boolean not null default true,
  created_at          timestamptz not null default now(),
  password_changed_at timestamptz not null default now()
);

create unique index app_user_username on app_user (lower(username));
create index app_user_organization on app_user (organization_id);

create table user_role (
  user_id  uuid not null references app_user (id) on delete cascade,
  role     text not null,
  primary key (user_id, role)
);
