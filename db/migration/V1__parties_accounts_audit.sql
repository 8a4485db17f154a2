-- Parties (regions, councils, hubs, providers), accounts with roles, API tokens, and the audit trail.
-- Times are UTC instants in DATETIME(6); the application shows them in Europe/London.

CREATE TABLE region (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(9)   NOT NULL,
    name        VARCHAR(100) NOT NULL,
    CONSTRAINT uq_region_code UNIQUE (code)
) ENGINE = InnoDB;

-- Every hub, council and provider is an organisation; accounts belong to one organisation.
CREATE TABLE organisation (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind          VARCHAR(16)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    status        VARCHAR(24)  NOT NULL,
    contact_email VARCHAR(254) NULL,
    created_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    KEY ix_organisation_kind_status_name (kind, status, name)
) ENGINE = InnoDB;

CREATE TABLE council (
    id        BIGINT     NOT NULL PRIMARY KEY,
    ons_code  CHAR(9)    NOT NULL,
    region_id BIGINT     NOT NULL,
    CONSTRAINT uq_council_ons_code UNIQUE (ons_code),
    CONSTRAINT fk_council_organisation FOREIGN KEY (id) REFERENCES organisation (id),
    CONSTRAINT fk_council_region FOREIGN KEY (region_id) REFERENCES region (id)
) ENGINE = InnoDB;

CREATE TABLE hub (
    id              BIGINT NOT NULL PRIMARY KEY,
    region_id       BIGINT NOT NULL,
    lead_council_id BIGINT NOT NULL,
    CONSTRAINT fk_hub_organisation FOREIGN KEY (id) REFERENCES organisation (id),
    CONSTRAINT fk_hub_region FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT fk_hub_lead_council FOREIGN KEY (lead_council_id) REFERENCES council (id)
) ENGINE = InnoDB;

-- Membership changes over time: a council that leaves keeps its history (left_on is set).
CREATE TABLE hub_membership (
    id         BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    hub_id     BIGINT NOT NULL,
    council_id BIGINT NOT NULL,
    joined_on  DATE   NOT NULL,
    left_on    DATE   NULL,
    KEY ix_hub_membership_hub (hub_id, left_on),
    KEY ix_hub_membership_council (council_id, left_on),
    CONSTRAINT fk_hub_membership_hub FOREIGN KEY (hub_id) REFERENCES hub (id),
    CONSTRAINT fk_hub_membership_council FOREIGN KEY (council_id) REFERENCES council (id)
) ENGINE = InnoDB;

CREATE TABLE provider (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    provider_type          VARCHAR(24)   NOT NULL,
    companies_house_number VARCHAR(8)    NULL,
    charity_number         VARCHAR(8)    NULL,
    hub_id                 BIGINT        NOT NULL,
    decided_at             DATETIME(6)   NULL,
    decided_by             VARCHAR(254)  NULL,
    decision_reason        VARCHAR(1000) NULL,
    KEY ix_provider_hub (hub_id),
    CONSTRAINT fk_provider_organisation FOREIGN KEY (id) REFERENCES organisation (id),
    CONSTRAINT fk_provider_hub FOREIGN KEY (hub_id) REFERENCES hub (id)
) ENGINE = InnoDB;

CREATE TABLE provider_service_category (
    provider_id BIGINT      NOT NULL,
    category    VARCHAR(40) NOT NULL,
    PRIMARY KEY (provider_id, category),
    CONSTRAINT fk_provider_service_category_provider FOREIGN KEY (provider_id) REFERENCES provider (id)
) ENGINE = InnoDB;

-- A registered setting (a children's home, a fostering agency, a school) with its latest Ofsted judgement.
CREATE TABLE provider_setting (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    provider_id       BIGINT       NOT NULL,
    name              VARCHAR(200) NOT NULL,
    ofsted_urn        VARCHAR(8)   NOT NULL,
    category          VARCHAR(40)  NOT NULL,
    judgement         VARCHAR(32)  NOT NULL,
    judgement_date    DATE         NULL,
    postcode_district VARCHAR(4)   NOT NULL,
    places            INT          NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_provider_setting_urn UNIQUE (ofsted_urn),
    KEY ix_provider_setting_provider (provider_id),
    CONSTRAINT fk_provider_setting_provider FOREIGN KEY (provider_id) REFERENCES provider (id)
) ENGINE = InnoDB;

CREATE TABLE account (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT       NOT NULL,
    username        VARCHAR(254) NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    password_hash   VARCHAR(512) NOT NULL,
    enabled         BOOLEAN      NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_account_username UNIQUE (username),
    KEY ix_account_organisation (organisation_id, display_name),
    CONSTRAINT fk_account_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB;

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(32) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB;

-- Only a SHA-256 digest of each token is stored; the token itself is shown once, when issued.
CREATE TABLE api_token (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT       NOT NULL,
    token_hash  CHAR(64)     NOT NULL,
    label       VARCHAR(100) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    revoked_at  DATETIME(6)  NULL,
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    KEY ix_api_token_account (account_id),
    CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB;

-- Append-only audit trail. Writers only insert; the sealer gives each entry its place in the
-- chain (chain_seq) and its SHA-256 hash over the previous hash and the entry's content.
CREATE TABLE audit_entry (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at     DATETIME(6)  NOT NULL,
    actor           VARCHAR(254) NOT NULL,
    organisation_id BIGINT       NULL,
    action          VARCHAR(64)  NOT NULL,
    record_type     VARCHAR(64)  NOT NULL,
    record_id       VARCHAR(64)  NOT NULL,
    summary         TEXT         NOT NULL,
    chain_seq       BIGINT       NULL,
    previous_hash   CHAR(64)     NULL,
    hash            CHAR(64)     NULL,
    CONSTRAINT uq_audit_entry_chain_seq UNIQUE (chain_seq),
    KEY ix_audit_entry_occurred (occurred_at),
    KEY ix_audit_entry_record (record_type, record_id),
    KEY ix_audit_entry_actor (actor, occurred_at)
) ENGINE = InnoDB;

-- One row: the end of the chain. Locking it (FOR UPDATE) makes the sealer run once per cluster at a time.
CREATE TABLE audit_chain_head (
    id        TINYINT  NOT NULL PRIMARY KEY,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL
) ENGINE = InnoDB;

INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
