-- Newsroom API keys: only a SHA-256 of each key is kept; a revoked key stays for the record.
create table api_key (
    id              text primary key,
    newsroom        text        not null,
    key_hash        text        not null unique,
    rate_per_minute integer     not null,
    created_at      timestamptz not null,
    revoked_at      timestamptz
);
