-- Repeated failed sign-ins lock an account for a while: the count since the last success, and
-- until when it is locked (also while the right password is given).
ALTER TABLE account ADD COLUMN failed_sign_ins INT NOT NULL DEFAULT 0, ADD COLUMN locked_until DATETIME(6) NULL;
