-- Issue 16, item 2: a record is listed (GET /resolutions, the change feed, a country's votes) once it has a count, a
-- symbol or two independent sources; a thinner one ("the Assembly's draft was rejected", one source) waits unlisted,
-- its claims shown as unplaced mentions on their articles, until more evidence comes or it joins the vote it fits.
alter table resolution add column listed boolean not null default true;
update resolution set listed = (yes is not null or no is not null or abstain is not null or symbol is not null
    or (doc ->> 'sources')::integer >= 2);
update resolution set doc = doc || jsonb_build_object('listed', listed), revision = revision + 1;
-- the default order (V4) of listed records only
drop index resolution_by_vote_order;
create index resolution_by_vote_order on resolution ((coalesce(vote_date, '')) desc, id desc) where listed;
