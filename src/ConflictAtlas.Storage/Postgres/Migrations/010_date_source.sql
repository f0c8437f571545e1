-- Where an event's date came from (Core/Events/DateSource.cs): null for a date of the text, 1 for the page's date,
-- 2 for only the day the report was read. An event dated only by its read day may be any day up to
-- read-day-before-days (Resources/dedup-thresholds.tsv) before it, so a new atom also looks for such events after its
-- own date: this partial index holds them alone (they are few). Rows written before read as dates of the text.
alter table canonical_events add column date_source integer;
create index canonical_read_day on canonical_events (iso, event_date) where status = 'active' and date_source = 2;
