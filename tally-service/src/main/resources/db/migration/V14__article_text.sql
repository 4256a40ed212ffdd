-- Issue 15: an article's text (topic "articles", kept for re-extraction) in a table of its own. Both consumers wrote
-- the article's row, the text's and the vote-events batch's transactions each waiting on the other's row locks, and
-- the text's writer loaded and rewrote whole rows; now it inserts the row only where there is none yet and writes
-- the text here, which the vote-events batch never locks. Texts stored in article before stay there: kept_article
-- reads both, so nothing is moved and nothing kept is lost.
create table article_text (
    id          text primary key,
    url         text,
    published   text,
    headline    text,
    body        text,
    received_at timestamptz
);
create view kept_article as
    select t.id, t.url, t.published, t.headline, t.body, t.received_at, coalesce(a.attempt, 0) as attempt, a.status
    from article_text t left join article a on a.id = t.id
    union all
    select a.id, a.url, a.published, a.headline, a.body, a.received_at, a.attempt, a.status
    from article a
    where a.body is not null and not exists (select 1 from article_text t where t.id = a.id);
