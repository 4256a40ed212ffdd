-- Articles as the tally knows them: accepted (seen on "articles"), then tallied or failed (seen on "vote-events").
create table article (
    id                text primary key,
    url               text,
    published         text,
    headline          text,
    body              text,
    status            text        not null,
    error             text,
    extractor_version text,
    received_at       timestamptz,
    updated_at        timestamptz not null
);

-- Append-only claims: one per extracted event and extractor version; re-extraction supersedes, never deletes.
create table claim (
    event_id          text        not null,
    extractor_version text        not null,
    article_id        text        not null references article (id),
    source            text        not null,
    resolution_id     text        not null,
    event             jsonb       not null,
    superseded        boolean     not null default false,
    created_at        timestamptz not null,
    primary key (event_id, extractor_version)
);
create index claim_by_article on claim (article_id) where not superseded;
create index claim_by_resolution on claim (resolution_id) where not superseded;

-- Records derived from claims; doc is the REST representation, change_seq orders the changes feed.
create sequence resolution_change_seq;
create table resolution (
    id          text primary key,
    body        text        not null,
    kind        text        not null,
    vote_date   text,
    symbol      text,
    outcome     text,
    title       text,
    doc         jsonb       not null,
    revision    bigint      not null,
    change_seq  bigint      not null,
    updated_at  timestamptz not null
);
create index resolution_by_body_kind on resolution (body, kind, vote_date);
create index resolution_by_change on resolution (change_seq);
create index resolution_by_date on resolution (vote_date desc, id);
