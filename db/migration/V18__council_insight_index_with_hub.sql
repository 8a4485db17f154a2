-- A hub filtering its register by one council counts that council's placements from this index
-- alone: the hub is in it (V15's index made every entry visit its row to check the hub).
ALTER TABLE placement
    DROP KEY ix_placement_council_insight,
    ADD KEY ix_placement_council_insight (council_id, hub_id, status, category, need_level, start_date, planned_end, ended_on,
                                          weekly_fee, referred_at, agreed_at);
