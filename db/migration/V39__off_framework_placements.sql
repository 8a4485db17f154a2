-- Placements bought outside the frameworks (spot purchases) are recorded by the placing council
-- with the same placement agreement, variations, funding split and endings: they have no
-- referral, agreement, lot or agreement price, and say why they were bought off framework.
-- A placement is off framework exactly when agreement_id is NULL.
ALTER TABLE placement
    MODIFY referral_id BIGINT NULL,
    MODIFY agreement_id BIGINT NULL,
    MODIFY lot_number INT NULL,
    MODIFY agreement_fee DECIMAL(10, 2) NULL,
    ADD COLUMN off_framework_reason VARCHAR(500) NULL;
