-- An award withdrawn after an upheld challenge stays in the history, and a new award decision can
-- be proposed: many awards per tender, at most one that is not withdrawn (kept by a unique index
-- on a column that is NULL for withdrawn awards).
ALTER TABLE award ADD KEY ix_award_tender (tender_id);
ALTER TABLE award DROP INDEX tender_id;
ALTER TABLE award ADD COLUMN current_tender_id BIGINT GENERATED ALWAYS AS (IF(status = 'WITHDRAWN', NULL, tender_id)) STORED,
    ADD CONSTRAINT uq_award_current UNIQUE (current_tender_id);
