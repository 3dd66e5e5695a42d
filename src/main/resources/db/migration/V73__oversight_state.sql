-- One row: which version of the read model's statements last rebuilt the oversight tables, and when.
-- A node starting with no row, an older version or a different number of organizations rebuilds them.
create table oversight_state (
  id boolean primary key default true check (id),
  model_version int not null,
  rebuilt_at timestamptz not null
);
