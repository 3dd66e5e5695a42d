-- An evidence file the plan officer marked public: shown with the acknowledged report on the public site.
alter table evidence_file add column public_by text, add column public_since timestamptz;
