-- The award rule a tender states before it is published (how many providers each lot appoints,
-- or the total score a bid must reach), and later applications to join a live dynamic market or
-- a reopened open framework, evaluated on the same criteria.

ALTER TABLE tender
    ADD COLUMN appoint_per_lot INT           NULL,
    ADD COLUMN score_threshold DECIMAL(7, 2) NULL;

CREATE TABLE agreement_application (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tender_id       BIGINT        NOT NULL,
    provider_id     BIGINT        NOT NULL,
    lot_number      INT           NOT NULL,
    content         LONGTEXT      NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    submitted_by    VARCHAR(254)  NOT NULL,
    submitted_at    DATETIME(6)   NOT NULL,
    quality_score   DECIMAL(7, 2) NULL,
    price_score     DECIMAL(7, 2) NULL,
    total           DECIMAL(7, 2) NULL,
    decided_by      VARCHAR(254)  NULL,
    decision_reason TEXT          NULL,
    decided_at      DATETIME(6)   NULL,
    KEY ix_agreement_application_tender (tender_id, status),
    CONSTRAINT fk_agreement_application_tender FOREIGN KEY (tender_id) REFERENCES tender (id),
    CONSTRAINT fk_agreement_application_provider FOREIGN KEY (provider_id) REFERENCES provider (id)
) ENGINE = InnoDB;
