-- Call-offs: referrals for a child, matched to the providers that fit, offers, individual
-- placement agreements and their variations; vacancies and registered needs per setting.

-- Where each postcode district is: its approximate centroid, for distances between a child's home
-- area and a setting. Reference data (V13 loads the districts of the demo regions).
CREATE TABLE postcode_district (
    district  VARCHAR(4)    NOT NULL PRIMARY KEY,
    latitude  DECIMAL(8, 5) NOT NULL,
    longitude DECIMAL(8, 5) NOT NULL
) ENGINE = InnoDB;

ALTER TABLE provider_setting
    ADD COLUMN vacancies            INT          NOT NULL DEFAULT 0,
    ADD COLUMN vacancies_updated_at DATETIME(6)  NULL,
    ADD COLUMN registered_needs     VARCHAR(500) NOT NULL DEFAULT '',
    ADD KEY ix_provider_setting_category (category, provider_id);

-- How councils call off from the agreement: direct award by rank, or further competition.
ALTER TABLE framework_agreement ADD COLUMN call_off_route VARCHAR(24) NOT NULL DEFAULT 'DIRECT_AWARD';
ALTER TABLE agreement_member ADD KEY ix_agreement_member_lot (agreement_id, lot_number, status);

CREATE TABLE referral (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    council_id        BIGINT        NOT NULL,
    hub_id            BIGINT        NOT NULL,
    agreement_id      BIGINT        NOT NULL,
    lot_number        INT           NOT NULL,
    child_reference   VARCHAR(20)   NOT NULL,
    age_years         INT           NOT NULL,
    category          VARCHAR(40)   NOT NULL,
    need_level        VARCHAR(20)   NOT NULL,
    need_tags         VARCHAR(500)  NOT NULL,
    needs_summary     TEXT          NOT NULL,
    postcode_district VARCHAR(4)    NOT NULL,
    max_distance_km   INT           NOT NULL,
    required_start    DATE          NOT NULL,
    duration_weeks    INT           NOT NULL,
    urgency           VARCHAR(16)   NOT NULL,
    social_care_pct   DECIMAL(5, 2) NOT NULL,
    education_pct     DECIMAL(5, 2) NOT NULL,
    health_pct        DECIMAL(5, 2) NOT NULL,
    route             VARCHAR(24)   NOT NULL,
    respond_by        DATETIME(6)   NULL,
    status            VARCHAR(16)   NOT NULL,
    status_reason     VARCHAR(500)  NULL,
    next_check        DATETIME(6)   NULL,
    created_by        VARCHAR(254)  NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    closed_at         DATETIME(6)   NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    KEY ix_referral_council (council_id, created_at),
    KEY ix_referral_hub (hub_id, created_at),
    KEY ix_referral_next_check (next_check),
    CONSTRAINT fk_referral_council FOREIGN KEY (council_id) REFERENCES council (id),
    CONSTRAINT fk_referral_agreement FOREIGN KEY (agreement_id) REFERENCES framework_agreement (id)
) ENGINE = InnoDB;

-- One provider a referral went to (or is queued for, in a direct-award cascade), and its answer.
CREATE TABLE referral_invitation (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    referral_id         BIGINT        NOT NULL,
    position            INT           NOT NULL,
    provider_id         BIGINT        NOT NULL,
    rank_in_lot         INT           NOT NULL,
    agreement_fee       DECIMAL(10, 2) NOT NULL,
    quality_score       DECIMAL(7, 2) NULL,
    nearest_km          DECIMAL(7, 1) NOT NULL,
    setting_ids         VARCHAR(500)  NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    invited_at          DATETIME(6)   NULL,
    respond_by          DATETIME(6)   NULL,
    answered_at         DATETIME(6)   NULL,
    decline_reason      VARCHAR(40)   NULL,
    offer_fee           DECIMAL(10, 2) NULL,
    offer_start         DATE          NULL,
    offer_setting_id    BIGINT        NULL,
    offer_notes         TEXT          NULL,
    over_price          BOOLEAN       NOT NULL DEFAULT FALSE,
    price_justification TEXT          NULL,
    offer_expires_at    DATETIME(6)   NULL,
    answered_by         VARCHAR(254)  NULL,
    CONSTRAINT uq_referral_invitation UNIQUE (referral_id, provider_id),
    KEY ix_referral_invitation_provider (provider_id, status),
    CONSTRAINT fk_referral_invitation_referral FOREIGN KEY (referral_id) REFERENCES referral (id),
    CONSTRAINT fk_referral_invitation_provider FOREIGN KEY (provider_id) REFERENCES provider (id)
) ENGINE = InnoDB;

-- The individual placement agreement made when a council accepts an offer.
CREATE TABLE placement (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    referral_id     BIGINT         NOT NULL UNIQUE,
    council_id      BIGINT         NOT NULL,
    hub_id          BIGINT         NOT NULL,
    provider_id     BIGINT         NOT NULL,
    setting_id      BIGINT         NOT NULL,
    agreement_id    BIGINT         NOT NULL,
    lot_number      INT            NOT NULL,
    child_reference VARCHAR(20)    NOT NULL,
    category        VARCHAR(40)    NOT NULL,
    need_level      VARCHAR(20)    NOT NULL,
    weekly_fee      DECIMAL(10, 2) NOT NULL,
    agreement_fee   DECIMAL(10, 2) NOT NULL,
    start_date      DATE           NOT NULL,
    planned_end     DATE           NOT NULL,
    social_care_pct DECIMAL(5, 2)  NOT NULL,
    education_pct   DECIMAL(5, 2)  NOT NULL,
    health_pct      DECIMAL(5, 2)  NOT NULL,
    status          VARCHAR(16)    NOT NULL,
    ended_on        DATE           NULL,
    ending          VARCHAR(16)    NULL,
    end_reason      VARCHAR(500)   NULL,
    agreed_at       DATETIME(6)    NOT NULL,
    agreed_by       VARCHAR(254)   NOT NULL,
    version         BIGINT         NOT NULL DEFAULT 0,
    KEY ix_placement_council (council_id, start_date),
    KEY ix_placement_hub (hub_id, start_date),
    KEY ix_placement_provider (provider_id, start_date),
    CONSTRAINT fk_placement_referral FOREIGN KEY (referral_id) REFERENCES referral (id),
    CONSTRAINT fk_placement_setting FOREIGN KEY (setting_id) REFERENCES provider_setting (id)
) ENGINE = InnoDB;

-- Every change to a placement, kept: the start, each fee change from its effective date, each
-- extension, and the end. The fee in force on a date is the latest fee change on or before it.
CREATE TABLE placement_variation (
    id             BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    placement_id   BIGINT         NOT NULL,
    kind           VARCHAR(16)    NOT NULL,
    effective_date DATE           NOT NULL,
    weekly_fee     DECIMAL(10, 2) NULL,
    planned_end    DATE           NULL,
    reason         VARCHAR(500)   NOT NULL,
    recorded_by    VARCHAR(254)   NOT NULL,
    recorded_at    DATETIME(6)    NOT NULL,
    KEY ix_placement_variation (placement_id, effective_date),
    CONSTRAINT fk_placement_variation_placement FOREIGN KEY (placement_id) REFERENCES placement (id)
) ENGINE = InnoDB;
