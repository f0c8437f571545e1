-- Event search in SQL: the record fields that filters, sorts and statistics read are copied into columns (written
-- with the record by the store, filled here from record_json for the events already stored), with indexes.
alter table canonical_events add column admin1 text;
alter table canonical_events add column event_type text;
alter table canonical_events add column actor1 text;
alter table canonical_events add column actor2 text;
alter table canonical_events add column location text;
alter table canonical_events add column latitude real;
alter table canonical_events add column longitude real;
-- The Monday of the event's ISO week (YYYY-MM-DD), the key of the weekly statistics.
alter table canonical_events add column week text;
-- Notes, location and each source's title, outlet and address, one per line: what the text search reads.
alter table canonical_events add column search_text text;
-- review_state (the review filter) comes from 002_review.sql.
-- The event's place in the default order (Sql/EventSortKey.cs): the day number plus one (days since 0001-01-01) in the high
-- 32 bits, the id in the low 32; the id alone without a date. The text index, the R*Tree and the actor links are keyed
-- by it, so they yield matches already in page order.
alter table canonical_events add column sort_key integer generated always as (
    coalesce(((cast(julianday(event_date) - 1721425.5 as integer) + 1) << 32) | id, id)) virtual;

update canonical_events set
    admin1 = json_extract(record_json, '$.admin1'),
    event_type = json_extract(record_json, '$.event_type'),
    actor1 = json_extract(record_json, '$.actor1'),
    actor2 = json_extract(record_json, '$.actor2'),
    location = json_extract(record_json, '$.location'),
    latitude = json_extract(record_json, '$.latitude'),
    longitude = json_extract(record_json, '$.longitude'),
    week = case when event_date is null then null
                else date(event_date, '-' || ((cast(strftime('%w', event_date) as integer) + 6) % 7) || ' days') end,
    search_text = concat_ws(char(10),
        nullif(json_extract(record_json, '$.notes'), ''),
        nullif(json_extract(record_json, '$.location'), ''),
        (select group_concat(concat_ws(char(10), nullif(d.title, ''), nullif(d.source, ''), d.uri), char(10))
         from atoms a join documents d on d.id = a.document_id where a.canonical_id = canonical_events.id));

-- Actors: each distinct name once; the actor filter matches a substring of the names, then reads their events here.
create table actor_names (
    id integer primary key,
    name text not null unique
);
create table event_actors (
    actor_id integer not null references actor_names (id),
    event_id integer not null references canonical_events (id),
    sort_key integer not null,
    primary key (actor_id, event_id)
) without rowid;
create index event_actors_event on event_actors (event_id);
-- An actor's events in page order, read from the index alone.
create index event_actors_sorted on event_actors (actor_id, sort_key);

insert into actor_names (name)
select distinct name from (
    select json_extract(record_json, '$.actor1') as name from canonical_events where status = 'active'
    union select json_extract(record_json, '$.actor2') from canonical_events where status = 'active'
    union select json_extract(record_json, '$.assoc_actor_1') from canonical_events where status = 'active'
    union select json_extract(record_json, '$.assoc_actor_2') from canonical_events where status = 'active')
where name is not null and name <> '';
insert into event_actors (actor_id, event_id, sort_key)
select distinct n.id, c.id, c.sort_key from canonical_events c
join actor_names n on n.name in (json_extract(c.record_json, '$.actor1'), json_extract(c.record_json, '$.actor2'),
                                 json_extract(c.record_json, '$.assoc_actor_1'), json_extract(c.record_json, '$.assoc_actor_2'))
where c.status = 'active';

-- Text search: a trigram FTS5 index over search_text (case-insensitive substring match) of the active events, its
-- rowid the sort key, so matches come out in page order. Contentless (the text stays in canonical_events), kept by
-- triggers; rows are added in key order, as FTS5 builds its index fastest.
create virtual table event_text using fts5(search_text, content = '', contentless_delete = 1, tokenize = 'trigram');
insert into event_text (rowid, search_text)
select sort_key, search_text from canonical_events where status = 'active' order by event_date, id;
create trigger event_text_insert after insert on canonical_events when new.status = 'active' begin
    insert into event_text (rowid, search_text) values (new.sort_key, new.search_text);
end;
create trigger event_text_delete after delete on canonical_events when old.status = 'active' begin
    delete from event_text where rowid = old.sort_key;
end;
create trigger event_text_update after update of status, event_date, search_text on canonical_events begin
    delete from event_text where old.status = 'active' and rowid = old.sort_key;
    insert into event_text (rowid, search_text) select new.sort_key, new.search_text where new.status = 'active';
end;

