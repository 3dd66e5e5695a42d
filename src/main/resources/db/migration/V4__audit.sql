-- Append-only, hash-chained record of every change. Each row's hash covers its content and the hash
-- of the row before it, so an edited or deleted row breaks the chain; audit_head holds the newest
-- hash so that removing the last rows is detected too.
create table audit_entry (
  seq              bigint primary key,
  occurred_at      timestamptz not null,
  actor            text not null,
  organization_id  uuid,
  entity_type      text not null,
  entity_id        text not null,
  action           text not null,
  before_state     text,
  after_state      text,
  prev_hash        text not null,
  hash             text not null
);

create index audit_entry_organization on audit_entry (organization_id, seq);
create index audit_entry_entity on audit_entry (entity_type, entity_id, seq);

create table audit_head (
  id    int primary key check (id = 1),
  seq   bigint not null,
  hash  text not null
);

create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_entry is append-only';
end $$;

create trigger audit_entry_no_update before update or delete on audit_entry
  for each row execute function audit_entry_append_only();
