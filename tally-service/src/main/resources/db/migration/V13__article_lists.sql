-- Issue 15: a record's per-article lists (its articles, each candidate value's, each broken rule's) apart from its
-- document. The document holds a placeholder for each list (io.votewire.contract.ArticleLists: ["#<list>"]), and here
-- is, per record and article, the numbers of the lists that name it, so a batch writes the claims it adds instead of
-- rewriting every article id a hot record lists in its jsonb. The gateway puts the lists back into the same JSON.
-- Documents stored before keep their lists in place and are served as they are; the tally moves a record's lists
-- here the next time it writes the record.
create table resolution_article (
    resolution_id text     not null references resolution (id) on delete cascade,
    article_id    text     not null,
    lists         bigint[] not null,
    primary key (resolution_id, article_id)
);
