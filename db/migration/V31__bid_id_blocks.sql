-- Bids take their ids from blocks of 100 handed out by this table, so a submission knows its
-- bid's id (which its seal is bound to) before the row is written, and writes the row once,
-- sealed, instead of inserting a draft and then updating it. The column stays AUTO_INCREMENT for
-- anything that inserts without an id; each block starts above every id used so far.
CREATE TABLE id_block (
    name VARCHAR(64) NOT NULL PRIMARY KEY,
    last_id BIGINT NOT NULL
) ENGINE=InnoDB;

INSERT INTO id_block (name, last_id) SELECT 'bid', COALESCE(MAX(id), 0) FROM bid;
