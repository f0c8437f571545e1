-- Values compressed with the contract JSON of an atom as a preset dictionary (Sql/StoredJson.cs): an event's record
-- and a revision's changes against the event's first atom, which holds most of their fields (a single-source event's
-- record takes ~50 bytes instead of ~610), and an atom's deduplication key against the atom's own record (~90 bytes
-- instead of ~310 as text). Each event and revision row names its dictionary's atom; null (every row written before)
-- means none. An atom's key_z, when set, holds its key (key_json is then empty). Columns added at the end of the
-- tables: nothing is rewritten, the migration is instant on any store.
alter table canonical_events add column record_base integer;
alter table revisions add column what_base integer;
alter table atoms add column key_z blob;
