-- Dashboards read their figures from here: one snapshot per scope ('council:<id>', 'hub:<id>',
-- 'national'), computed when first asked for and again after anything it counts changes.
-- Every change a dashboard counts (a placement, a referral) adds a row to insight_change for its
-- scopes in the same transaction ('*' for changes every scope counts, such as needs baselines); a
-- snapshot is current while no change of its scope (or '*') is newer than its computed_mark.
CREATE TABLE insight_snapshot (
    scope         VARCHAR(40) NOT NULL PRIMARY KEY,
    computed_mark BIGINT      NOT NULL DEFAULT -1,
    computed_at   DATETIME(6) NULL,
    compute_ms    INT         NULL,
    body          LONGBLOB    NULL
) ENGINE = InnoDB;

CREATE TABLE insight_change (
    id    BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    scope VARCHAR(40) NOT NULL,
    KEY ix_insight_change_scope (scope, id)
) ENGINE = InnoDB;
