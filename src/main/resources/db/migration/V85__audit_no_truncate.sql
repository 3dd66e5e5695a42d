-- The row trigger of V4 does not fire on TRUNCATE, which would empty the chain in one statement;
-- a statement trigger refuses it (for the chain and its head alike).
create trigger audit_entry_no_truncate before truncate on audit_entry
  for each statement execute function audit_entry_append_only();

create trigger audit_head_no_truncate before truncate on audit_head
  for each statement execute function audit_entry_append_only();
