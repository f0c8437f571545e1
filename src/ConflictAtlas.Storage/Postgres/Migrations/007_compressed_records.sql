-- The contract JSON of atoms and events and the changes of revisions, compressed (Deflate, see Sql/StoredJson.cs) into a
-- column of their own added at the end of each table; the store writes the text column empty for those rows. Rows
-- written before keep their JSON as text and are read as they are: nothing is rewritten here. (PostgreSQL would also
-- compress the text itself, but only values past about 2 kB, and each on its own.)
alter table atoms add column record_z bytea;
alter table canonical_events add column record_z bytea;
alter table revisions add column what_z bytea;
-- The first schema's blocking index (country, sub-event type, date): deduplication reads canonical_dedup_window (004)
-- and the sub-event type filter its own index (003); no query reads this one any more.
drop index if exists canonical_block;
