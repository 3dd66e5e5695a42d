-- The fiscal year whose risk assessment a plan version's Part 1 shows; null is the plan's first year.
alter table plan_version add column part1_risk_year int;
