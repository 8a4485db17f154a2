-- Evidence documents and attachments on bids. While the bid is a draft the provider's file is
-- kept as uploaded; when the bid is submitted it is sealed with the tender's data key like the
-- rest of the bid, and its name, type, size and digest are cleared from the row (they are listed,
-- sealed, in the bid's content, so the receipt digest covers every file).

CREATE TABLE bid_attachment (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bid_id     BIGINT        NOT NULL,
    -- What it supports: "selection 2" or "lot 1 answer 17".
    purpose    VARCHAR(60)   NOT NULL,
    file_name  VARCHAR(200)  NULL,
    media_type VARCHAR(100)  NULL,
    size_bytes BIGINT        NULL,
    sha256     CHAR(64)      NULL,
    content    LONGBLOB      NOT NULL,
    sealed     BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at DATETIME(6)   NOT NULL,
    KEY ix_bid_attachment_bid (bid_id),
    CONSTRAINT fk_bid_attachment_bid FOREIGN KEY (bid_id) REFERENCES bid (id)
) ENGINE = InnoDB;
