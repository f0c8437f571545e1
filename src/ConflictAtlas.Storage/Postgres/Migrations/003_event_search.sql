-- Event search in SQL: the record fields that filters, sorts and statistics read are copied into columns (written
-- with the record by the store, filled here from record_json for the events already stored), with indexes.
alter table canonical_events
    add column admin1 text,
    add column event_type text,
    add column actor1 text,
    add column actor2 text,
    add column location text,
    add column latitude double precision,
    add column longitude double precision,
    -- The Monday of the event's ISO week (YYYY-MM-DD), the key of the weekly statistics.
    add column week text,
    -- Notes, location and each source's title, outlet and address, one per line: what the text search reads.
    add column search_text text;
-- review_state (the review filter) comes from 002_review.sql.

update canonical_events c set
    admin1 = r.j ->> 'admin1',
    event_type = r.j ->> 'event_type',
    actor1 = r.j ->> 'actor1',
    actor2 = r.j ->> 'actor2',
    location = r.j ->> 'location',
    latitude = (r.j ->> 'latitude')::double precision,
    longitude = (r.j ->> 'longitude')::double precision,
    week = case when c.event_date is null then null else to_char(date_trunc('week', c.event_date::date), 'YYYY-MM-DD') end,
    search_text = concat_ws(E'\n', nullif(r.j ->> 'notes', ''), nullif(r.j ->> 'location', ''),
        (select string_agg(concat_ws(E'\n', nullif(d.title, ''), nullif(d.source, ''), d.uri), E'\n')
         from atoms a join documents d on d.id = a.document_id where a.canonical_id = c.id))
from (select id, record_json::jsonb as j from canonical_events) r
where r.id = c.id;

-- Actors: each distinct name once; the actor filter matches a substring of the names, then reads their events here.
create table actor_names (
    id bigint generated always as identity primary key,
    name text not null unique
);
-- sort_key: the event's place in the default order (Sql/EventSortKey.cs: the day number plus one in the high 32 bits, the
-- id in the low 32), so an actor's events are read from the index in page order.
create table event_actors (
    actor_id bigint not null references actor_names (id),
    event_id bigint not null references canonical_events (id),
    sort_key bigint not null,
    primary key (actor_id, event_id)
);
create index event_actors_event on event_actors (event_id);
create index event_actors_sorted on event_actors (actor_id, sort_key);

insert into actor_names (name)
select distinct v.name from canonical_events c,
    lateral (values (c.record_json::jsonb ->> 'actor1'), (c.record_json::jsonb ->> 'actor2'),
                    (c.record_json::jsonb ->> 'assoc_actor_1'), (c.record_json::jsonb ->> 'assoc_actor_2')) v(name)
where c.status = 'active' and v.name is not null and v.name <> '';
insert into event_actors (actor_id, event_id, sort_key)
select distinct n.id, c.id,
    case when c.event_date is null then c.id else (((c.event_date::date - date '0001-01-01') + 1)::bigint << 32) | c.id end
from canonical_events c,
    lateral (values (c.record_json::jsonb ->> 'actor1'), (c.record_json::jsonb ->> 'actor2'),
                    (c.record_json::jsonb ->> 'assoc_actor_1'), (c.record_json::jsonb ->> 'assoc_actor_2')) v(name)
join actor_names n on n.name = v.name
where c.status = 'active';

-- Filters with the default sort (newest first) walk an index in date order; the id breaks ties. The indexes hold
-- active events only, so counting the matches of a filter reads the index alone (and a deep page skips index entries,
-- not rows).
create index canonical_active_date on canonical_events (event_date) where status = 'active';
create index canonical_iso_date on canonical_events (iso, event_date) where status = 'active';
create index canonical_type_date on canonical_events (lower(event_type), event_date) where status = 'active';
create index canonical_subtype_date on canonical_events (lower(sub_event_type), event_date) where status = 'active';
create index canonical_admin1_date on canonical_events (lower(admin1), event_date) where status = 'active';
create index canonical_fatalities on canonical_events (fatalities) where status = 'active';
create index canonical_review_date on canonical_events (review_state, event_date) where status = 'active';
create index canonical_point on canonical_events using gist (point(longitude, latitude));
-- Statistics read week, country, type and fatalities from this index alone.
create index canonical_stats on canonical_events (week, country, event_type, fatalities) where status = 'active';

-- Text search: ILIKE over search_text, served by a trigram GIN index when pg_trgm can be installed (it ships with
-- PostgreSQL's contrib package); without it the search still works, as a scan.
do $$
begin
    create extension if not exists pg_trgm;
exception when others then
    raise notice 'pg_trgm is not available: text search will scan';
end
$$;
do $$
begin
    if exists (select 1 from pg_extension where extname = 'pg_trgm') then
        execute 'create index canonical_search_trgm on canonical_events using gin (search_text gin_trgm_ops)';
    end if;
end
$$;

-- Statistics without a filter, or by country, date range and event type, read this table: events and fatalities of
-- the active events per ISO week, country and event type, kept by a trigger on every write of an event (ingest,
-- merge, split, supersede, review), so it always equals grouping the events themselves. A range that cuts a week
-- reads that week's events from canonical_events. A missing value is a key like any other (nulls not distinct).
create table event_weeks (
    week text,
    iso bigint,
    country text,
    event_type text,
    events bigint not null,
    fatalities bigint not null,
    unique nulls not distinct (week, iso, country, event_type)
);
-- A country's statistics read its own weeks.
create index event_weeks_iso on event_weeks (iso, week);
insert into event_weeks (week, iso, country, event_type, events, fatalities)
select week, iso, country, event_type, count(*), sum(fatalities) from canonical_events where status = 'active'
group by week, iso, country, event_type;
-- Both steps go through the unique key (an upsert), so a write reads one entry of the index; a cell left empty is removed.
create function event_weeks_track() returns trigger language plpgsql as $$
declare
    remaining bigint;
    cell tid;
begin
    if tg_op in ('UPDATE', 'DELETE') and old.status = 'active' then
        insert into event_weeks as w (week, iso, country, event_type, events, fatalities)
        values (old.week, old.iso, old.country, old.event_type, -1, -old.fatalities)
        on conflict (week, iso, country, event_type)
        do update set events = w.events - 1, fatalities = w.fatalities - old.fatalities
        returning w.events, w.ctid into remaining, cell;
        if remaining <= 0 then
            delete from event_weeks where ctid = cell;
        end if;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.status = 'active' then
        insert into event_weeks as w (week, iso, country, event_type, events, fatalities)
        values (new.week, new.iso, new.country, new.event_type, 1, new.fatalities)
        on conflict (week, iso, country, event_type)
        do update set events = w.events + 1, fatalities = w.fatalities + new.fatalities;
    end if;
    return null;
end
$$;
create trigger event_weeks_track after insert or update of status, week, iso, country, event_type, fatalities or delete
on canonical_events for each row execute function event_weeks_track();
