-- The trigram index event_text keeps which events hold each trigram and no longer where (FTS5 detail = none): about
-- half the bytes (1,256 -> ~590 per event on the size benchmark). A text query asks for events holding every trigram
-- of the text, and the store keeps those whose search_text holds the text itself (atlas_contains, registered on each
-- connection: case ignored as the index ignores it), so the answers are the same as the phrase query's. The country is
-- one token of three private-use characters (U+E000 + each digit of the ISO 3166 code), which no text trigram can
-- be; without column filters, a text that happens to hold them is caught by the store checking c.iso. The index is
-- built again from the events (minutes at a million events; see docs/store.md).
drop trigger event_text_insert;
drop trigger event_text_delete;
drop trigger event_text_update;
drop table event_text;

create virtual table event_text using fts5(search_text, iso, content = '', contentless_delete = 1, tokenize = 'trigram', detail = none);
insert into event_text (rowid, search_text, iso)
select sort_key, search_text, case when iso between 0 and 999 then char(57344 + iso / 100, 57344 + iso / 10 % 10, 57344 + iso % 10) end
from canonical_events where status = 'active' order by event_date, id;
create trigger event_text_insert after insert on canonical_events when new.status = 'active' begin
    insert into event_text (rowid, search_text, iso)
    values (new.sort_key, new.search_text, case when new.iso between 0 and 999 then char(57344 + new.iso / 100, 57344 + new.iso / 10 % 10, 57344 + new.iso % 10) end);
end;
create trigger event_text_delete after delete on canonical_events when old.status = 'active' begin
    delete from event_text where rowid = old.sort_key;
end;
create trigger event_text_update after update of status, event_date, search_text, iso on canonical_events begin
    delete from event_text where old.status = 'active' and rowid = old.sort_key;
    insert into event_text (rowid, search_text, iso)
    select new.sort_key, new.search_text, case when new.iso between 0 and 999 then char(57344 + new.iso / 100, 57344 + new.iso / 10 % 10, 57344 + new.iso % 10) end
    where new.status = 'active';
end;
