-- The event's confidence (0..1, the record's "confidence") as a column, so that a minimum confidence (export
-- --min-confidence, the API's min_confidence) is a condition in SQL. Added at the end of the table and filled from the
-- records already stored: no row is rewritten otherwise, and no trigger watches the column.
alter table canonical_events add column confidence real;
update canonical_events set confidence = json_extract(record_json, '$.confidence');
