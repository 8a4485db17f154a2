-- The tenders and agreements register counts each agreement's call-offs from this index.
ALTER TABLE placement ADD KEY ix_placement_agreement (agreement_id, status);
