-- The contract JSON of atoms and events and the changes of revisions, compressed (Deflate, see Sql/StoredJson.cs) into a
-- column of their own added at the end of each table; the store writes the text column empty for those rows. Rows
-- written before keep their JSON as text and are read as they are: nothing is rewritten here.
alter table atoms add column record_z blob;
alter table canonical_events add column record_z blob;
alter table revisions add column what_z blob;
-- The first schema's blocking index (country, sub-event type, date): deduplication reads canonical_dedup_window (005)
-- and the sub-event type filter canonical_subtype_date (003); no query reads this one any more.
drop index if exists canonical_block;
