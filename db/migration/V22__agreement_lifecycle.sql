-- A framework agreement lives its term: live until its end date (expired by the scheduler after
-- it), extended within the extension its tender allowed, or terminated early with a reason.
ALTER TABLE tender ADD COLUMN extension_months INT NOT NULL DEFAULT 0;

ALTER TABLE framework_agreement
    ADD COLUMN ends_on DATE NULL,
    ADD COLUMN latest_end DATE NULL,
    ADD COLUMN ended_at DATETIME(6) NULL,
    ADD COLUMN end_reason VARCHAR(1000) NULL,
    ADD COLUMN version BIGINT NOT NULL DEFAULT 0,
    ADD KEY ix_framework_agreement_live_end (status, ends_on);

UPDATE framework_agreement fa JOIN tender t ON t.id = fa.tender_id
SET fa.ends_on = t.term_end, fa.latest_end = t.term_end;
