-- Pooling placement needs: a hub opens a needs round for a planning year; each member council
-- submits its expected placements per category, need level, age band and sub-region.

CREATE TABLE needs_round (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    hub_id        BIGINT       NOT NULL,
    planning_year SMALLINT     NOT NULL,
    deadline      DATETIME(6)  NOT NULL,
    opened_at     DATETIME(6)  NOT NULL,
    opened_by     VARCHAR(254) NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_needs_round_hub_year UNIQUE (hub_id, planning_year),
    CONSTRAINT fk_needs_round_hub FOREIGN KEY (hub_id) REFERENCES hub (id)
) ENGINE = InnoDB;

-- The sub-regions of the hub that councils report needs against, in the hub's order.
CREATE TABLE needs_round_sub_region (
    round_id BIGINT      NOT NULL,
    position INT         NOT NULL,
    name     VARCHAR(60) NOT NULL,
    PRIMARY KEY (round_id, position),
    CONSTRAINT fk_needs_round_sub_region_round FOREIGN KEY (round_id) REFERENCES needs_round (id)
) ENGINE = InnoDB;

CREATE TABLE needs_submission (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id     BIGINT       NOT NULL,
    council_id   BIGINT       NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    submitted_at DATETIME(6)  NULL,
    submitted_by VARCHAR(254) NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_needs_submission_round_council UNIQUE (round_id, council_id),
    KEY ix_needs_submission_round_status (round_id, status),
    CONSTRAINT fk_needs_submission_round FOREIGN KEY (round_id) REFERENCES needs_round (id),
    CONSTRAINT fk_needs_submission_council FOREIGN KEY (council_id) REFERENCES council (id)
) ENGINE = InnoDB;

-- One line of need. Money is GBP with pence; the estimated annual value is
-- placements x weeks x baseline weekly fee.
CREATE TABLE need_line (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    submission_id       BIGINT        NOT NULL,
    category            VARCHAR(40)   NOT NULL,
    need_level          VARCHAR(24)   NOT NULL,
    age_band            VARCHAR(16)   NOT NULL,
    sub_region          VARCHAR(60)   NOT NULL,
    placements          INT           NOT NULL,
    weeks               INT           NOT NULL,
    baseline_weekly_fee DECIMAL(10, 2) NOT NULL,
    CONSTRAINT uq_need_line_key UNIQUE (submission_id, category, need_level, age_band, sub_region),
    -- Covers the hub's profile query: group by category, sub-region and need level.
    KEY ix_need_line_profile (submission_id, category, sub_region, need_level, placements, weeks, baseline_weekly_fee),
    CONSTRAINT fk_need_line_submission FOREIGN KEY (submission_id) REFERENCES needs_submission (id)
) ENGINE = InnoDB;
