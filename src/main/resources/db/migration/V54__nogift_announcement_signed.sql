-- The No Gift announcement is drafted by the planner and signed by the executive (issue 11).
-- status: DRAFT while the planner prepares it, SIGNED once the executive signed the date in announced_on.
-- signed_on/signed_by/signed_at and signer_name/signer_position describe the last signed announcement,
-- the one the public sees; they stay while a new draft waits to be signed.
alter table nogift_policy add column status text not null default 'DRAFT' check (status in ('DRAFT', 'SIGNED'));
alter table nogift_policy add column signed_on date;
alter table nogift_policy add column signed_by text;
alter table nogift_policy add column signed_at timestamptz;

-- Announcements recorded before the sign step with a date and a typed signer were complete (and public):
-- they count as signed on paper, by the name as typed (signed_by stays null: no account signed them).
-- Rows without a date or a signer become drafts for the executive to sign (a typed signer without a date
-- stays in the row until the next save, and in the audit trail).
update nogift_policy set status = 'SIGNED', signed_on = announced_on, signed_at = updated_at
where announced_on is not null and signer_name is not null;
