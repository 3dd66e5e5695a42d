-- The organization's own website: the one origin allowed to frame its embeddable public pages.
create table organization_site (
  organization_id  uuid primary key references organization (id),
  origin           text not null,
  set_by           text not null,
  set_at           timestamptz not null
);
