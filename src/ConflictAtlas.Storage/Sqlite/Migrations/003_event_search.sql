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
-- The review state the filter reads. The review feature defines this column too; one definition is kept.
alter table canonical_events add column review_state text not null default 'unreviewed';

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
    primary key (actor_id, event_id)
) without rowid;
create index event_actors_event on event_actors (event_id);

insert into actor_names (name)
select distinct name from (
    select json_extract(record_json, '$.actor1') as name from canonical_events where status = 'active'
    union select json_extract(record_json, '$.actor2') from canonical_events where status = 'active'
    union select json_extract(record_json, '$.assoc_actor_1') from canonical_events where status = 'active'
    union select json_extract(record_json, '$.assoc_actor_2') from canonical_events where status = 'active')
where name is not null and name <> '';
insert into event_actors (actor_id, event_id)
select distinct n.id, c.id from canonical_events c
join actor_names n on n.name in (json_extract(c.record_json, '$.actor1'), json_extract(c.record_json, '$.actor2'),
                                 json_extract(c.record_json, '$.assoc_actor_1'), json_extract(c.record_json, '$.assoc_actor_2'))
where c.status = 'active';

-- Text search: a trigram FTS5 index over search_text (case-insensitive substring match), kept in sync by triggers.
create virtual table event_text using fts5(search_text, content = 'canonical_events', content_rowid = 'id', tokenize = 'trigram');
insert into event_text (event_text) values ('rebuild');
create trigger event_text_insert after insert on canonical_events begin
    insert into event_text (rowid, search_text) values (new.id, new.search_text);
end;
create trigger event_text_delete after delete on canonical_events begin
    insert into event_text (event_text, rowid, search_text) values ('delete', old.id, old.search_text);
end;
create trigger event_text_update after update of search_text on canonical_events begin
    insert into event_text (event_text, rowid, search_text) values ('delete', old.id, old.search_text);
    insert into event_text (rowid, search_text) values (new.id, new.search_text);
end;

-- Bounding boxes: an R*Tree of the events' points, kept in sync by triggers.
create virtual table event_geo using rtree(id, min_lon, max_lon, min_lat, max_lat);
insert into event_geo (id, min_lon, max_lon, min_lat, max_lat)
select id, longitude, longitude, latitude, latitude from canonical_events where latitude is not null and longitude is not null;
create trigger event_geo_insert after insert on canonical_events when new.latitude is not null and new.longitude is not null begin
    insert into event_geo (id, min_lon, max_lon, min_lat, max_lat) values (new.id, new.longitude, new.longitude, new.latitude, new.latitude);
end;
create trigger event_geo_delete after delete on canonical_events begin
    delete from event_geo where id = old.id;
end;
create trigger event_geo_update after update of latitude, longitude on canonical_events begin
    delete from event_geo where id = old.id;
    insert into event_geo (id, min_lon, max_lon, min_lat, max_lat)
    select new.id, new.longitude, new.longitude, new.latitude, new.latitude where new.latitude is not null and new.longitude is not null;
end;

-- Filters with the default sort (newest first) walk an index in date order; the id breaks ties. The indexes hold
-- active events only, so counting the matches of a filter reads the index alone.
create index canonical_iso_date on canonical_events (iso, event_date) where status = 'active';
create index canonical_type_date on canonical_events (event_type collate nocase, event_date) where status = 'active';
create index canonical_subtype_date on canonical_events (sub_event_type collate nocase, event_date) where status = 'active';
create index canonical_admin1_date on canonical_events (admin1 collate nocase, event_date) where status = 'active';
create index canonical_fatalities on canonical_events (fatalities) where status = 'active';
create index canonical_review_date on canonical_events (review_state, event_date) where status = 'active';
-- Statistics read week, country, type and fatalities from this index alone.
create index canonical_stats on canonical_events (week, country, event_type, fatalities) where status = 'active';
