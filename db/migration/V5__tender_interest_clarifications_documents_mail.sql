-- Providers following a tender, their clarification questions (answers published to every
-- interested provider without saying who asked), versioned tender documents, and the outbox of
-- emails sent by the mail sender after the change that caused them has committed.

CREATE TABLE tender_interest (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tender_id     BIGINT       NOT NULL,
    provider_id   BIGINT       NOT NULL,
    registered_at DATETIME(6)  NOT NULL,
    registered_by VARCHAR(254) NOT NULL,
    CONSTRAINT uq_tender_interest UNIQUE (tender_id, provider_id),
    KEY ix_tender_interest_provider (provider_id),
    CONSTRAINT fk_tender_interest_tender FOREIGN KEY (tender_id) REFERENCES tender (id),
    CONSTRAINT fk_tender_interest_provider FOREIGN KEY (provider_id) REFERENCES provider (id)
) ENGINE = InnoDB;

CREATE TABLE clarification (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tender_id   BIGINT       NOT NULL,
    provider_id BIGINT       NOT NULL,
    question    TEXT         NOT NULL,
    asked_at    DATETIME(6)  NOT NULL,
    asked_by    VARCHAR(254) NOT NULL,
    answer      TEXT         NULL,
    answered_at DATETIME(6)  NULL,
    answered_by VARCHAR(254) NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    KEY ix_clarification_tender (tender_id, answered_at),
    CONSTRAINT fk_clarification_tender FOREIGN KEY (tender_id) REFERENCES tender (id),
    CONSTRAINT fk_clarification_provider FOREIGN KEY (provider_id) REFERENCES provider (id)
) ENGINE = InnoDB;

CREATE TABLE tender_document (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tender_id   BIGINT       NOT NULL,
    title       VARCHAR(200) NOT NULL,
    version_no  INT          NOT NULL,
    file_name   VARCHAR(200) NOT NULL,
    media_type  VARCHAR(100) NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    content     LONGBLOB     NOT NULL,
    uploaded_at DATETIME(6)  NOT NULL,
    uploaded_by VARCHAR(254) NOT NULL,
    CONSTRAINT uq_tender_document_version UNIQUE (tender_id, title, version_no),
    CONSTRAINT fk_tender_document_tender FOREIGN KEY (tender_id) REFERENCES tender (id)
) ENGINE = InnoDB;

-- Transactional outbox: written with the change, sent (and retried) by the mail sender.
CREATE TABLE outbound_email (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient   VARCHAR(254) NOT NULL,
    subject     VARCHAR(300) NOT NULL,
    body        TEXT         NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    sent_at     DATETIME(6)  NULL,
    attempts    INT          NOT NULL DEFAULT 0,
    last_error  VARCHAR(1000) NULL,
    next_try_at DATETIME(6)  NULL,
    KEY ix_outbound_email_due (sent_at, next_try_at)
) ENGINE = InnoDB;
