create table article_receipt (
    id           text primary key,
    content_hash text        not null,
    received_at  timestamptz not null
);
