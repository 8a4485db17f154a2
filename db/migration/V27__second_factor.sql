-- Two-step sign-in: the account's time-based one-time code secret, sealed (AES-GCM, a key derived
-- from the master key), and the last time step accepted, so a code is never accepted twice.
ALTER TABLE account
    ADD COLUMN totp_secret    VARCHAR(255) NULL,
    ADD COLUMN totp_last_step BIGINT       NULL;
