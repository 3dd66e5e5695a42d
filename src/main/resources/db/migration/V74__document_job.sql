-- Background document jobs, so that any node answers the status poll and serves the finished file,
-- also when the node that rendered it has stopped. A running job's node touches heartbeat_at while it
-- lives; a job whose heartbeat stopped is reported as interrupted.
create table document_job (
  id uuid primary key,
  owner uuid not null,
  file_name text not null,
  media_type text not null,
  node text not null,
  started_at timestamptz not null,
  heartbeat_at timestamptz not null,
  status text not null check (status in ('RUNNING', 'DONE', 'FAILED')),
  content bytea,
  error_key text,
  error_text text
);
create index document_job_started on document_job (started_at);
