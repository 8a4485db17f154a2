-- Ready for a real hub: all of England's 153 children's services authorities (county councils,
-- metropolitan boroughs, London boroughs and the City of London, unitary authorities including the
-- Isles of Scilly), each with its current ONS GSS code and region; the platform operator; and the
-- single-use links that set a password (bootstrap, invitations, forgotten passwords).

INSERT IGNORE INTO region (code, name) VALUES
    ('E12000001', 'North East'), ('E12000004', 'East Midlands'), ('E12000005', 'West Midlands'),
    ('E12000006', 'East of England'), ('E12000007', 'London'), ('E12000008', 'South East'), ('E12000009', 'South West');

INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Durham County Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000047');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000047', r.id FROM region r WHERE r.code = 'E12000001' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000047');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Darlington Borough Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000005');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000005', r.id FROM region r WHERE r.code = 'E12000001' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000005');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Gateshead Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E08000037');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E08000037', r.id FROM region r WHERE r.code = 'E12000001' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E08000037');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Hartlepool Borough Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000001');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000001', r.id FROM region r WHERE r.code = 'E12000001' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000001');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Middlesbrough Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000002');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000002', r.id FROM region r WHERE r.code = 'E12000001' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000002');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Newcastle City Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E08000021');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E08000021', r.id FROM region r WHERE r.code = 'E12000001' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E08000021');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'North Tyneside Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E08000022');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E08000022', r.id FROM region r WHERE r.code = 'E12000001' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E08000022');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Northumberland County Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000057');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000057', r.id FROM region r WHERE r.code = 'E12000001' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000057');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Redcar and Cleveland Borough Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000003');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000003', r.id FROM region r WHERE r.code = 'E12000001' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000003');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'South Tyneside Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E08000023');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E08000023', r.id FROM region r WHERE r.code = 'E12000001' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E08000023');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Stockton-on-Tees Borough Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000004');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000004', r.id FROM region r WHERE r.code = 'E12000001' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000004');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Sunderland City Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E08000024');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E08000024', r.id FROM region r WHERE r.code = 'E12000001' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E08000024');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'North Yorkshire Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000065');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000065', r.id FROM region r WHERE r.code = 'E12000003' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000065');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Derby City Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000015');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000015', r.id FROM region r WHERE r.code = 'E12000004' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000015');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Leicester City Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000016');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000016', r.id FROM region r WHERE r.code = 'E12000004' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000016');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Rutland County Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000017');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000017', r.id FROM region r WHERE r.code = 'E12000004' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000017');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Nottingham City Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000018');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000018', r.id FROM region r WHERE r.code = 'E12000004' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000018');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'North Northamptonshire Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000061');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000061', r.id FROM region r WHERE r.code = 'E12000004' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000061');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'West Northamptonshire Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000062');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000062', r.id FROM region r WHERE r.code = 'E12000004' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000062');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Derbyshire County Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E10000007');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E10000007', r.id FROM region r WHERE r.code = 'E12000004' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E10000007');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Leicestershire County Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E10000018');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E10000018', r.id FROM region r WHERE r.code = 'E12000004' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E10000018');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Lincolnshire County Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E10000019');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E10000019', r.id FROM region r WHERE r.code = 'E12000004' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E10000019');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Nottinghamshire County Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E10000024');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E10000024', r.id FROM region r WHERE r.code = 'E12000004' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E10000024');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Herefordshire Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000019');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000019', r.id FROM region r WHERE r.code = 'E12000005' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000019');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Telford and Wrekin Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000020');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000020', r.id FROM region r WHERE r.code = 'E12000005' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000020');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Stoke-on-Trent City Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000021');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000021', r.id FROM region r WHERE r.code = 'E12000005' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000021');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Shropshire Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000051');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000051', r.id FROM region r WHERE r.code = 'E12000005' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000051');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Birmingham City Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E08000025');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E08000025', r.id FROM region r WHERE r.code = 'E12000005' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E08000025');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Coventry City Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E08000026');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E08000026', r.id FROM region r WHERE r.code = 'E12000005' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E08000026');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Dudley Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E08000027');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E08000027', r.id FROM region r WHERE r.code = 'E12000005' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E08000027');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Sandwell Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E08000028');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E08000028', r.id FROM region r WHERE r.code = 'E12000005' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E08000028');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Solihull Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E08000029');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E08000029', r.id FROM region r WHERE r.code = 'E12000005' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E08000029');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Walsall Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E08000030');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E08000030', r.id FROM region r WHERE r.code = 'E12000005' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E08000030');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'City of Wolverhampton Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E08000031');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E08000031', r.id FROM region r WHERE r.code = 'E12000005' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E08000031');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Staffordshire County Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E10000028');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E10000028', r.id FROM region r WHERE r.code = 'E12000005' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E10000028');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Warwickshire County Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E10000031');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E10000031', r.id FROM region r WHERE r.code = 'E12000005' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E10000031');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Worcestershire County Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E10000034');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E10000034', r.id FROM region r WHERE r.code = 'E12000005' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E10000034');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Peterborough City Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000031');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000031', r.id FROM region r WHERE r.code = 'E12000006' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000031');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Luton Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000032');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000032', r.id FROM region r WHERE r.code = 'E12000006' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000032');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Southend-on-Sea City Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000033');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000033', r.id FROM region r WHERE r.code = 'E12000006' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000033');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Thurrock Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000034');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000034', r.id FROM region r WHERE r.code = 'E12000006' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000034');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Bedford Borough Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000055');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000055', r.id FROM region r WHERE r.code = 'E12000006' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000055');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Central Bedfordshire Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000056');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000056', r.id FROM region r WHERE r.code = 'E12000006' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000056');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Cambridgeshire County Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E10000003');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E10000003', r.id FROM region r WHERE r.code = 'E12000006' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E10000003');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Essex County Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E10000012');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E10000012', r.id FROM region r WHERE r.code = 'E12000006' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E10000012');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Hertfordshire County Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E10000015');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E10000015', r.id FROM region r WHERE r.code = 'E12000006' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E10000015');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Norfolk County Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E10000020');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E10000020', r.id FROM region r WHERE r.code = 'E12000006' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E10000020');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Suffolk County Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E10000029');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E10000029', r.id FROM region r WHERE r.code = 'E12000006' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E10000029');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'City of London Corporation', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000001');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E09000001', r.id FROM region r WHERE r.code = 'E12000007' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000001');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'London Borough of Barking and Dagenham', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000002');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E09000002', r.id FROM region r WHERE r.code = 'E12000007' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000002');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'London Borough of Barnet', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000003');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E09000003', r.id FROM region r WHERE r.code = 'E12000007' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000003');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'London Borough of Bexley', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000004');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E09000004', r.id FROM region r WHERE r.code = 'E12000007' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000004');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'London Borough of Brent', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000005');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E09000005', r.id FROM region r WHERE r.code = 'E12000007' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000005');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'London Borough of Bromley', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000006');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E09000006', r.id FROM region r WHERE r.code = 'E12000007' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000006');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'London Borough of Camden', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000007');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E09000007', r.id FROM region r WHERE r.code = 'E12000007' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000007');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'London Borough of Croydon', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000008');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E09000008', r.id FROM region r WHERE r.code = 'E12000007' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000008');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'London Borough of Ealing', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000009');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E09000009', r.id FROM region r WHERE r.code = 'E12000007' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000009');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'London Borough of Enfield', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000010');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E09000010', r.id FROM region r WHERE r.code = 'E12000007' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000010');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Royal Borough of Greenwich', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000011');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E09000011', r.id FROM region r WHERE r.code = 'E12000007' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000011');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'London Borough of Hackney', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000012');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E09000012', r.id FROM region r WHERE r.code = 'E12000007' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000012');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'London Borough of Hammersmith and Fulham', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000013');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E09000013', r.id FROM region r WHERE r.code = 'E12000007' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000013');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'London Borough of Haringey', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000014');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E09000014', r.id FROM region r WHERE r.code = 'E12000007' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000014');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'London Borough of Harrow', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000015');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E09000015', r.id FROM region r WHERE r.code = 'E12000007' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000015');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'London Borough of Havering', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000016');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E09000016', r.id FROM region r WHERE r.code = 'E12000007' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000016');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'London Borough of Hillingdon', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000017');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E09000017', r.id FROM region r WHERE r.code = 'E12000007' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000017');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'London Borough of Hounslow', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000018');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E09000018', r.id FROM region r WHERE r.code = 'E12000007' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000018');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'London Borough of Islington', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000019');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E09000019', r.id FROM region r WHERE r.code = 'E12000007' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000019');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Royal Borough of Kensington and Chelsea', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000020');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E09000020', r.id FROM region r WHERE r.code = 'E12000007' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000020');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Royal Borough of Kingston upon Thames', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000021');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E09000021', r.id FROM region r WHERE r.code = 'E12000007' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000021');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'London Borough of Lambeth', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000022');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E09000022', r.id FROM region r WHERE r.code = 'E12000007' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000022');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'London Borough of Lewisham', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000023');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E09000023', r.id FROM region r WHERE r.code = 'E12000007' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000023');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'London Borough of Merton', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000024');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E09000024', r.id FROM region r WHERE r.code = 'E12000007' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000024');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'London Borough of Newham', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000025');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E09000025', r.id FROM region r WHERE r.code = 'E12000007' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000025');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'London Borough of Redbridge', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000026');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E09000026', r.id FROM region r WHERE r.code = 'E12000007' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000026');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'London Borough of Richmond upon Thames', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000027');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E09000027', r.id FROM region r WHERE r.code = 'E12000007' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000027');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'London Borough of Southwark', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000028');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E09000028', r.id FROM region r WHERE r.code = 'E12000007' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000028');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'London Borough of Sutton', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000029');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E09000029', r.id FROM region r WHERE r.code = 'E12000007' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000029');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'London Borough of Tower Hamlets', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000030');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E09000030', r.id FROM region r WHERE r.code = 'E12000007' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000030');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'London Borough of Waltham Forest', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000031');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E09000031', r.id FROM region r WHERE r.code = 'E12000007' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000031');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'London Borough of Wandsworth', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000032');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E09000032', r.id FROM region r WHERE r.code = 'E12000007' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000032');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Westminster City Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000033');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E09000033', r.id FROM region r WHERE r.code = 'E12000007' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E09000033');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Medway Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000035');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000035', r.id FROM region r WHERE r.code = 'E12000008' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000035');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Bracknell Forest Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000036');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000036', r.id FROM region r WHERE r.code = 'E12000008' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000036');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'West Berkshire Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000037');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000037', r.id FROM region r WHERE r.code = 'E12000008' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000037');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Reading Borough Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000038');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000038', r.id FROM region r WHERE r.code = 'E12000008' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000038');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Slough Borough Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000039');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000039', r.id FROM region r WHERE r.code = 'E12000008' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000039');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Royal Borough of Windsor and Maidenhead', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000040');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000040', r.id FROM region r WHERE r.code = 'E12000008' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000040');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Wokingham Borough Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000041');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000041', r.id FROM region r WHERE r.code = 'E12000008' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000041');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Milton Keynes City Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000042');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000042', r.id FROM region r WHERE r.code = 'E12000008' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000042');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Brighton and Hove City Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000043');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000043', r.id FROM region r WHERE r.code = 'E12000008' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000043');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Portsmouth City Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000044');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000044', r.id FROM region r WHERE r.code = 'E12000008' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000044');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Southampton City Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000045');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000045', r.id FROM region r WHERE r.code = 'E12000008' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000045');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Isle of Wight Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000046');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000046', r.id FROM region r WHERE r.code = 'E12000008' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000046');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Buckinghamshire Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000060');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000060', r.id FROM region r WHERE r.code = 'E12000008' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000060');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'East Sussex County Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E10000011');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E10000011', r.id FROM region r WHERE r.code = 'E12000008' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E10000011');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Hampshire County Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E10000014');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E10000014', r.id FROM region r WHERE r.code = 'E12000008' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E10000014');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Kent County Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E10000016');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E10000016', r.id FROM region r WHERE r.code = 'E12000008' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E10000016');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Oxfordshire County Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E10000025');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E10000025', r.id FROM region r WHERE r.code = 'E12000008' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E10000025');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Surrey County Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E10000030');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E10000030', r.id FROM region r WHERE r.code = 'E12000008' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E10000030');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'West Sussex County Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E10000032');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E10000032', r.id FROM region r WHERE r.code = 'E12000008' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E10000032');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Bath and North East Somerset Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000022');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000022', r.id FROM region r WHERE r.code = 'E12000009' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000022');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Bristol City Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000023');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000023', r.id FROM region r WHERE r.code = 'E12000009' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000023');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'North Somerset Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000024');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000024', r.id FROM region r WHERE r.code = 'E12000009' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000024');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'South Gloucestershire Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000025');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000025', r.id FROM region r WHERE r.code = 'E12000009' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000025');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Plymouth City Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000026');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000026', r.id FROM region r WHERE r.code = 'E12000009' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000026');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Torbay Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000027');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000027', r.id FROM region r WHERE r.code = 'E12000009' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000027');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Swindon Borough Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000030');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000030', r.id FROM region r WHERE r.code = 'E12000009' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000030');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Cornwall Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000052');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000052', r.id FROM region r WHERE r.code = 'E12000009' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000052');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Council of the Isles of Scilly', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000053');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000053', r.id FROM region r WHERE r.code = 'E12000009' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000053');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Wiltshire Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000054');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000054', r.id FROM region r WHERE r.code = 'E12000009' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000054');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Bournemouth, Christchurch and Poole Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000058');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000058', r.id FROM region r WHERE r.code = 'E12000009' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000058');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Dorset Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000059');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000059', r.id FROM region r WHERE r.code = 'E12000009' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000059');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Somerset Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000066');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E06000066', r.id FROM region r WHERE r.code = 'E12000009' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E06000066');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Devon County Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E10000008');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E10000008', r.id FROM region r WHERE r.code = 'E12000009' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E10000008');
INSERT INTO organisation (kind, name, status, created_at) SELECT 'COUNCIL', 'Gloucestershire County Council', 'ACTIVE', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E10000013');
INSERT INTO council (id, ons_code, region_id) SELECT LAST_INSERT_ID(), 'E10000013', r.id FROM region r WHERE r.code = 'E12000009' AND NOT EXISTS (SELECT 1 FROM council WHERE ons_code = 'E10000013');

-- The platform operator: the organisation of platform administrators, who create hubs.
CREATE TABLE platform (
    id BIGINT NOT NULL PRIMARY KEY,
    CONSTRAINT fk_platform_organisation FOREIGN KEY (id) REFERENCES organisation (id)
) ENGINE = InnoDB;

INSERT INTO organisation (kind, name, status, created_at)
VALUES ('PLATFORM', 'Regional Commissioning Marketplace', 'ACTIVE', UTC_TIMESTAMP(6));
INSERT INTO platform (id) VALUES (LAST_INSERT_ID());

-- An account made by an invitation or the bootstrap has no password until its owner sets one.
ALTER TABLE account MODIFY password_hash VARCHAR(512) NULL;

-- Single-use, time-limited links that let a person set their password. Only a SHA-256 digest is
-- kept; the link itself is sent once, by email.
CREATE TABLE password_link (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT      NOT NULL,
    purpose    VARCHAR(16) NOT NULL,
    token_hash CHAR(64)    NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6) NULL,
    CONSTRAINT uq_password_link_hash UNIQUE (token_hash),
    KEY ix_password_link_account (account_id, used_at),
    CONSTRAINT fk_password_link_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB;

