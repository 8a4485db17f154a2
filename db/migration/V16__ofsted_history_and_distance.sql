-- Every Ofsted judgement a setting has had, newest last: the provider records each new inspection
-- (the current one stays on provider_setting for matching). A drop is a worse judgement than the
-- one before it; the hub's alerts show drops of appointed providers.
CREATE TABLE ofsted_inspection (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    setting_id     BIGINT       NOT NULL,
    judgement      VARCHAR(32)  NOT NULL,
    judgement_date DATE         NOT NULL,
    previous       VARCHAR(32)  NULL,
    recorded_at    DATETIME(6)  NOT NULL,
    recorded_by    VARCHAR(254) NOT NULL,
    KEY ix_ofsted_inspection_setting (setting_id, judgement_date),
    KEY ix_ofsted_inspection_recorded (recorded_at),
    CONSTRAINT fk_ofsted_inspection_setting FOREIGN KEY (setting_id) REFERENCES provider_setting (id)
) ENGINE = InnoDB;

INSERT INTO ofsted_inspection (setting_id, judgement, judgement_date, previous, recorded_at, recorded_by)
SELECT id, judgement, judgement_date, NULL, CAST(judgement_date AS DATETIME(6)), 'registration'
FROM provider_setting WHERE judgement <> 'NOT_YET_INSPECTED' AND judgement_date IS NOT NULL;

-- How far from the child's home district each placement's setting is (between district centroids),
-- for children placed in and out of area. Unknown (NULL) where either district is not listed.
ALTER TABLE placement ADD COLUMN distance_km DECIMAL(7, 1) NULL;
UPDATE placement p
    JOIN referral r ON r.id = p.referral_id
    JOIN provider_setting s ON s.id = p.setting_id
    JOIN postcode_district h ON h.district = r.postcode_district
    JOIN postcode_district d ON d.district = s.postcode_district
SET p.distance_km = ROUND(6371.0088 * 2 * ASIN(SQRT(POWER(SIN(RADIANS(d.latitude - h.latitude) / 2), 2)
    + COS(RADIANS(h.latitude)) * COS(RADIANS(d.latitude)) * POWER(SIN(RADIANS(d.longitude - h.longitude) / 2), 2))), 1);

-- Provider performance and spend by provider read only these covering indexes (per hub, per council).
ALTER TABLE placement
    ADD KEY ix_placement_hub_provider (hub_id, provider_id, status, ending, start_date, planned_end, ended_on, weekly_fee, distance_km,
                                       council_id),
    ADD KEY ix_placement_council_provider (council_id, provider_id, status, ending, start_date, planned_end, ended_on, weekly_fee,
                                           distance_km);
