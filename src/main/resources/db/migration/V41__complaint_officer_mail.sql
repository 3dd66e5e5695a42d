-- Where each complaint officer wants deadline reminders and assignment notices mailed. The officer
-- sets it, not the administrator, so that an administrator cannot redirect the notice that tells the
-- officers someone new reads their channel.
create table complaint_officer_mail (
  account_id  uuid primary key references app_user (id) on delete cascade,
  address     text not null check (length(address) between 3 and 254)
);

-- When and by whom each officer was assigned to a channel: the other officers are told of new readers.
-- Assignments made before this version have no date.
alter table complaint_officer add column assigned_at timestamptz, add column assigned_by text;
