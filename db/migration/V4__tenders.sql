-- Tenders run by a hub: lots (sized from pooled needs), award criteria per lot, selection
-- questions, the tender team's conflict-of-interest declarations, and the notices published.

CREATE TABLE tender (
    id                     BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    hub_id                 BIGINT       NOT NULL,
    title                  VARCHAR(200) NOT NULL,
    description            TEXT         NOT NULL,
    procedure_type         VARCHAR(24)  NOT NULL,
    status                 VARCHAR(24)  NOT NULL,
    term_start             DATE         NOT NULL,
    term_end               DATE         NULL,
    clarification_deadline DATETIME(6)  NOT NULL,
    bid_deadline           DATETIME(6)  NOT NULL,
    planned_award          DATE         NOT NULL,
    standstill_days        INT          NOT NULL,
    needs_round_id         BIGINT       NULL,
    published_at           DATETIME(6)  NULL,
    cancellation_reason    VARCHAR(1000) NULL,
    -- When the scheduler must next look at this tender (a deadline); NULL when nothing is due.
    next_check             DATETIME(6)  NULL,
    created_at             DATETIME(6)  NOT NULL,
    created_by             VARCHAR(254) NOT NULL,
    version                BIGINT       NOT NULL DEFAULT 0,
    KEY ix_tender_next_check (next_check),
    KEY ix_tender_hub_status (hub_id, status),
    KEY ix_tender_status (status, bid_deadline),
    CONSTRAINT fk_tender_hub FOREIGN KEY (hub_id) REFERENCES hub (id)
) ENGINE = InnoDB;

-- The reopening schedule of an open framework.
CREATE TABLE tender_reopening (
    tender_id  BIGINT NOT NULL,
    position   INT    NOT NULL,
    reopens_on DATE   NOT NULL,
    PRIMARY KEY (tender_id, position),
    CONSTRAINT fk_tender_reopening_tender FOREIGN KEY (tender_id) REFERENCES tender (id)
) ENGINE = InnoDB;

CREATE TABLE lot (
    id                   BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tender_id            BIGINT         NOT NULL,
    number               INT            NOT NULL,
    title                VARCHAR(200)   NOT NULL,
    category             VARCHAR(40)    NOT NULL,
    sub_region           VARCHAR(60)    NULL,
    need_level           VARCHAR(24)    NULL,
    estimated_placements BIGINT         NOT NULL,
    estimated_value      DECIMAL(14, 2) NOT NULL,
    CONSTRAINT uq_lot_number UNIQUE (tender_id, number),
    CONSTRAINT fk_lot_tender FOREIGN KEY (tender_id) REFERENCES tender (id)
) ENGINE = InnoDB;

CREATE TABLE award_criterion (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    lot_id    BIGINT       NOT NULL,
    position  INT          NOT NULL,
    kind      VARCHAR(16)  NOT NULL,
    title     VARCHAR(200) NOT NULL,
    weight    INT          NOT NULL,
    max_marks INT          NULL,
    guidance  TEXT         NULL,
    KEY ix_award_criterion_lot (lot_id, position),
    CONSTRAINT fk_award_criterion_lot FOREIGN KEY (lot_id) REFERENCES lot (id)
) ENGINE = InnoDB;

CREATE TABLE selection_question (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tender_id BIGINT       NOT NULL,
    position  INT          NOT NULL,
    question  VARCHAR(500) NOT NULL,
    guidance  TEXT         NULL,
    KEY ix_selection_question_tender (tender_id, position),
    CONSTRAINT fk_selection_question_tender FOREIGN KEY (tender_id) REFERENCES tender (id)
) ENGINE = InnoDB;

-- Procurement Act 2023 ss.81-83: everyone on the tender team declares before publication.
CREATE TABLE tender_team_member (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tender_id        BIGINT       NOT NULL,
    username         VARCHAR(254) NOT NULL,
    declared_at      DATETIME(6)  NULL,
    has_interest     BOOLEAN      NULL,
    interest_details TEXT         NULL,
    mitigation       TEXT         NULL,
    CONSTRAINT uq_tender_team_member UNIQUE (tender_id, username),
    CONSTRAINT fk_tender_team_member_tender FOREIGN KEY (tender_id) REFERENCES tender (id)
) ENGINE = InnoDB;

-- Notices as published (immutable): the tender notice with its OCDS release.
CREATE TABLE tender_notice (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tender_id    BIGINT      NOT NULL,
    kind         VARCHAR(24) NOT NULL,
    published_at DATETIME(6) NOT NULL,
    ocds_release LONGTEXT    NOT NULL,
    KEY ix_tender_notice_tender (tender_id, kind),
    CONSTRAINT fk_tender_notice_tender FOREIGN KEY (tender_id) REFERENCES tender (id)
) ENGINE = InnoDB;
