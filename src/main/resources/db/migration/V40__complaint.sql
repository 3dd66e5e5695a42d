-- Complaints and whistleblowing. Everything a complainant wrote or is (text, identity, messages, file
-- names) is stored only sealed with the case's own AES-GCM key, itself stored only wrapped by the
-- installation key, which is kept outside the database. Plain columns hold the facts the lists and
-- statistics need: numbers, channels, dates, statuses, categories.

-- Salt of the receipt hashes (PBKDF2); one row. Receipts are looked up by their hash alone.
create table complaint_receipt_salt (
  id    int primary key check (id = 1),
  salt  bytea not null
);

-- Each organization's two public channels: open to the public or not, and their handling time.
create table complaint_channel (
  organization_id uuid not null references organization (id),
  channel         text not null check (channel in ('GENERAL', 'CORRUPTION')),
  open            boolean not null default false,
  deadline_days   int not null default 15 check (deadline_days between 1 and 90),
  primary key (organization_id, channel)
);

-- Officers assigned to a channel: only they read its cases.
create table complaint_officer (
  organization_id uuid not null references organization (id),
  channel         text not null check (channel in ('GENERAL', 'CORRUPTION')),
  account_id      uuid not null references app_user (id) on delete cascade,
  primary key (organization_id, channel, account_id)
);

create table complaint_counter (
  organization_id uuid not null references organization (id),
  fiscal_year     int not null,
  last            int not null,
  primary key (organization_id, fiscal_year)
);

create table complaint_case (
  id               uuid primary key,
  organization_id  uuid not null references organization (id),
  fiscal_year      int not null,
  sequence         int not null,
  channel          text not null check (channel in ('GENERAL', 'CORRUPTION')),
  intake           text not null,
  category         text not null,
  received_on      date not null,
  due_on           date not null,
  status           text not null,
  answered_on      date,
  satisfaction     int not null default 0 check (satisfaction between 0 and 5),
  anonymous        boolean not null,
  wants_updates    boolean not null default false,
  key_id           text not null,
  wrapped_key      bytea not null,
  sealed_content   bytea not null,
  sealed_identity  bytea,
  sealed_outcome   bytea,
  created_at       timestamptz not null,
  unique (organization_id, fiscal_year, sequence)
);
create index complaint_case_list on complaint_case (organization_id, channel, received_on desc);
create index complaint_case_open on complaint_case (organization_id, due_on) where answered_on is null;

create table complaint_receipt (
  hash     text primary key,
  case_id  uuid not null unique references complaint_case (id) on delete cascade
);

-- The case's history: each step of the workflow (with its day), messages, views and reveals.
create table complaint_event (
  id          bigserial primary key,
  case_id     uuid not null references complaint_case (id) on delete cascade,
  at          timestamptz not null,
  actor       text not null,
  action      text not null,
  to_status   text,
  on_date     date
);
create index complaint_event_case on complaint_event (case_id, id);

create table complaint_message (
  id           uuid primary key,
  case_id      uuid not null references complaint_case (id) on delete cascade,
  author       text not null check (author in ('OFFICER', 'COMPLAINANT')),
  at           timestamptz not null,
  sealed_text  bytea not null
);
create index complaint_message_case on complaint_message (case_id, at);

-- Files are kept encrypted on disk (stripped of identifying metadata before encryption).
create table complaint_attachment (
  id           uuid primary key,
  case_id      uuid not null references complaint_case (id) on delete cascade,
  author       text not null check (author in ('OFFICER', 'COMPLAINANT')),
  at           timestamptz not null,
  kind         text not null,
  size         bigint not null,
  sealed_name  bytea not null
);
create index complaint_attachment_case on complaint_attachment (case_id, at);
