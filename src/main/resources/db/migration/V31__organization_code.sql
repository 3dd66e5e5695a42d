-- The public code of an organization: the DLA's 7-digit LGO code where known, else one Sujarit
-- assigns once ("S" and six digits, never a valid DLA code). Public links (/o/{code}) are built on
-- it; a code that was replaced stays an alias so that old links keep working.
create sequence organization_code_seq;

alter table organization add column code text;
update organization set code = 'S' || lpad(nextval('organization_code_seq')::text, 6, '0');
alter table organization alter column code set not null;
alter table organization alter column code set default 'S' || lpad(nextval('organization_code_seq')::text, 6, '0');
alter table organization add constraint organization_code_unique unique (code);
alter table organization add constraint organization_code_form check (code ~ '^([0-9]{7}|S[0-9]{6,})$');

create table organization_code_alias (
  code             text primary key,
  organization_id  uuid not null references organization (id),
  replaced_at      timestamptz not null default now()
);
