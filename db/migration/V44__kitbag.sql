-- The commissioners' kitbag: guidance and tools curated by each hub (hub_id) or by the platform's
-- curators (hub_id NULL), each with its owner, the stages of commissioning it serves, a review due
-- every so many months, every version kept, and the tenders that used it. Searched through a
-- full-text index over its current title, summary and text.
CREATE TABLE kitbag_item (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    hub_id              BIGINT        NULL,
    category            VARCHAR(40)   NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    summary             VARCHAR(500)  NOT NULL,
    body                MEDIUMTEXT    NOT NULL,
    owner               VARCHAR(254)  NOT NULL,
    current_version     INT           NOT NULL,
    last_reviewed_on    DATE          NOT NULL,
    review_every_months INT           NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_kitbag_item_hub FOREIGN KEY (hub_id) REFERENCES organisation (id),
    INDEX ix_kitbag_item_owner (owner, status),
    INDEX ix_kitbag_item_list (status, updated_at),
    FULLTEXT INDEX ft_kitbag_item (title, summary, body)
) ENGINE = InnoDB;

CREATE TABLE kitbag_item_stage (
    item_id BIGINT      NOT NULL,
    stage   VARCHAR(30) NOT NULL,
    PRIMARY KEY (item_id, stage),
    INDEX ix_kitbag_item_stage (stage, item_id),
    CONSTRAINT fk_kitbag_item_stage FOREIGN KEY (item_id) REFERENCES kitbag_item (id)
) ENGINE = InnoDB;

-- Every version as it was published, the first included; never changed.
CREATE TABLE kitbag_item_version (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_id     BIGINT       NOT NULL,
    number      INT          NOT NULL,
    title       VARCHAR(200) NOT NULL,
    summary     VARCHAR(500) NOT NULL,
    body        MEDIUMTEXT   NOT NULL,
    change_note VARCHAR(500) NOT NULL,
    changed_by  VARCHAR(254) NOT NULL,
    changed_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uq_kitbag_item_version UNIQUE (item_id, number),
    CONSTRAINT fk_kitbag_item_version FOREIGN KEY (item_id) REFERENCES kitbag_item (id)
) ENGINE = InnoDB;

-- The tenders that used an item, recorded by the hub that ran them.
CREATE TABLE kitbag_item_use (
    item_id     BIGINT       NOT NULL,
    tender_id   BIGINT       NOT NULL,
    recorded_by VARCHAR(254) NOT NULL,
    recorded_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (item_id, tender_id),
    INDEX ix_kitbag_item_use_tender (tender_id),
    CONSTRAINT fk_kitbag_item_use_item FOREIGN KEY (item_id) REFERENCES kitbag_item (id),
    CONSTRAINT fk_kitbag_item_use_tender FOREIGN KEY (tender_id) REFERENCES tender (id)
) ENGINE = InnoDB;
