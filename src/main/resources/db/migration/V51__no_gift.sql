-- The No Gift policy of an organization per fiscal year and its culture-building activities (plan items by id).
create table nogift_policy (
  organization_id  uuid not null references organization (id),
  fiscal_year      int not null,
  announced_on     date,
  signer_name      text,
  signer_position  text,
  activity_items   jsonb not null,
  activity_note    text,
  updated_by       text not null,
  updated_at       timestamptz not null,
  primary key (organization_id, fiscal_year)
);

-- The gift register: gifts received and given, with their estimated value and what was done with them.
create table gift_record (
  id               uuid primary key,
  organization_id  uuid not null references organization (id),
  fiscal_year      int not null,
  direction        text not null check (direction in ('RECEIVED', 'GIVEN')),
  person           text not null,
  counterparty     text not null,
  description      text not null,
  occasion         text not null,
  value            numeric(14, 2) not null check (value >= 0),
  given_on         date not null,
  decision         text not null,
  note             text,
  recorded_by      text not null,
  recorded_by_id   uuid,
  recorded_at      timestamptz not null
);
create index gift_record_year on gift_record (organization_id, fiscal_year, given_on);
