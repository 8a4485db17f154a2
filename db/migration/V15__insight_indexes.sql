-- Insight at national scale: the dashboards read only these covering indexes (no visit to the
-- placement rows), and the time from referral to placement is kept on the placement itself.
ALTER TABLE placement ADD COLUMN referred_at DATETIME(6) NULL;
UPDATE placement p JOIN referral r ON r.id = p.referral_id SET p.referred_at = r.created_at;
ALTER TABLE placement
    ADD KEY ix_placement_council_insight (council_id, status, category, need_level, start_date, planned_end, ended_on, weekly_fee,
                                          referred_at, agreed_at),
    ADD KEY ix_placement_hub_insight (hub_id, status, category, need_level, council_id, start_date, planned_end, ended_on, weekly_fee,
                                      referred_at, agreed_at);
ALTER TABLE referral
    ADD KEY ix_referral_council_status (council_id, status),
    ADD KEY ix_referral_hub_status (hub_id, status);
