-- Young evaluators: a participation panel member (an account with the YOUNG_EVALUATOR role) is
-- assigned to score one quality question of a lot. A null criterion is an evaluator who scores
-- every quality question of the lot, as before.
ALTER TABLE evaluator_assignment ADD COLUMN criterion_id BIGINT NULL AFTER lot_number;
