-- The officers' list reads the cases of both channels newest first and the statistics a span of received
-- dates; complaint_case_list leads with the channel, so both sorted or filtered every case of the
-- organization. One index in the list's order serves both.
create index complaint_case_received on complaint_case (organization_id, received_on desc, fiscal_year desc, sequence desc);
