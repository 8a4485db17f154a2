-- The child's home postcode district is sealed like the other details about a child (distances
-- to settings are worked out from the district the application opens, never joined in SQL).
ALTER TABLE referral MODIFY postcode_district VARCHAR(100) NOT NULL;
