-- Near-duplicate detection: each article's MinHash fingerprint, the independent source it was found to be a copy of
-- (itself when it is the first telling of its story), and its LSH band keys for finding candidates by index.
alter table article add column fingerprint text;
alter table article add column source text;
create table article_band (
    band_key   bigint not null,
    article_id text   not null references article (id),
    primary key (band_key, article_id)
);
