-- The Atom feed reads the latest changes first and stops after its entries.
create index canonical_updated on canonical_events (updated_at, id) where status = 'active';

-- Dashboard sessions, kept on the server so that signing out ends a session even if its cookie was copied:
-- the cookie carries a random session key, the store its SHA-256.
create table sessions (
    sha256 text primary key,
    user_id bigint not null references users (id),
    created_at text not null
);
create index sessions_user on sessions (user_id);

-- API tokens expire; a token stored before this column existed expires its lifetime after its creation.
alter table api_tokens add column expires_at text;
