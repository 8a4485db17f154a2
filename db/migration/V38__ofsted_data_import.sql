-- Ofsted's published provider-level data, imported in bulk by a hub (for the settings of its
-- providers) or a platform administrator (every setting): judgements join ofsted_inspection as
-- before; a setting's Ofsted registration status (Active, Suspended, Resigned, Cancelled) is kept
-- with its history, and a setting not actively registered gets no referrals.
ALTER TABLE provider_setting ADD COLUMN registration_status VARCHAR(16) NOT NULL DEFAULT 'ACTIVE' AFTER judgement_date;

CREATE TABLE setting_registration_change (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    setting_id  BIGINT       NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    previous    VARCHAR(16)  NOT NULL,
    recorded_at DATETIME(6)  NOT NULL,
    recorded_by VARCHAR(254) NOT NULL,
    KEY ix_setting_registration_change_setting (setting_id, id),
    CONSTRAINT fk_setting_registration_change_setting FOREIGN KEY (setting_id) REFERENCES provider_setting (id)
) ENGINE = InnoDB;

-- One row per file imported: what it held and what it changed (the changes themselves are in
-- ofsted_inspection, setting_registration_change and the audit trail).
CREATE TABLE ofsted_import (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    hub_id                BIGINT       NULL,
    file_name             VARCHAR(200) NOT NULL,
    file_digest           CHAR(64)     NOT NULL,
    imported_at           DATETIME(6)  NOT NULL,
    imported_by           VARCHAR(254) NOT NULL,
    rows_read             INT          NOT NULL,
    settings_matched      INT          NOT NULL,
    judgements_updated    INT          NOT NULL,
    registrations_changed INT          NOT NULL,
    drops                 INT          NOT NULL,
    unknown_urns          INT          NOT NULL,
    other_hubs            INT          NOT NULL,
    KEY ix_ofsted_import_hub (hub_id, id),
    CONSTRAINT fk_ofsted_import_hub FOREIGN KEY (hub_id) REFERENCES organisation (id)
) ENGINE = InnoDB;
