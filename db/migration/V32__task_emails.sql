-- Each person may have what waits for them emailed each morning (on unless they turn it off), and
-- one row per account and day once the email is decided, so it goes once across a cluster
-- (INSERT IGNORE decides which instance sends it).
ALTER TABLE account ADD COLUMN task_emails BOOLEAN NOT NULL DEFAULT TRUE;

CREATE TABLE task_digest (
    account_id BIGINT      NOT NULL,
    digest_day DATE        NOT NULL,
    sent_at    DATETIME(6) NOT NULL,
    tasks      INT         NOT NULL,
    PRIMARY KEY (account_id, digest_day),
    CONSTRAINT fk_task_digest_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB;
