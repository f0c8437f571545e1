-- Documents: one row per distinct content (SHA-256 of the raw bytes); a changed page is a new version of its uri.
create table documents (
    id bigint generated always as identity primary key,
    sha256 text not null unique,
    uri text not null,
    version bigint not null,
    title text,
    published text,
    source text,
    language text,
    size bigint not null,
    text text not null,
    removed_json text not null,
    ingested_at text not null
);
create index documents_uri on documents (uri, version);

-- Canonical events: the merged view; key_json holds the fields the deduplication rule compares.
create table canonical_events (
    id bigint generated always as identity primary key,
    status text not null default 'active',
    iso bigint,
    country text,
    event_date text,
    time_precision bigint,
    sub_event_type text not null,
    fatalities bigint not null,
    record_json text not null,
    key_json text not null,
    created_at text not null,
    updated_at text not null
);
create index canonical_block on canonical_events (iso, sub_event_type, event_date);
create index canonical_date on canonical_events (event_date);

-- Event atoms: one per event found in one document, stored as the contract JSON plus indexed columns.
create table atoms (
    id bigint generated always as identity primary key,
    document_id bigint not null references documents (id),
    ordinal bigint not null,
    canonical_id bigint references canonical_events (id),
    superseded bigint not null default 0,
    event_date text,
    sub_event_type text not null,
    actor1 text not null,
    actor2 text not null,
    iso bigint,
    location text,
    latitude double precision,
    longitude double precision,
    fatalities bigint not null,
    record_json text not null,
    key_json text not null,
    unique (document_id, ordinal)
);
create index atoms_canonical on atoms (canonical_id);

-- Revisions: append-only history of every canonical event.
create table revisions (
    id bigint generated always as identity primary key,
    canonical_id bigint not null references canonical_events (id),
    at text not null,
    who text not null,
    action text not null,
    what text not null,
    why text not null
);
create index revisions_event on revisions (canonical_id, id);

create table reviews (
    id bigint generated always as identity primary key,
    canonical_id bigint not null references canonical_events (id),
    reviewer text not null,
    verdict text not null,
    note text,
    at text not null
);

create table comments (
    id bigint generated always as identity primary key,
    canonical_id bigint not null references canonical_events (id),
    author text not null,
    body text not null,
    at text not null
);

-- Work queue for `atlas worker`: taken with FOR UPDATE SKIP LOCKED under a lease that expires when a worker dies.
create table jobs (
    id bigint generated always as identity primary key,
    uri text not null,
    published text,
    source text,
    state text not null default 'pending',
    attempts bigint not null default 0,
    worker text,
    leased_until timestamptz,
    error text,
    enqueued_at timestamptz not null default now(),
    done_at timestamptz
);
create index jobs_pending on jobs (state, id);

-- One row per completed job run: lets anyone check that no job was processed twice.
create table job_runs (
    job_id bigint not null references jobs (id),
    worker text not null,
    finished_at timestamptz not null default now()
);
