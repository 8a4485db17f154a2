-- API tokens expire: 90 days from issue unless the user chooses another period (at most a year).
ALTER TABLE api_token ADD COLUMN expires_at DATETIME(6) NULL AFTER created_at;
UPDATE api_token SET expires_at = DATE_ADD(created_at, INTERVAL 90 DAY);
ALTER TABLE api_token MODIFY expires_at DATETIME(6) NOT NULL;
