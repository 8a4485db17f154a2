-- An idempotency key belongs to one provider, one tender and one request body: the body's
-- SHA-256 is kept with the bid, so a key reused with another body or tender is refused (422).
ALTER TABLE bid ADD COLUMN idempotency_fingerprint CHAR(64) NULL AFTER idempotency_key;
