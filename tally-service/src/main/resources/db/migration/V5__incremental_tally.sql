-- Issue 15: a record is kept by adding each claim to a stored tally (per field and value, its sources and articles)
-- instead of re-reading all its claims, and identity candidates come from indexed columns instead of parsing every
-- neighbour's document.

-- The tally each record is derived from (RecordTally.State as JSON). A record without one (made before this
-- migration) gets it by a full recompute from its claims the first time it is touched.
create table resolution_tally (
    resolution_id text primary key references resolution (id) on delete cascade,
    state         text not null
);

-- What the matcher reads of a record (its document without the per-article lists), and the columns candidates are
-- found by: the normalised symbol, the first report (for undated votes), and the three counts.
alter table resolution add column ident text;
alter table resolution add column symbol_key text;
alter table resolution add column first_reported text;
alter table resolution add column yes integer;
alter table resolution add column no integer;
alter table resolution add column abstain integer;
update resolution set
    ident = (doc || '{"articles": [], "support": {}, "conflicts": []}'::jsonb)::text,
    symbol_key = regexp_replace(upper(regexp_replace(symbol, '\s+', '', 'g')), '^DRAFT', ''),
    first_reported = doc ->> 'first_reported',
    yes = (doc -> 'counts' ->> 'yes')::integer,
    no = (doc -> 'counts' ->> 'no')::integer,
    abstain = (doc -> 'counts' ->> 'abstain')::integer;
alter table resolution alter column ident set not null;
create index resolution_by_symbol on resolution (symbol_key) where symbol_key is not null;
create index resolution_undated_by_report on resolution (body, kind, first_reported) where vote_date is null;
-- exact body + counts, whatever the date: kept as an identity signal of its own
create index resolution_by_counts on resolution (body, kind, yes, no, abstain) where yes is not null and no is not null and abstain is not null;
