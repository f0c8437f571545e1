-- Review state of each canonical event, kept apart from the lifecycle status (active, withdrawn, merged).
alter table canonical_events add column review_state text not null default 'unreviewed';
-- Field values set by reviewers ({field: value}); applied over the merged record each time it is rebuilt.
alter table canonical_events add column corrections_json text;
create index canonical_review_state on canonical_events (review_state);

-- Accounts for the dashboard and the API: passwords are stored as PBKDF2 hashes, tokens as their SHA-256.
create table users (
    id bigint generated always as identity primary key,
    name text not null unique,
    role text not null,
    password_hash text not null,
    created_at text not null
);

create table api_tokens (
    id bigint generated always as identity primary key,
    user_id bigint not null references users (id),
    sha256 text not null unique,
    created_at text not null
);

-- Comments: the commenter's email is kept for moderation only and never leaves the store through the API.
alter table comments add column email text not null default '';
alter table comments add column status text not null default 'pending';
create index comments_event on comments (canonical_id, status, id);
create index comments_status on comments (status, id);
