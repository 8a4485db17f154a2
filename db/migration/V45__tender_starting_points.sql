-- A tender may start from another: one of its hub's previous tenders. Lots, criteria and weights, selection questions, the award
-- rule and documents are copied, never bids or evaluations; the draft keeps where it came from.
ALTER TABLE tender
    ADD COLUMN started_from_tender_id      BIGINT       NULL,
    ADD COLUMN started_from                VARCHAR(400) NULL,
    ADD KEY ix_tender_started_from (started_from_tender_id),
    ADD CONSTRAINT fk_tender_started_from FOREIGN KEY (started_from_tender_id) REFERENCES tender (id);
