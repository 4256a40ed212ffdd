-- Issue 15: which records one article has current claims in, two by two. One article reports distinct votes, so such
-- records are never merged, and records that undated articles report together lend each other a day. Asked of the
-- records around every batch, it was derived from the claims each time: a scan of the smaller record's claims per pair
-- and batch, and of each touched record's claims for the undated links, so the database's work grew with a hot vote's
-- size (at 100 articles/s on three votes of 17,000 claims each, four in five of its busy samples). Kept as claims are
-- written, superseded and moved (io.votewire.tally.persistence.SharedArticles); a pair is read by its key.
create table record_pair_article (
    smaller    text    not null,
    larger     text    not null,
    article_id text    not null references article (id) on delete cascade,
    -- the article had no publication date when its claims were written
    undated    boolean not null,
    primary key (smaller, larger, article_id),
    check (smaller < larger)
);
create index record_pair_article_by_larger on record_pair_article (larger);
create index record_pair_article_by_article on record_pair_article (article_id);
-- the undated links of a hot record are read without its thousands of dated pairs
create index record_pair_article_undated_by_smaller on record_pair_article (smaller) where undated;
create index record_pair_article_undated_by_larger on record_pair_article (larger) where undated;

insert into record_pair_article (smaller, larger, article_id, undated)
select c1.resolution_id, c2.resolution_id, c1.article_id, coalesce(a.published is null, true)
  from claim c1
  join claim c2 on c2.article_id = c1.article_id and not c2.superseded and c1.resolution_id < c2.resolution_id
  left join article a on a.id = c1.article_id
 where not c1.superseded
on conflict do nothing;
