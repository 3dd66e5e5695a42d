-- Each organization's entries get their own running number, so that what an organization's users
-- see (numbers, counts) says nothing about how many entries other organizations have. The global
-- seq stays the chain's order; org_seq is checked by the verification (1, 2, 3 … per organization).
alter table audit_entry add column org_seq bigint;

alter table audit_entry disable trigger audit_entry_no_update;
update audit_entry e set org_seq = n.rn
from (select seq, row_number() over (partition by organization_id order by seq) as rn
      from audit_entry where organization_id is not null) n
where e.seq = n.seq;
alter table audit_entry enable trigger audit_entry_no_update;

create unique index audit_entry_org_seq on audit_entry (organization_id, org_seq);
