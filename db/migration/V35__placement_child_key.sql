-- The same child across a council's placements, for the stability measures: a keyed HMAC of the
-- council and the child's reference (ChildKey), never the reference. Placements made before this
-- have none, and the measures count each of them as a child of its own.
ALTER TABLE placement
    ADD COLUMN child_key CHAR(64) NULL,
    ADD INDEX ix_placement_child (council_id, child_key, start_date);
