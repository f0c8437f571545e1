-- Text search with a country: the trigram index event_text (003) gets a second column, iso, holding the event's ISO
-- 3166 numeric code as exactly three digits ("004", "466"), so a text and a country are one FTS5 query
-- ('search_text : "market" AND iso : "466"') and the index intersects them itself, in sort-key order, without
-- reading an event row per text match. Three digits are exactly one trigram: one token per event, unambiguous
-- ("004" is not inside "404"); a code outside 0-999 gets none (the store then tests the country on the event row).
-- A text query is always limited to the search_text column, so it never matches a code. The index is built again
-- from the events (about four minutes at a million events; see docs/store.md).
drop trigger event_text_insert;
drop trigger event_text_delete;
drop trigger event_text_update;
drop table event_text;

create virtual table event_text using fts5(search_text, iso, content = '', contentless_delete = 1, tokenize = 'trigram');
insert into event_text (rowid, search_text, iso)
select sort_key, search_text, case when iso between 0 and 999 then printf('%03d', iso) end from canonical_events where status = 'active' order by event_date, id;
create trigger event_text_insert after insert on canonical_events when new.status = 'active' begin
    insert into event_text (rowid, search_text, iso) values (new.sort_key, new.search_text, case when new.iso between 0 and 999 then printf('%03d', new.iso) end);
end;
create trigger event_text_delete after delete on canonical_events when old.status = 'active' begin
    delete from event_text where rowid = old.sort_key;
end;
create trigger event_text_update after update of status, event_date, search_text, iso on canonical_events begin
    delete from event_text where old.status = 'active' and rowid = old.sort_key;
    insert into event_text (rowid, search_text, iso)
    select new.sort_key, new.search_text, case when new.iso between 0 and 999 then printf('%03d', new.iso) end where new.status = 'active';
end;
