-- Evaluation (evaluators per lot, conflicts declared per bidder, independent scores with
-- justifications, moderated scores, exclusions at selection), the award (proposed, approved by a
-- second commissioner, standstill, final) and the framework agreement it makes live.

CREATE TABLE evaluator_assignment (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tender_id   BIGINT       NOT NULL,
    lot_number  INT          NOT NULL,
    evaluator   VARCHAR(254) NOT NULL,
    assigned_by VARCHAR(254) NOT NULL,
    assigned_at DATETIME(6)  NOT NULL,
    CONSTRAINT uq_evaluator_assignment UNIQUE (tender_id, lot_number, evaluator),
    CONSTRAINT fk_evaluator_assignment_tender FOREIGN KEY (tender_id) REFERENCES tender (id)
) ENGINE = InnoDB;

CREATE TABLE conflict_declaration (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tender_id   BIGINT       NOT NULL,
    evaluator   VARCHAR(254) NOT NULL,
    provider_id BIGINT       NOT NULL,
    conflicted  BOOLEAN      NOT NULL,
    details     TEXT         NULL,
    declared_at DATETIME(6)  NOT NULL,
    CONSTRAINT uq_conflict_declaration UNIQUE (tender_id, evaluator, provider_id),
    CONSTRAINT fk_conflict_declaration_tender FOREIGN KEY (tender_id) REFERENCES tender (id)
) ENGINE = InnoDB;

CREATE TABLE evaluation_score (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tender_id     BIGINT        NOT NULL,
    bid_id        BIGINT        NOT NULL,
    lot_number    INT           NOT NULL,
    criterion_id  BIGINT        NOT NULL,
    evaluator     VARCHAR(254)  NOT NULL,
    score         DECIMAL(7, 2) NOT NULL,
    justification TEXT          NOT NULL,
    scored_at     DATETIME(6)   NOT NULL,
    CONSTRAINT uq_evaluation_score UNIQUE (bid_id, lot_number, criterion_id, evaluator),
    KEY ix_evaluation_score_tender (tender_id, lot_number),
    CONSTRAINT fk_evaluation_score_bid FOREIGN KEY (bid_id) REFERENCES bid (id)
) ENGINE = InnoDB;

CREATE TABLE moderated_score (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tender_id    BIGINT        NOT NULL,
    bid_id       BIGINT        NOT NULL,
    lot_number   INT           NOT NULL,
    criterion_id BIGINT        NOT NULL,
    score        DECIMAL(7, 2) NOT NULL,
    rationale    TEXT          NOT NULL,
    moderated_by VARCHAR(254)  NOT NULL,
    moderated_at DATETIME(6)   NOT NULL,
    CONSTRAINT uq_moderated_score UNIQUE (bid_id, lot_number, criterion_id),
    KEY ix_moderated_score_tender (tender_id, lot_number),
    CONSTRAINT fk_moderated_score_bid FOREIGN KEY (bid_id) REFERENCES bid (id)
) ENGINE = InnoDB;

CREATE TABLE bid_exclusion (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tender_id  BIGINT       NOT NULL,
    bid_id     BIGINT       NOT NULL UNIQUE,
    reason     TEXT         NOT NULL,
    decided_by VARCHAR(254) NOT NULL,
    decided_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_bid_exclusion_bid FOREIGN KEY (bid_id) REFERENCES bid (id)
) ENGINE = InnoDB;

CREATE TABLE award (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tender_id           BIGINT       NOT NULL UNIQUE,
    status              VARCHAR(16)  NOT NULL,
    proposed_by         VARCHAR(254) NOT NULL,
    proposed_at         DATETIME(6)  NOT NULL,
    approved_by         VARCHAR(254) NULL,
    notice_published_at DATETIME(6)  NULL,
    standstill_ends_at  DATETIME(6)  NULL,
    challenge           TEXT         NULL,
    -- When the scheduler should look at it next (the end of standstill); NULL when nothing is due.
    next_check          DATETIME(6)  NULL,
    ocds_release        LONGTEXT     NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    KEY ix_award_next_check (next_check),
    CONSTRAINT fk_award_tender FOREIGN KEY (tender_id) REFERENCES tender (id)
) ENGINE = InnoDB;

CREATE TABLE award_line (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    award_id      BIGINT        NOT NULL,
    lot_number    INT           NOT NULL,
    bid_id        BIGINT        NOT NULL,
    provider_id   BIGINT        NOT NULL,
    rank_in_lot   INT           NOT NULL,
    quality_score DECIMAL(7, 2) NOT NULL,
    price_score   DECIMAL(7, 2) NOT NULL,
    total         DECIMAL(7, 2) NOT NULL,
    basket_cost   DECIMAL(12, 2) NOT NULL,
    appointed     BOOLEAN       NOT NULL,
    weekly_fees   TEXT          NOT NULL,
    CONSTRAINT uq_award_line UNIQUE (award_id, lot_number, bid_id),
    CONSTRAINT fk_award_line_award FOREIGN KEY (award_id) REFERENCES award (id)
) ENGINE = InnoDB;

CREATE TABLE framework_agreement (
    id        BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tender_id BIGINT      NOT NULL UNIQUE,
    status    VARCHAR(16) NOT NULL,
    live_from DATETIME(6) NOT NULL,
    CONSTRAINT fk_framework_agreement_tender FOREIGN KEY (tender_id) REFERENCES tender (id)
) ENGINE = InnoDB;

CREATE TABLE agreement_member (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agreement_id  BIGINT       NOT NULL,
    lot_number    INT          NOT NULL,
    provider_id   BIGINT       NOT NULL,
    rank_in_lot   INT          NOT NULL,
    weekly_fees   TEXT         NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    status_reason VARCHAR(500) NULL,
    CONSTRAINT uq_agreement_member UNIQUE (agreement_id, lot_number, provider_id),
    KEY ix_agreement_member_provider (provider_id),
    CONSTRAINT fk_agreement_member_agreement FOREIGN KEY (agreement_id) REFERENCES framework_agreement (id)
) ENGINE = InnoDB;
