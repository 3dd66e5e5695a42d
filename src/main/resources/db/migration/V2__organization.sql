create table organization (
  id          uuid primary key,
  name        text not null collate thai,
  kind        text not null,
  province    text collate thai,
  district    text collate thai,
  parent_id   uuid references organization (id),
  created_at  timestamptz not null default now(),
  constraint organization_name_unique unique (name, province)
);

create index organization_province on organization (province);

create table org_unit (
  id               uuid primary key,
  organization_id  uuid not null references organization (id),
  name             text not null collate thai,
  active           boolean not null default true,
  constraint org_unit_name_unique unique (organization_id, name)
);
