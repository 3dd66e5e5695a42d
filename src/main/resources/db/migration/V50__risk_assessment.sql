-- The corruption-risk assessment of an organization per fiscal year. Its risks (steps 1-5 and 9) are one
-- JSON document: they are read and saved together, and each score in it names its matrix and version.
create table risk_assessment (
  id                  uuid primary key,
  organization_id     uuid not null references organization (id),
  fiscal_year         int not null,
  matrix_id           text not null,
  matrix_version      int not null,
  status              text not null check (status in ('DRAFT', 'APPROVED')),
  revision            bigint not null,
  risks               jsonb not null,
  created_by          text not null,
  created_at          timestamptz not null,
  approved_by         text,
  approved_at         timestamptz,
  acknowledged_by     text,
  acknowledged_at     timestamptz,
  acknowledgement_note text,
  unique (organization_id, fiscal_year)
);

-- Step 6: what the unit watching a risk reports per monitoring round (the latest report counts).
create table risk_surveillance (
  assessment_id  uuid not null references risk_assessment (id) on delete cascade,
  risk_id        uuid not null,
  fiscal_year    int not null,
  round          text not null check (round in ('HALF_YEAR', 'FULL_YEAR')),
  status         text not null check (status in ('GREEN', 'YELLOW', 'RED')),
  happened       text,
  reported_by    text not null,
  reported_at    timestamptz not null,
  primary key (assessment_id, risk_id, round)
);
