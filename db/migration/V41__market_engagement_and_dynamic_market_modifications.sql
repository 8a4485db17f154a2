-- Preliminary market engagement (Procurement Act 2023 s.16-17): before a tender notice the hub may
-- engage the market, announced by a preliminary market engagement notice (UK2) whose OCDS release
-- is kept in tender_notice like the other notices of a tender.
ALTER TABLE tender
    ADD COLUMN engagement_description  VARCHAR(4000) NULL,
    ADD COLUMN engagement_how_to_respond VARCHAR(2000) NULL,
    ADD COLUMN engagement_closes_on    DATE          NULL;

-- A live dynamic market's terms modified (s.39, announced by a UK14 notice) and a framework's term
-- extended: the agreement keeps each change, when, by whom, and the end before and after it.
CREATE TABLE agreement_modification (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agreement_id BIGINT        NOT NULL,
    kind         VARCHAR(32)   NOT NULL,
    modified_at  DATETIME(6)   NOT NULL,
    modified_by  VARCHAR(254)  NOT NULL,
    description  VARCHAR(2000) NOT NULL,
    previous_end DATE          NULL,
    new_end      DATE          NULL,
    KEY ix_agreement_modification (agreement_id, modified_at),
    CONSTRAINT fk_agreement_modification_agreement FOREIGN KEY (agreement_id) REFERENCES framework_agreement (id)
) ENGINE = InnoDB;
