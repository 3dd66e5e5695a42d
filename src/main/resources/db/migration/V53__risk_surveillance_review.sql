-- The review of a surveillance report, as for plan progress: SUBMITTED, then ACCEPTED or RETURNED with a comment.
alter table risk_surveillance add column review text not null default 'SUBMITTED' check (review in ('SUBMITTED', 'RETURNED', 'ACCEPTED'));
alter table risk_surveillance add column reviewed_by text;
alter table risk_surveillance add column reviewed_at timestamptz;
alter table risk_surveillance add column review_comment text;
