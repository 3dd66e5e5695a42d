-- Oversight read model, second part: complaints, the corruption-risk assessment and the ITA evidence of
-- each organization per fiscal year, so that a summary reads these too without scanning cases or risks.

-- Cases received in the fiscal year (by received date, as the complaint statistics count them).
create table oversight_complaint (
  organization_id  uuid not null,
  fiscal_year      int not null,
  received         int not null,
  finished         int not null,          -- answered: a result, not in scope, or closed
  closed           int not null,
  open_due         date[] not null,       -- due dates of the cases not answered yet: overdue is counted at read time
  primary key (fiscal_year, organization_id)
);
create index oversight_complaint_organization on oversight_complaint (organization_id);

create table oversight_risk (
  organization_id  uuid not null,
  fiscal_year      int not null,
  status           text not null,         -- DRAFT or APPROVED
  acknowledged     boolean not null,
  risks            int not null,
  untreated        int,                   -- risks whose level needs a measure and have none (approved assessments)
  primary key (fiscal_year, organization_id)
);
create index oversight_risk_organization on oversight_risk (organization_id);

-- OIT items of the ITA year and how many have published evidence.
create table oversight_ita (
  organization_id  uuid not null,
  fiscal_year      int not null,
  items            int not null,
  ready            int not null,
  primary key (fiscal_year, organization_id)
);
create index oversight_ita_organization on oversight_ita (organization_id);
