-- Values compressed with fixed preset dictionaries (Sql/StoredJson.cs): an event's deduplication key with its names
-- and ACLED's sub-event types and actor-name forms (EventKeyDictionary: ~95 bytes instead of ~310 as text; it is read
-- for every candidate of a new atom), and an atom's contract JSON with the contract's shape and taxonomy words
-- (ContractDictionary, named by record_dict = 1: ~560 bytes instead of ~830). When canonical_events.key_z is set,
-- key_json is empty; rows written before keep their values and are read as they are. Columns added at the end of the
-- tables: nothing is rewritten, the migration is instant on any store.
alter table canonical_events add column key_z bytea;
alter table atoms add column record_dict bigint;
