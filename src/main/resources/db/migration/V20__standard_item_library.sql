-- The standard item library: projects, activities and measures that recur across real plans, each
-- with the mission plans of a framework usually place it under and a draft detail sheet (plan JSON).
-- Texts may hold {org} (the organization's name), {first} and {last} (the plan's first and last year).
create table library_entry (
  id           uuid primary key,
  position     int not null,
  kind         text not null,
  name         text not null collate thai,
  description  text,
  missions     jsonb not null,
  details      jsonb not null,
  active       boolean not null default true,
  updated_at   timestamptz not null default now(),
  updated_by   text not null default 'system'
);

create index library_entry_position on library_entry (position);
