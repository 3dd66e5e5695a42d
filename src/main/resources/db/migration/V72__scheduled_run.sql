-- One row per run of a scheduled job (e.g. the reminders of one day): the node that inserts it runs
-- the job, the others see the conflict and skip it, so a job runs once however many nodes there are.
create table scheduled_run (
  job         text not null,
  slot        text not null,
  node        text not null,
  claimed_at  timestamptz not null default now(),
  primary key (job, slot)
);
