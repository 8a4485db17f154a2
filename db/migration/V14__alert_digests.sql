-- One row per organisation and week once its weekly alert digest is sent, so that it goes out
-- once across a cluster (INSERT IGNORE decides which instance sends it).
CREATE TABLE alert_digest (
    organisation_id BIGINT      NOT NULL,
    week_start      DATE        NOT NULL,
    sent_at         DATETIME(6) NOT NULL,
    PRIMARY KEY (organisation_id, week_start),
    CONSTRAINT fk_alert_digest_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB;
