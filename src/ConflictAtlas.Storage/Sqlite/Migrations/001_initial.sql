-- Documents: one row per distinct content (SHA-256 of the raw bytes); a changed page is a new version of its uri.
create table documents (
    id integer primary key,
    sha256 text not null unique,
    uri text not null,
    version integer not null,
    title text,
    published text,
    source text,
    language text,
    size integer not null,
    text text not null,
    removed_json text not null,
    ingested_at text not null
);
create index documents_uri on documents (uri, version);

-- Canonical events: the merged view; key_json holds the fields the deduplication rule compares.
create table canonical_events (
    id integer primary key,
    status text not null default 'active',
    iso integer,
    country text,
    event_date text,
    time_precision integer,
    sub_event_type text not null,
    fatalities integer not null,
    record_json text not null,
    key_json text not null,
    created_at text not null,
    updated_at text not null
);
create index canonical_block on canonical_events (iso, sub_event_type, event_date);
create index canonical_date on canonical_events (event_date);

-- Event atoms: one per event found in one document, stored as the contract JSON plus indexed columns.
create table atoms (
    id integer primary key,
    document_id integer not null references documents (id),
    ordinal integer not null,
    canonical_id integer references canonical_events (id),
    superseded integer not null default 0,
    event_date text,
    sub_event_type text not null,
    actor1 text not null,
    actor2 text not null,
    iso integer,
    location text,
    latitude real,
    longitude real,
    fatalities integer not null,
    record_json text not null,
    key_json text not null,
    unique (document_id, ordinal)
);
create index atoms_canonical on atoms (canonical_id);

-- Revisions: append-only history of every canonical event.
create table revisions (
    id integer primary key,
    canonical_id integer not null references canonical_events (id),
    at text not null,
    who text not null,
    action text not null,
    what text not null,
    why text not null
);
create index revisions_event on revisions (canonical_id, id);

create table reviews (
    id integer primary key,
    canonical_id integer not null references canonical_events (id),
    reviewer text not null,
    verdict text not null,
    note text,
    at text not null
);

create table comments (
    id integer primary key,
    canonical_id integer not null references canonical_events (id),
    author text not null,
    body text not null,
    at text not null
);
