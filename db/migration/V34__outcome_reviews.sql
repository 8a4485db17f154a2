-- What a placement did for the child, recorded by the placing council at set points: three months in,
-- every six months after, and at the end. The notes are sealed (ChildDetailsConverter); the rest are
-- counts and yes/no facts that insight adds up (never shown for fewer than five reviews).
CREATE TABLE outcome_review (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    placement_id          BIGINT       NOT NULL,
    council_id            BIGINT       NOT NULL,
    hub_id                BIGINT       NOT NULL,
    provider_id           BIGINT       NOT NULL,
    review_point          VARCHAR(16)  NOT NULL,
    reviewed_on           DATE         NOT NULL,
    moves_since_last      INT          NOT NULL,
    on_school_roll        BOOLEAN      NULL,
    attendance_pct        INT          NULL,
    health_current        BOOLEAN      NULL,
    sdq_score             INT          NULL,
    goals                 VARCHAR(20)  NOT NULL,
    notes                 TEXT         NULL,
    recorded_by           VARCHAR(254) NOT NULL,
    recorded_at           DATETIME(6)  NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_outcome_placement FOREIGN KEY (placement_id) REFERENCES placement (id),
    INDEX ix_outcome_placement (placement_id, reviewed_on),
    INDEX ix_outcome_provider (provider_id, hub_id),
    INDEX ix_outcome_council (council_id, reviewed_on)
) ENGINE = InnoDB;
