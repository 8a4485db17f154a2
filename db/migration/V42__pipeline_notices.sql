-- A hub's pipeline notice (Procurement Act 2023 s.93, UK1) for one financial year: the
-- procurements it plans to award in the 18 months from the year's first day, as published (a
-- snapshot, never changed afterwards), with its OCDS release package.
CREATE TABLE pipeline_notice (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    hub_id         BIGINT       NOT NULL,
    financial_year INT          NOT NULL,
    published_at   DATETIME(6)  NOT NULL,
    published_by   VARCHAR(254) NOT NULL,
    ocds_package   MEDIUMTEXT   NOT NULL,
    CONSTRAINT uq_pipeline_notice UNIQUE (hub_id, financial_year),
    CONSTRAINT fk_pipeline_notice_hub FOREIGN KEY (hub_id) REFERENCES organisation (id)
) ENGINE = InnoDB;
