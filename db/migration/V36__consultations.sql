-- Consultation with young people and families that shapes commissioning: a hub asks questions on a
-- tender (or a needs round), records what each young person or family member said at a session
-- (sealed: ChildDetailsConverter), tags responses with themes, and records for each theme what it
-- changed in the tender: the "you said, we did" shown on the tender page and its notice.
CREATE TABLE consultation (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    hub_id          BIGINT       NOT NULL,
    tender_id       BIGINT       NULL,
    needs_round_id  BIGINT       NULL,
    title           VARCHAR(200) NOT NULL,
    questions       TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    opened_by       VARCHAR(254) NOT NULL,
    opened_at       DATETIME(6)  NOT NULL,
    closed_at       DATETIME(6)  NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_consultation_hub FOREIGN KEY (hub_id) REFERENCES organisation (id),
    CONSTRAINT fk_consultation_tender FOREIGN KEY (tender_id) REFERENCES tender (id),
    CONSTRAINT fk_consultation_round FOREIGN KEY (needs_round_id) REFERENCES needs_round (id),
    INDEX ix_consultation_hub (hub_id, opened_at),
    INDEX ix_consultation_tender (tender_id)
) ENGINE = InnoDB;

CREATE TABLE consultation_theme (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    consultation_id  BIGINT       NOT NULL,
    name             VARCHAR(120) NOT NULL,
    you_said         VARCHAR(1000) NOT NULL,
    we_did           VARCHAR(1000) NULL,
    change_kind      VARCHAR(24)  NULL,
    decided_by       VARCHAR(254) NULL,
    decided_at       DATETIME(6)  NULL,
    CONSTRAINT fk_theme_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    UNIQUE KEY uq_theme_name (consultation_id, name)
) ENGINE = InnoDB;

CREATE TABLE consultation_response (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    consultation_id  BIGINT       NOT NULL,
    respondent       VARCHAR(16)  NOT NULL,
    answers          TEXT         NOT NULL,
    recorded_by      VARCHAR(254) NOT NULL,
    recorded_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_response_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    INDEX ix_response_consultation (consultation_id, recorded_at)
) ENGINE = InnoDB;

CREATE TABLE consultation_response_theme (
    response_id  BIGINT NOT NULL,
    theme_id     BIGINT NOT NULL,
    PRIMARY KEY (response_id, theme_id),
    CONSTRAINT fk_tag_response FOREIGN KEY (response_id) REFERENCES consultation_response (id),
    CONSTRAINT fk_tag_theme FOREIGN KEY (theme_id) REFERENCES consultation_theme (id)
) ENGINE = InnoDB;
