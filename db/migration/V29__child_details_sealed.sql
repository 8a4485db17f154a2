-- What is written about a child is stored sealed (AES-GCM, base64 with a prefix), which is longer
-- than the text: the reference, the age, the need tags (the needs summary is TEXT already).
-- Rows written before stay readable and are sealed at their next change.
ALTER TABLE referral
    MODIFY child_reference VARCHAR(100) NOT NULL,
    MODIFY age_years       VARCHAR(100) NOT NULL,
    MODIFY need_tags       VARCHAR(800) NOT NULL;
ALTER TABLE placement
    MODIFY child_reference VARCHAR(100) NOT NULL;
