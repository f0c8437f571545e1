-- Deduplication looks for candidate events by country, time precision and a date window that follows the
-- precision (1 day, 7 days or 31 days either side): three ranges of this index per stored atom, whatever the
-- sub-event type (compatible types may merge).
create index canonical_dedup_window on canonical_events (iso, time_precision, event_date) where status = 'active';
