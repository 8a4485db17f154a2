-- Reference data for the Procurement Act's working days (standstill and other periods): the
-- adjustments to the bank-holiday rules of England and Wales, Scotland and Northern Ireland.
-- ADDED: a one-off non-working day (or the day a holiday was moved to); REMOVED: a rule day that
-- was moved away. New proclamations are added by a new migration.

CREATE TABLE non_working_day_adjustment (
    day         DATE         NOT NULL PRIMARY KEY,
    change_kind VARCHAR(10)  NOT NULL,
    description VARCHAR(200) NOT NULL,
    CONSTRAINT ck_non_working_day_change CHECK (change_kind IN ('ADDED', 'REMOVED'))
) ENGINE = InnoDB;

INSERT INTO non_working_day_adjustment (day, change_kind, description) VALUES
    ('1999-12-31', 'ADDED', 'Millennium'),
    ('2002-06-03', 'ADDED', 'Spring bank holiday moved for the Golden Jubilee'),
    ('2002-06-04', 'ADDED', 'Golden Jubilee'),
    ('2002-05-27', 'REMOVED', 'Spring bank holiday moved to 3 June'),
    ('2011-04-29', 'ADDED', 'Royal wedding'),
    ('2012-06-04', 'ADDED', 'Spring bank holiday moved for the Diamond Jubilee'),
    ('2012-06-05', 'ADDED', 'Diamond Jubilee'),
    ('2012-05-28', 'REMOVED', 'Spring bank holiday moved to 4 June'),
    ('2020-05-08', 'ADDED', 'Early May bank holiday moved for VE Day 75'),
    ('2020-05-04', 'REMOVED', 'Early May bank holiday moved to 8 May'),
    ('2022-06-02', 'ADDED', 'Spring bank holiday moved for the Platinum Jubilee'),
    ('2022-06-03', 'ADDED', 'Platinum Jubilee'),
    ('2022-05-30', 'REMOVED', 'Spring bank holiday moved to 2 June'),
    ('2022-09-19', 'ADDED', 'State funeral of Queen Elizabeth II'),
    ('2023-05-08', 'ADDED', 'Coronation of King Charles III');
