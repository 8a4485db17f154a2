-- An open framework reopens by a new competition on the same terms: a tender copied from the
-- framework's own, answering one of its scheduled reopening dates. When its award is final the
-- new ranked membership replaces the old (the old agreement becomes REPLACED).
ALTER TABLE tender
    ADD COLUMN reopens_tender_id BIGINT NULL,
    ADD COLUMN reopening_date DATE NULL,
    ADD KEY ix_tender_reopens (reopens_tender_id, reopening_date),
    ADD CONSTRAINT fk_tender_reopens FOREIGN KEY (reopens_tender_id) REFERENCES tender (id);
