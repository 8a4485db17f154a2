-- Bids. A submitted bid's content is sealed: AES-GCM encrypted with the tender's data key, which
-- is stored only wrapped by a master key that comes from configuration (never the database), and
-- unwrapped only once the tender has been opened after its bid deadline.

CREATE TABLE tender_key (
    tender_id   BIGINT        NOT NULL PRIMARY KEY,
    wrapped_key VARBINARY(128) NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    opened_at   DATETIME(6)   NULL,
    opened_by   VARCHAR(254)  NULL,
    CONSTRAINT fk_tender_key_tender FOREIGN KEY (tender_id) REFERENCES tender (id)
) ENGINE = InnoDB;

CREATE TABLE bid (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tender_id       BIGINT       NOT NULL,
    provider_id     BIGINT       NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    -- The provider's working copy while a draft; cleared when submitted.
    draft           LONGTEXT     NULL,
    -- Which lots a submitted bid covers (so the hub can count bids per lot before opening).
    lot_numbers     VARCHAR(200) NULL,
    sealed_content  LONGBLOB     NULL,
    receipt_digest  CHAR(64)     NULL,
    submitted_at    DATETIME(6)  NULL,
    submitted_by    VARCHAR(254) NULL,
    idempotency_key VARCHAR(100) NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_bid_idempotency UNIQUE (provider_id, idempotency_key),
    KEY ix_bid_tender_status (tender_id, status),
    KEY ix_bid_provider_tender (provider_id, tender_id, status),
    CONSTRAINT fk_bid_tender FOREIGN KEY (tender_id) REFERENCES tender (id),
    CONSTRAINT fk_bid_provider FOREIGN KEY (provider_id) REFERENCES provider (id)
) ENGINE = InnoDB;
