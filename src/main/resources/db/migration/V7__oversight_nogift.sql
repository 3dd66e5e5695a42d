-- Oversight read model: the signed No Gift announcement of each organization per fiscal year (the last
-- signed one, which the public sees), so that a summary counts the organizations that announced the
-- policy. It counts once its day has come (announced_on <= today), which is decided at read time.
create table oversight_nogift (
  organization_id  uuid not null,
  fiscal_year      int not null,
  announced_on     date not null,
  primary key (fiscal_year, organization_id)
);
create index oversight_nogift_organization on oversight_nogift (organization_id);
