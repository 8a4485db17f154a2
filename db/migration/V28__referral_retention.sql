-- Referrals that never became placements keep the child's details only for a while (12 months by
-- default): then the reference, the needs summary, the need tags and the home district are removed.
ALTER TABLE referral
    ADD COLUMN details_removed_at DATETIME(6) NULL,
    ADD KEY ix_referral_retention (status, closed_at, details_removed_at);
