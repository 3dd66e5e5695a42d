-- Anchors: the chain's length and head hash at a moment, signed with the installation's audit key
-- (kept outside the database) and published on the public site, so that a chain emptied or rewritten
-- later, even by the owner of the tables, no longer matches an anchor someone kept.
create table audit_anchor (
  id            bigserial primary key,
  published_at  timestamptz not null,
  chain_length  bigint not null,
  head_hash     text not null,
  key_id        text not null,
  public_key    text not null,
  signature     text not null
);

create trigger audit_anchor_no_update before update or delete on audit_anchor
  for each row execute function audit_entry_append_only();
create trigger audit_anchor_no_truncate before truncate on audit_anchor
  for each statement execute function audit_entry_append_only();

-- the chain's head row is replaced as the chain grows, never removed
create trigger audit_head_no_delete before delete on audit_head
  for each row execute function audit_entry_append_only();
