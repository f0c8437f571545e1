-- An event's record and a revision's changes compressed with the contract JSON of an atom as a preset dictionary
-- (Sql/StoredJson.cs): the event's first atom holds most of their fields, so a single-source event's record takes
-- ~50 bytes instead of ~610. Each row names its dictionary's atom; null (every row written before) means none. Columns
-- added at the end of the tables: nothing is rewritten, the migration is instant on any store.
alter table canonical_events add column record_base integer;
alter table revisions add column what_base integer;