-- Bounding boxes: an R*Tree of the active events' points, keyed by the sort key, with the exact coordinates as
-- auxiliary columns (the box bounds are 32-bit floats rounded outwards), kept by triggers.
create virtual table event_geo using rtree(id, min_lon, max_lon, min_lat, max_lat, +latitude, +longitude);
insert into event_geo (id, min_lon, max_lon, min_lat, max_lat, latitude, longitude)
select sort_key, longitude, longitude, latitude, latitude, latitude, longitude from canonical_events
where status = 'active' and latitude is not null and longitude is not null;
create trigger event_geo_insert after insert on canonical_events
when new.status = 'active' and new.latitude is not null and new.longitude is not null begin
    insert into event_geo (id, min_lon, max_lon, min_lat, max_lat, latitude, longitude)
    values (new.sort_key, new.longitude, new.longitude, new.latitude, new.latitude, new.latitude, new.longitude);
end;
create trigger event_geo_delete after delete on canonical_events when old.status = 'active' begin
    delete from event_geo where id = old.sort_key;
end;
create trigger event_geo_update after update of status, event_date, latitude, longitude on canonical_events begin
    delete from event_geo where old.status = 'active' and id = old.sort_key;
    insert into event_geo (id, min_lon, max_lon, min_lat, max_lat, latitude, longitude)
    select new.sort_key, new.longitude, new.longitude, new.latitude, new.latitude, new.latitude, new.longitude
    where new.status = 'active' and new.latitude is not null and new.longitude is not null;
end;

-- Filters with the default sort (newest first) walk an index in date order; the id breaks ties. The indexes hold
-- active events only, so counting the matches of a filter reads the index alone (and a deep page skips index entries,
-- not rows).
create index canonical_active_date on canonical_events (event_date) where status = 'active';
create index canonical_iso_date on canonical_events (iso, event_date) where status = 'active';
create index canonical_type_date on canonical_events (event_type collate nocase, event_date) where status = 'active';
create index canonical_subtype_date on canonical_events (sub_event_type collate nocase, event_date) where status = 'active';
create index canonical_admin1_date on canonical_events (admin1 collate nocase, event_date) where status = 'active';
create index canonical_fatalities on canonical_events (fatalities) where status = 'active';
create index canonical_review_date on canonical_events (review_state, event_date) where status = 'active';
-- Statistics read week, country, type and fatalities from this index alone.
create index canonical_stats on canonical_events (week, country, event_type, fatalities) where status = 'active';

-- Statistics without a filter, or by country, date range and event type, read this table: events and fatalities of
-- the active events per ISO week, country and event type, kept by triggers on every write of an event (ingest,
-- merge, split, supersede, review), so it always equals grouping the events themselves. A range that cuts a week
-- reads that week's events from canonical_events.
create table event_weeks (
    week text,
    iso integer,
    country text,
    event_type text,
    events integer not null,
    fatalities integer not null
);
create unique index event_weeks_key on event_weeks (week, iso, country, event_type);
-- A country's statistics read its own weeks.
create index event_weeks_iso on event_weeks (iso, week);
insert into event_weeks (week, iso, country, event_type, events, fatalities)
select week, iso, country, event_type, count(*), sum(fatalities) from canonical_events where status = 'active'
group by week, iso, country, event_type;
create trigger event_weeks_insert after insert on canonical_events when new.status = 'active' begin
    insert into event_weeks (week, iso, country, event_type, events, fatalities)
    select new.week, new.iso, new.country, new.event_type, 0, 0
    where not exists (select 1 from event_weeks
                      where week is new.week and iso is new.iso and country is new.country and event_type is new.event_type);
    update event_weeks set events = events + 1, fatalities = fatalities + new.fatalities
    where week is new.week and iso is new.iso and country is new.country and event_type is new.event_type;
end;
create trigger event_weeks_delete after delete on canonical_events when old.status = 'active' begin
    update event_weeks set events = events - 1, fatalities = fatalities - old.fatalities
    where week is old.week and iso is old.iso and country is old.country and event_type is old.event_type;
    delete from event_weeks
    where events = 0 and week is old.week and iso is old.iso and country is old.country and event_type is old.event_type;
end;
create trigger event_weeks_update_old after update of status, week, iso, country, event_type, fatalities on canonical_events
when old.status = 'active' begin
    update event_weeks set events = events - 1, fatalities = fatalities - old.fatalities
    where week is old.week and iso is old.iso and country is old.country and event_type is old.event_type;
    delete from event_weeks
    where events = 0 and week is old.week and iso is old.iso and country is old.country and event_type is old.event_type;
end;
create trigger event_weeks_update_new after update of status, week, iso, country, event_type, fatalities on canonical_events
when new.status = 'active' begin
    insert into event_weeks (week, iso, country, event_type, events, fatalities)
    select new.week, new.iso, new.country, new.event_type, 0, 0
    where not exists (select 1 from event_weeks
                      where week is new.week and iso is new.iso and country is new.country and event_type is new.event_type);
    update event_weeks set events = events + 1, fatalities = fatalities + new.fatalities
    where week is new.week and iso is new.iso and country is new.country and event_type is new.event_type;
end;
