-- A dynamic market's applications are assessed by the lot's assigned evaluators before the hub
-- decides: each declares whether it has a conflict of interest with the applicant (Procurement Act
-- 2023 ss.81-83) and, without one, whether the application meets the conditions of participation
-- and why. One assessment per evaluator and application, revisable until the decision.
CREATE TABLE application_assessment (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id   BIGINT        NOT NULL,
    evaluator        VARCHAR(254)  NOT NULL,
    conflict         BOOLEAN       NOT NULL,
    conflict_details VARCHAR(1000) NULL,
    meets_conditions BOOLEAN       NULL,
    reasons          VARCHAR(2000) NULL,
    assessed_at      DATETIME(6)   NOT NULL,
    CONSTRAINT uq_application_assessment UNIQUE (application_id, evaluator),
    CONSTRAINT fk_application_assessment FOREIGN KEY (application_id) REFERENCES agreement_application (id)
) ENGINE = InnoDB;
